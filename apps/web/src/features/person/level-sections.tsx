import type { TAreaLevel } from '@teamspiegel/domain/api/area-levels';
import type { TPage } from '@teamspiegel/domain/api/common';
import { getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { areaLabel, formatDate, type Locale, levelLabel } from '@/lib/vocabulary';
import { Section, StatusBadge } from './section';
import { ValidateForm } from './validate-form';
import type { Loaded, levelHistory } from './view-model';

type History = ReturnType<typeof levelHistory>;

/** The self-assessed levels that wait for the reader's validation. */
export async function ValidateSection({
  history,
  person,
  locale,
}: {
  history: History;
  person: { id: string; fullName: string };
  locale: Locale;
}) {
  const t = await getTranslations('person');
  return (
    <Section id="validate" title={t('validateTitle')}>
      <p className="mb-3 text-sm text-slate-600">{t('validateIntro')}</p>
      <ul className="divide-y divide-slate-100">
        {history.waiting.map((row) => {
          const previous = history.previousLevel(row);
          return (
            <li key={row.id} className="py-3" data-testid={`validate-${row.id}`}>
              <p className="font-medium">
                {areaLabel(row.area, locale)}: {levelLabel(row.level, locale)}{' '}
                <span className="text-sm font-normal text-slate-600">
                  (
                  {previous
                    ? t('previousLevel', { level: levelLabel(previous, locale) })
                    : t('noPreviousLevel')}
                  )
                </span>
              </p>
              {row.comment ? <p className="text-sm text-slate-600">“{row.comment}”</p> : null}
              <div className="mt-2">
                <ValidateForm
                  areaLevelId={row.id}
                  employeeId={person.id}
                  proposed={row.level}
                  context={`${areaLabel(row.area, locale)}, ${person.fullName}`}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** How the levels grew, per area, with who validated them. */
export async function HistorySection({
  loaded,
  history,
  who,
  locale,
}: {
  loaded: Loaded<TPage<TAreaLevel>>;
  history: History;
  who: (userId: string | null) => string | null;
  locale: Locale;
}) {
  const t = await getTranslations('person');
  return (
    <Section id="history" title={t('historyTitle')}>
      {loaded.error ? (
        <ProblemState code={loaded.error.code} />
      ) : loaded.data.items.length === 0 ? (
        <EmptyState title={t('historyEmpty')} />
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {history.areas.map(({ area, rows }) => (
            <div key={area}>
              <h3 className="font-semibold text-slate-800">{areaLabel(area, locale)}</h3>
              <ol className="mt-2 space-y-2 border-l-2 border-brand-100 pl-4">
                {rows.map((row) => (
                  <li key={row.id} className="relative text-sm">
                    <span
                      aria-hidden
                      className={`absolute top-1.5 -left-[1.4rem] h-3 w-3 rounded-full ${row.isCurrent ? 'bg-brand-700' : 'bg-slate-300'}`}
                    />
                    <p>
                      <span className="font-medium">{levelLabel(row.level, locale)}</span>{' '}
                      <StatusBadge status={row.status} />
                      {row.isCurrent ? (
                        <span className="ml-1 text-xs text-brand-700">({t('current')})</span>
                      ) : null}
                    </p>
                    <p className="text-slate-600">
                      {t('since', { date: formatDate(row.validFrom, locale) })}
                      {row.validTo ? ` – ${formatDate(row.validTo, locale)}` : ''}
                      {row.status === 'validated' && row.validatedAt
                        ? ` · ${t('validatedBy', {
                            name: who(row.validatedByUserId) ?? t('someoneElse'),
                            date: formatDate(row.validatedAt, locale),
                          })}`
                        : ''}
                    </p>
                    {row.comment ? <p className="text-slate-700 italic">“{row.comment}”</p> : null}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}
