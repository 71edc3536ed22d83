import type { Locale } from '@teamspiegel/domain';
import { ZDevelopmentRequestStatus } from '@teamspiegel/domain/api/development-requests';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { getSession } from '@/lib/session';
import { areaLabel, formatDate, levelLabel } from '@/lib/vocabulary';
import { loadDevelopmentRequests } from './data';
import { DeclineForm } from './decline-form';

/**
 * "Aanvragen": employees' requests for training or coaching (hr all, a manager her teams'
 * members'). Planning an action for her in that area answers a request; hr may decline it.
 */
export async function DevelopmentRequestsPage({ status }: { status: string | undefined }) {
  const t = await getTranslations('developmentRequests');
  const tOwn = await getTranslations('ownDevelopment.requests');
  const locale = (await getLocale()) as Locale;
  const session = await getSession();
  const mayDecline = can(session.role, 'development.manage');
  const filter = ZDevelopmentRequestStatus.safeParse(status ?? 'open');
  const chosen = status === 'alle' ? undefined : filter.success ? filter.data : 'open';
  const result = await loadDevelopmentRequests(chosen);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/ontwikkelplan" className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t('back')}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <nav aria-label={t('filter')} className="flex flex-wrap gap-2">
          {[...ZDevelopmentRequestStatus.options, 'alle' as const].map((option) => {
            const active = (option === 'alle' && chosen === undefined) || option === chosen;
            return (
              <Link
                key={option}
                href={`/ontwikkelplan/aanvragen?status=${option}`}
                aria-current={active ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium ${
                  active ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 text-slate-800'
                }`}
              >
                {option === 'alle' ? t('all') : tOwn(`status.${option}`)}
              </Link>
            );
          })}
        </nav>
      </header>
      {!result.ok ? (
        <ProblemState code={result.code} />
      ) : result.page.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ul className="space-y-3" data-testid="development-requests">
          {result.page.items.map((request) => (
            <li
              key={request.id}
              data-status={request.status}
              className="rounded-lg border border-slate-200 bg-white p-4 [overflow-wrap:anywhere]"
            >
              <p className="font-semibold">{request.employeeName}</p>
              <p>
                {tOwn('item', {
                  type: tOwn(`types.${request.type}`),
                  area: areaLabel(request.area, locale),
                  level: levelLabel(request.targetLevel, locale).toLowerCase(),
                })}
              </p>
              {request.note ? <p className="text-sm text-slate-700">“{request.note}”</p> : null}
              <p className="text-sm text-slate-600">
                {tOwn(`status.${request.status}`)} ·{' '}
                {tOwn('askedOn', { date: formatDate(request.createdAt, locale) })}
              </p>
              {request.answer ? (
                <p className="text-sm text-slate-700">{tOwn('answer', { answer: request.answer })}</p>
              ) : null}
              {mayDecline && request.status === 'open' ? (
                <DeclineForm id={request.id} who={request.employeeName} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
