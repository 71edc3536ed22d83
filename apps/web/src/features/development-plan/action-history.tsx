import type { TActionHistoryEntry } from '@teamspiegel/domain/api/development-actions';
import { getTranslations } from 'next-intl/server';
import {
  actionStatusLabel,
  actionTypeLabel,
  areaLabel,
  circleLabel,
  competencyLabel,
  formatDate,
  formatEuros,
  type Locale,
  levelLabel,
} from '@/lib/vocabulary';

type Value = TActionHistoryEntry['changes'][number]['from'];

/** A stored value in words: statuses, types and vocabulary by label, money and dates the local way. */
function shown(field: string, value: Value, locale: Locale): string | null {
  if (value === null || value === '') return null;
  const text = String(value);
  switch (field) {
    case 'status':
      return actionStatusLabel(text, locale);
    case 'type':
      return actionTypeLabel(text, locale);
    case 'area':
      return areaLabel(text, locale);
    case 'targetLevel':
      return levelLabel(text, locale);
    case 'targetCompetency':
      return competencyLabel(text, locale);
    case 'targetCircle':
      return circleLabel(text, locale);
    case 'costCents':
      return typeof value === 'number' ? formatEuros(value, locale) : text;
    case 'startDate':
    case 'expectedEndDate':
      return formatDate(text, locale);
    default:
      return text;
  }
}

const KNOWN_ACTIONS = new Set(['create', 'update', 'delete']);
/** Ids say nothing to a reader; the change of person, team or role is listed by field name only. */
const ID_FIELDS = new Set(['employeeId', 'teamId', 'targetRoleDefinitionId']);

/** "Geschiedenis": who changed what when, from the audit trail (GET …/history), oldest first. */
export async function ActionHistory({ items, locale }: { items: TActionHistoryEntry[]; locale: Locale }) {
  const t = await getTranslations('planTool.history');
  return (
    <section
      aria-labelledby="history-title"
      className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="history-title" className="mb-3 text-lg font-semibold">
        {t('title')}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700">{t('empty')}</p>
      ) : (
        <ol className="space-y-3" data-testid="action-history">
          {items.map((entry) => (
            <li key={entry.id} className="border-l-4 border-slate-300 pl-3">
              <p className="font-medium">
                {t(KNOWN_ACTIONS.has(entry.action) ? (entry.action as 'create') : 'other')}{' '}
                <span className="font-normal text-slate-700">
                  {formatDate(entry.at, locale)} · {t('by', { name: entry.actorName ?? t('unknownActor') })}
                </span>
              </p>
              {entry.action === 'update' && entry.changes.length > 0 ? (
                <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
                  {entry.changes.map((change) => (
                    <li key={change.field} data-field={change.field}>
                      {ID_FIELDS.has(change.field)
                        ? t(`fields.${change.field}` as 'fields.title')
                        : t('change', {
                            field: t(`fields.${change.field}` as 'fields.title'),
                            from: shown(change.field, change.from, locale) ?? t('empty_value'),
                            to: shown(change.field, change.to, locale) ?? t('empty_value'),
                          })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
