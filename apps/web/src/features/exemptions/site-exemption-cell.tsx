import type { Locale } from '@teamspiegel/domain';
import type { TSiteRequirementCoverageView } from '@teamspiegel/domain/api/coverage';
import { getTranslations } from 'next-intl/server';
import { StatusBadge, statusLabel } from '@/components/status';
import { formatDate } from '@/lib/vocabulary';
import { EndExemptionButton } from './end-button';
import { ExemptionForm } from './exemption-form';

/**
 * A site requirement's figures as the API computed them (rules 17 and 18), under its line on
 * Locaties: the status; while the site is exempt until when and what it would be without; on a
 * gap HR may exempt the site or one person working there.
 */
export async function SiteExemptionCell({
  figures,
  canManage,
  people,
  locale,
}: {
  figures: TSiteRequirementCoverageView;
  canManage: boolean;
  /** The people working at the site: one may be exempted instead of the whole site. */
  people: { id: string; name: string }[];
  locale: Locale;
}) {
  const t = await getTranslations('exemptions');
  const exemption = figures.exemption;
  return (
    <div className="mt-1 text-xs text-slate-700" data-testid="site-requirement-figures">
      <StatusBadge status={figures.status} label={statusLabel(figures.status, locale)} />
      {exemption ? (
        <div className="mt-1" data-testid="exemption-note">
          <div className="font-semibold">{t('until', { date: formatDate(exemption.endsOn, locale) })}</div>
          <div>{t('hidden', { status: statusLabel(exemption.status, locale), count: exemption.gap })}</div>
          {canManage ? <EndExemptionButton exemptionId={exemption.exemptionId} teamId="" /> : null}
        </div>
      ) : null}
      {canManage && figures.status === 'gap' ? (
        <ExemptionForm teamId="" requirementId={figures.requirementId} site people={people} />
      ) : null}
    </div>
  );
}
