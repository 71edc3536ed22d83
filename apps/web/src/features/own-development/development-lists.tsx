import { AREA_IDS, DEVELOPMENT_STATUSES, type Locale, label } from '@teamspiegel/domain';
import type { TDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import type { TDevelopmentRequest } from '@teamspiegel/domain/api/development-requests';
import type { TProfile } from '@teamspiegel/domain/api/profile';
import { getTranslations } from 'next-intl/server';
import { actionTypeLabel, areaLabel, formatDate, levelLabel } from '@/lib/vocabulary';

const cardClass = 'rounded-lg border border-slate-200 bg-white p-4 [overflow-wrap:anywhere]';

/** Her actions grouped as planned, running, done (and cancelled), each a stacked card. */
export async function ActionGroups({ actions, locale }: { actions: TDevelopmentAction[]; locale: Locale }) {
  const t = await getTranslations('ownDevelopment.actions');
  if (actions.length === 0) return <p className="text-slate-700">{t('empty')}</p>;
  return (
    <div className="space-y-5">
      {DEVELOPMENT_STATUSES.map((status) => {
        const group = actions.filter((action) => action.status === status.id);
        if (group.length === 0) return null;
        return (
          <section
            key={status.id}
            aria-labelledby={`actions-${status.id}`}
            data-testid={`actions-${status.id}`}
          >
            <h3 id={`actions-${status.id}`} className="mb-2 font-semibold">
              {label(status, locale)} ({group.length})
            </h3>
            <ul className="space-y-2">
              {group.map((action) => (
                <li key={action.id} className={cardClass}>
                  <p className="font-medium">
                    {action.title}{' '}
                    <span className="font-normal text-slate-600">
                      · {actionTypeLabel(action.type, locale)}
                    </span>
                  </p>
                  {action.area && action.targetLevel ? (
                    <p className="text-sm text-slate-700">
                      {t('target', {
                        area: areaLabel(action.area, locale),
                        level: levelLabel(action.targetLevel, locale).toLowerCase(),
                      })}
                    </p>
                  ) : null}
                  <ActionPeriod action={action} locale={locale} />
                  {action.provider ? (
                    <p className="text-sm text-slate-700">{t('provider', { provider: action.provider })}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

async function ActionPeriod({ action, locale }: { action: TDevelopmentAction; locale: Locale }) {
  const t = await getTranslations('ownDevelopment.actions');
  const start = formatDate(action.startDate, locale);
  const end = formatDate(action.expectedEndDate, locale);
  if (!start && !end) return null;
  const text =
    start && end ? t('period', { start, end }) : start ? t('from', { start }) : t('until', { end });
  return <p className="text-sm text-slate-700">{text}</p>;
}

/** Her levels in model order: waiting for validation, or validated (with the validator's note). */
export async function ValidationStatusList({ profile, locale }: { profile: TProfile; locale: Locale }) {
  const t = await getTranslations('ownDevelopment.validation');
  const rows = AREA_IDS.flatMap((area) => profile.areaLevels.filter((row) => row.area === area));
  if (rows.length === 0) return <p className="text-slate-700">{t('empty')}</p>;
  return (
    <ul className="space-y-2" data-testid="validation-status">
      {rows.map((row) => (
        <li key={row.area} className={cardClass}>
          <p className="font-medium">
            {areaLabel(row.area, locale)}: {levelLabel(row.level, locale).toLowerCase()}
          </p>
          {row.status === 'self_assessed' ? (
            <p className="text-sm text-spof">
              <span aria-hidden>◔</span> {t('waiting')}
            </p>
          ) : (
            <p className="text-sm text-covered">
              <span aria-hidden>✓</span>{' '}
              {row.validatedAt
                ? t('validatedOn', { date: formatDate(row.validatedAt, locale) })
                : t('validated')}
            </p>
          )}
          {row.status === 'validated' && row.comment ? (
            <p className="text-sm text-slate-700">{t('comment', { comment: row.comment })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Her requests for training or coaching, with their status and hr's answer. */
export async function RequestList({ requests, locale }: { requests: TDevelopmentRequest[]; locale: Locale }) {
  const t = await getTranslations('ownDevelopment.requests');
  if (requests.length === 0) return <p className="text-slate-700">{t('empty')}</p>;
  return (
    <ul className="space-y-2" data-testid="requests">
      {requests.map((request) => (
        <li key={request.id} className={cardClass} data-status={request.status}>
          <p className="font-medium">
            {t('item', {
              type: t(`types.${request.type}`),
              area: areaLabel(request.area, locale),
              level: levelLabel(request.targetLevel, locale).toLowerCase(),
            })}
          </p>
          <p className="text-sm font-medium">{t(`status.${request.status}`)}</p>
          {request.answer ? (
            <p className="text-sm text-slate-700">{t('answer', { answer: request.answer })}</p>
          ) : null}
          {request.note ? <p className="text-sm text-slate-600">{request.note}</p> : null}
          <p className="text-sm text-slate-600">
            {t('askedOn', { date: formatDate(request.createdAt, locale) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
