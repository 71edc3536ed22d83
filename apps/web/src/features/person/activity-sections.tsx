import type { TAmbition } from '@teamspiegel/domain/api/ambitions';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import { getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import {
  actionStatusLabel,
  actionTypeLabel,
  areaLabel,
  directionLabel,
  formatDate,
  type Locale,
  levelLabel,
} from '@/lib/vocabulary';
import { Section } from './section';
import type { Loaded } from './view-model';

/** What the person aims for, with the motivation when the reader may see it. */
export async function AmbitionsSection({
  loaded,
  locale,
}: {
  loaded: Loaded<TPage<TAmbition>>;
  locale: Locale;
}) {
  const t = await getTranslations('person');
  return (
    <Section id="ambitions" title={t('ambitionsTitle')}>
      {loaded.error ? (
        <ProblemState code={loaded.error.code} />
      ) : loaded.data.items.length === 0 ? (
        <EmptyState title={t('ambitionsEmpty')} />
      ) : (
        <ul className="space-y-3">
          {loaded.data.items.map((ambition) => (
            <li key={ambition.id} className="rounded-lg bg-slate-50 p-3 text-sm">
              <p className="font-medium">
                {t('ambitionLine', {
                  direction: directionLabel(ambition.direction, locale),
                  area: areaLabel(ambition.area, locale),
                  level: levelLabel(ambition.targetLevel, locale),
                })}
              </p>
              <p className="text-slate-600">
                {t(`ambitionStatus.${ambition.status}`)}
                {ambition.horizonDate
                  ? ` · ${t('horizon', { date: formatDate(ambition.horizonDate, locale) })}`
                  : ''}
              </p>
              <p className="mt-1">
                <span className="text-slate-600">{t('motivation')}: </span>
                {ambition.motivationHidden ? (
                  <span className="text-slate-500 italic">{t('motivationHidden')}</span>
                ) : ambition.motivation ? (
                  ambition.motivation
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The person's development actions with their status. */
export async function ActionsSection({
  loaded,
  locale,
}: {
  loaded: Loaded<TPage<TDevelopmentAction>>;
  locale: Locale;
}) {
  const t = await getTranslations('person');
  return (
    <Section id="actions" title={t('actionsTitle')}>
      {loaded.error ? (
        <ProblemState code={loaded.error.code} />
      ) : loaded.data.items.length === 0 ? (
        <EmptyState title={t('actionsEmpty')} />
      ) : (
        <ul className="space-y-2 text-sm">
          {loaded.data.items.map((action) => (
            <li
              key={action.id}
              data-testid={`action-${action.id}`}
              data-status={action.status}
              className="rounded-lg bg-slate-50 p-3"
            >
              <p className="font-medium">{action.title}</p>
              <p className="text-slate-600">
                {actionTypeLabel(action.type, locale)} · {actionStatusLabel(action.status, locale)}
                {action.area ? ` · ${areaLabel(action.area, locale)}` : ''}
                {action.targetLevel ? ` → ${levelLabel(action.targetLevel, locale)}` : ''}
                {action.expectedEndDate
                  ? ` · ${t('expectedEnd', { date: formatDate(action.expectedEndDate, locale) })}`
                  : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
