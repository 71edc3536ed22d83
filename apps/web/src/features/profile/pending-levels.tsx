import type { Locale } from '@teamspiegel/domain';
import type { TPendingImpact, TPendingRequirementImpact } from '@teamspiegel/domain/api/pending-impact';
import { getTranslations } from 'next-intl/server';
import { statusLabel } from '@/components/status';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { requirementWords } from './requirement-words';

type Translator = Awaited<ReturnType<typeof getTranslations<'pendingLevels'>>>;

/** The requirement in words ("Pedagogiek, minimaal ervaren"), as the API named it. */
export function requirementText(item: TPendingRequirementImpact, locale: Locale, t: Translator): string {
  return requirementWords(item, locale, (key, values) => t(key, values));
}

/** Which sentence the API's figures call for: the gap closed, narrowed, or more margin. */
export function effectKey(item: TPendingRequirementImpact): 'closes' | 'reduces' | 'strengthens' {
  if (!item.closesGap) return 'strengthens';
  return item.after.gap === 0 ? 'closes' : 'reduces';
}

/**
 * "Wacht op validatie": the employee's own self-assessed levels that do not count yet, and per
 * level what approving it would change in her teams — as GET /api/me/pending-impact computed it.
 */
export async function PendingLevelsPanel({
  pending,
  locale,
}: {
  pending: TPendingImpact | null;
  locale: Locale;
}) {
  const t = await getTranslations('pendingLevels');
  return (
    <section
      aria-labelledby="pending-levels-title"
      data-testid="pending-levels"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="pending-levels-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t('intro')}</p>
      {pending === null ? (
        <p role="alert" className="text-sm text-gap">
          {t('error')}
        </p>
      ) : pending.levels.length === 0 ? (
        <p className="text-slate-700">{t('none')}</p>
      ) : (
        <ul className="space-y-3">
          {pending.levels.map((level) => (
            <li key={level.areaLevelId} data-area={level.area} className="rounded-lg bg-slate-50 p-3">
              <p className="font-medium">
                {t('level', { area: areaLabel(level.area, locale), level: levelLabel(level.level, locale) })}{' '}
                <span className="text-sm font-normal text-slate-600">
                  ({t('selfAssessed')};{' '}
                  {level.validatedLevel
                    ? t('validated', { level: levelLabel(level.validatedLevel, locale).toLowerCase() })
                    : t('noValidated')}
                  )
                </span>
              </p>
              {level.requirements.length === 0 ? (
                <p className="text-sm text-slate-700">{t('noChange')}</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm">
                  {level.requirements.map((item) => (
                    <li key={`${item.teamId}-${item.requirementId}`} data-testid="pending-effect">
                      <span className="font-medium">
                        {t(effectKey(item), {
                          requirement: requirementText(item, locale, t),
                          team: item.teamName,
                        })}
                      </span>
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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
