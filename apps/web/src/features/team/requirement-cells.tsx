import type { Locale } from '@teamspiegel/domain';
import type { TRequirementCoverageView } from '@teamspiegel/domain/api/coverage';
import type { getFormatter, getTranslations } from 'next-intl/server';
import { actionTypeLabel, levelLabel } from '@/lib/vocabulary';

type Row = TRequirementCoverageView;
export type Translator = Awaited<ReturnType<typeof getTranslations<'team'>>>;
export type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const SHOW_NAMES_INLINE = 5;

/**
 * On a phone (below 640 px) the tables stack: every row a card, every cell a line named by its
 * column head, so nothing scrolls sideways (issue 15, item 8).
 */
export const STACK_CELL = 'max-sm:block max-sm:px-3 max-sm:py-1';

export function CellLabel({ children }: { children: string }) {
  return (
    <span className="block text-xs font-semibold uppercase tracking-wide text-slate-600 sm:hidden">
      {children}
    </span>
  );
}

/** Role rows: qualifying non-holders (candidates) and holders who no longer qualify (flagged). */
export function RoleNotes({ row, t }: { row: Row; t: Translator }) {
  const names = (list: Row['candidates']) => list.map((s) => s.name ?? t('table.unnamed')).join(', ');
  return (
    <>
      {row.unqualifiedHolders.length > 0 ? (
        <div className="mt-1 text-xs font-semibold text-gap" data-testid="unqualified-holders">
          {t('table.unqualifiedHolders', { names: names(row.unqualifiedHolders) })}
        </div>
      ) : null}
      {row.candidates.length > 0 ? (
        <div className="mt-1 text-xs text-slate-600" data-testid="role-candidates">
          {t('table.candidates', { names: names(row.candidates) })}
        </div>
      ) : null}
    </>
  );
}

export function Suppliers({ row, anonymised, t }: { row: Row; anonymised: boolean; t: Translator }) {
  const count = row.supply.headcount;
  if (count === 0) return <span className="text-slate-600">{t('table.nobody')}</span>;
  if (anonymised) return <span>{t('table.people', { count })}</span>;
  const names = row.suppliers.map((s) => s.name ?? t('table.unnamed'));
  if (names.length <= SHOW_NAMES_INLINE) return <span>{names.join(', ')}</span>;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700 underline-offset-2 underline underline-offset-2">
        {t('table.people', { count })}
      </summary>
      <ul className="mt-1 list-disc pl-4">
        {names.map((name, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat; the order is stable
          <li key={index}>{name}</li>
        ))}
      </ul>
    </details>
  );
}

export function Pipeline({
  row,
  locale,
  t,
  format,
}: {
  row: Row;
  locale: Locale;
  t: Translator;
  format: Formatter;
}) {
  if (row.pipeline.length === 0) {
    if (row.vacancies.length > 0) return null;
    return <span className="text-slate-600">{t('table.noPipeline')}</span>;
  }
  return (
    <ul className="space-y-1">
      {row.pipeline.map((entry) => {
        const how =
          entry.source === 'ambition'
            ? t('table.ambition')
            : entry.actionType
              ? actionTypeLabel(entry.actionType, locale)
              : t('table.action');
        const target = entry.targetLevel ? ` → ${levelLabel(entry.targetLevel, locale)}` : '';
        const when = entry.expectedDate
          ? t('table.expected', {
              date: format.dateTime(new Date(entry.expectedDate), { dateStyle: 'medium' }),
            })
          : t('table.noDate');
        return (
          <li key={`${entry.employeeId}-${entry.sourceId ?? entry.source}`}>
            <span className="font-medium">{entry.name ?? t('table.unnamed')}</span>
            <span className="text-slate-600">
              : {how}
              {target}, {when}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
