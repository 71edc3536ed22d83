import type { TReassessmentList } from '@teamspiegel/domain/api/reassessments';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { apiFetch } from '@/lib/api/client';
import { load } from '@/lib/api/load';
import { areaLabel, formatDate, type Locale, levelLabel } from '@/lib/vocabulary';
import { ConfirmLevelButton } from './confirm-button';

/**
 * The validation queue's second list (rule 16): validated levels of the people the caller
 * validates for that are due within 60 days or overdue, overdue first. Nothing without a cycle.
 */
export async function DueReassessments({ locale }: { locale: Locale }) {
  const result = await load(apiFetch<TReassessmentList>('/api/reassessments', { query: { pageSize: 100 } }));
  if (result.error || result.data.reassessmentMonths === null) return null;
  const t = await getTranslations('reassessment');
  const { items, total, reassessmentMonths } = result.data;
  return (
    <section aria-labelledby="reassessments-title" className="space-y-3" data-testid="due-reassessments">
      <div>
        <h2 id="reassessments-title" className="text-lg font-semibold">
          {t('dueTitle')}
        </h2>
        <p className="text-sm text-slate-600">{t('dueIntro', { months: reassessmentMonths })}</p>
      </div>
      {total === 0 ? (
        <p className="text-sm text-slate-700">{t('dueEmpty')}</p>
      ) : (
        <ul className="space-y-2" data-count={total}>
          {items.map((item) => (
            <li
              key={item.areaLevelId}
              data-testid={`reassessment-${item.areaLevelId}`}
              data-status={item.status}
              className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200"
            >
              <div>
                <p className="font-semibold">
                  <Link
                    href={`/mensen/${item.employeeId}`}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {item.employeeName}
                  </Link>{' '}
                  <span className="font-normal text-slate-700">
                    · {areaLabel(item.area, locale)}: {levelLabel(item.level, locale)}
                  </span>
                </p>
                <p className="text-sm text-slate-600">
                  <span
                    className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${
                      item.status === 'overdue' ? 'bg-gap-soft text-gap' : 'bg-spof-soft text-spof'
                    }`}
                  >
                    {t(`status.${item.status}`)}
                  </span>
                  {t('dueOn', { date: formatDate(item.dueOn, locale) })} ·{' '}
                  {t('validatedOn', { date: formatDate(item.validatedOn, locale) })}
                </p>
              </div>
              <ConfirmLevelButton
                employeeId={item.employeeId}
                area={item.area}
                level={item.level}
                label={t('confirm', { level: levelLabel(item.level, locale) })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
