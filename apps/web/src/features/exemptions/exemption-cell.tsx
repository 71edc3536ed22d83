import type { Locale } from '@teamspiegel/domain';
import type { TRequirementCoverageView } from '@teamspiegel/domain/api/coverage';
import { getTranslations } from 'next-intl/server';
import { statusLabel } from '@/components/status';
import { formatDate } from '@/lib/vocabulary';
import { EndExemptionButton } from './end-button';
import { ExemptionForm } from './exemption-form';

/**
 * Under a requirement's status on the team page (rule 17): an exempt requirement says until when
 * and what it would be without the exemption; a gap offers HR to exempt the team from it.
 */
export async function ExemptionCell({
  row,
  teamId,
  canManage,
  people,
  locale,
}: {
  row: TRequirementCoverageView;
  teamId: string;
  canManage: boolean;
  /** The team's members: a person may be exempted from a certificate requirement. */
  people: { id: string; name: string }[];
  locale: Locale;
}) {
  const t = await getTranslations('exemptions');
  const exemption = row.exemption;
  const holders = row.exemptHolders ?? [];
  return (
    <>
      {exemption ? (
        <div className="mt-1 text-xs text-slate-700" data-testid="exemption-note">
          <div className="font-semibold">{t('until', { date: formatDate(exemption.endsOn, locale) })}</div>
          <div>{t('hidden', { status: statusLabel(exemption.status, locale), count: exemption.gap })}</div>
          {canManage ? <EndExemptionButton exemptionId={exemption.exemptionId} teamId={teamId} /> : null}
        </div>
      ) : null}
      {holders.length > 0 ? (
        <div className="mt-1 text-xs text-slate-700" data-testid="exempt-holders">
          {t('exemptHolders', { names: holders.map((holder) => holder.name ?? '—').join(', ') })}
        </div>
      ) : null}
      {canManage && row.status === 'gap' ? (
        <ExemptionForm
          teamId={teamId}
          requirementId={row.requirement.id}
          people={row.requirement.kind === 'certificate' ? people : []}
        />
      ) : null}
    </>
  );
}
