import type { Locale } from '@teamspiegel/domain';
import type { TPendingRequirementImpact } from '@teamspiegel/domain/api/pending-impact';
import { getTranslations } from 'next-intl/server';
import { statusLabel } from '@/components/status';
import { effectKey, requirementText } from '../profile/pending-levels';

/** What approving one level would change, as the API computed it (the domain's pendingLevelImpact). */
export async function ImpactList({ items, locale }: { items: TPendingRequirementImpact[]; locale: Locale }) {
  const [t, tQueue] = await Promise.all([
    getTranslations('pendingLevels'),
    getTranslations('validationQueue'),
  ]);
  return (
    <div className="mt-2 rounded-lg bg-slate-50 p-2 text-sm" data-testid="queue-impact">
      <p className="font-medium text-slate-800">{tQueue('impactTitle')}</p>
      {items.length === 0 ? (
        <p className="text-slate-700">{tQueue('noImpact')}</p>
      ) : (
        <ul className="space-y-1">
          {items.map((item) => (
            <li key={`${item.teamId}-${item.requirementId}`} data-effect={effectKey(item)}>
              {t(effectKey(item), { requirement: requirementText(item, locale, t), team: item.teamName })}
              <span className="block text-slate-600">
                {t('figures', {
                  before: item.before.headcount,
                  after: item.after.headcount,
                  count: item.count,
                  status: statusLabel(item.after.status, locale),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
