import type { Locale } from '@teamspiegel/domain';
import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import { getLocale, getTranslations } from 'next-intl/server';
import { StatusIcon, statusLabel } from '@/components/status';
import { formatFte } from '@/lib/vocabulary';

/** The team at a glance: how many requirements are covered, fragile or missing, and the pipeline's effect. */
export async function SummaryBar({ view }: { view: TTeamCoverageView }) {
  const t = await getTranslations('team.summary');
  const locale = (await getLocale()) as Locale;
  const { summary, profile } = view;
  const total = Math.max(summary.requirements, 1);
  const parts = [
    { key: 'covered', status: 'covered', count: summary.covered, className: 'bg-covered' },
    { key: 'noMargin', status: 'no_margin', count: summary.noMargin, className: 'bg-spof-soft' },
    { key: 'singlePoint', status: 'single_point', count: summary.singlePoints, className: 'bg-spof' },
    { key: 'gaps', status: 'gap', count: summary.gaps, className: 'bg-gap' },
  ] as const;
  return (
    <section
      aria-labelledby="samenvatting"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="samenvatting" className="sr-only">
        {t('title')}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{t('requirements')}</dt>
          <dd className="text-2xl font-semibold" data-testid="summary-requirements">
            {summary.requirements}
          </dd>
        </div>
        {parts.map((part) => (
          <div key={part.key}>
            <dt className="flex items-center gap-1 text-xs font-medium uppercase tracking-wide text-slate-600">
              <span
                className={
                  part.status === 'covered'
                    ? 'text-covered'
                    : part.status === 'gap'
                      ? 'text-gap'
                      : 'text-spof'
                }
              >
                <StatusIcon status={part.status} className="h-3.5 w-3.5" />
              </span>
              {part.status === 'gap' ? t(part.key) : statusLabel(part.status, locale)}
            </dt>
            <dd className="text-2xl font-semibold" data-testid={`summary-${part.key}`}>
              {part.count}
            </dd>
          </div>
        ))}
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{t('shortfall')}</dt>
          <dd className="text-sm">
            <span className="text-2xl font-semibold" data-testid="summary-total-gap">
              {summary.totalGap}
            </span>{' '}
            <span className="text-slate-600">{t('afterPipeline', { gap: summary.projectedTotalGap })}</span>
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{t('team')}</dt>
          <dd className="text-sm">
            <span className="text-2xl font-semibold">{profile.memberCount}</span>{' '}
            <span className="text-slate-600">
              {t('members', { count: profile.memberCount, fte: formatFte(profile.fte, locale) })}
            </span>
          </dd>
        </div>
      </dl>
      {view.pending.changes > 0 ? (
        <p className="mt-3 text-sm text-slate-700" data-testid="pending-changes">
          {t('pendingChanges', { count: view.pending.changes })}
        </p>
      ) : null}
      {summary.requirements > 0 ? (
        <div className="mt-4 flex h-3 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          {parts.map((part) =>
            part.count > 0 ? (
              <div
                key={part.key}
                className={part.className}
                style={{ width: `${(part.count / total) * 100}%` }}
              />
            ) : null,
          )}
        </div>
      ) : null}
    </section>
  );
}
