import type { Locale } from '@teamspiegel/domain';
import type { TSiteCoverageView } from '@teamspiegel/domain/api/coverage';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StatusBadge, statusLabel } from '@/components/status';
import { formatDate } from '@/lib/vocabulary';
import { sitePlanLinks } from './site-plan-links';
import { SITE_REQUIREMENTS_ANCHOR, siteRequirementRows } from './view-model';

/**
 * Rule 18: each site's certificate requirements as the API computed them, one compact row per
 * requirement. The table scrolls in its own focusable box on a phone, never the page.
 */
export async function SiteRequirementsSection({
  sites,
  locale,
  canPlan = false,
}: {
  sites: TSiteCoverageView[];
  locale: Locale;
  /** The caller sees the plan's gaps: a gap row links to the plan of its site. */
  canPlan?: boolean;
}) {
  const t = await getTranslations('overview');
  const rows = siteRequirementRows(sites, locale);
  const planLinks = canPlan ? sitePlanLinks(sites) : new Map<string, string>();
  return (
    <section
      aria-labelledby={SITE_REQUIREMENTS_ANCHOR}
      data-testid="site-requirements"
      className="mt-4 flex flex-col gap-2"
    >
      <h2 id={SITE_REQUIREMENTS_ANCHOR} className="text-lg font-semibold">
        {t('siteRequirements.title')}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">{t('siteRequirements.intro')}</p>
      <section
        aria-label={t('siteRequirements.region')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        // relative: the links' sr-only text (absolutely positioned) scrolls with the table, not the page
        className="relative max-w-4xl overflow-x-auto rounded-xl border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <table className="w-full border-collapse text-sm">
          <caption className="px-3 py-2 text-left text-sm text-slate-600">
            {t('siteRequirements.caption')}
          </caption>
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t('siteRequirements.site')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('siteRequirements.certificate')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('siteRequirements.supply')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('siteRequirements.status')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('siteRequirements.projected')}
              </th>
              {canPlan ? (
                <th scope="col" className="px-3 py-2">
                  {t('siteRequirements.plan')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid="site-requirement-row" className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {row.siteName}
                  <span className="block text-xs font-normal text-slate-600">
                    {t('siteRequirements.people', { count: row.people })}
                  </span>
                  {row.siteExempt > 0 ? (
                    <span className="block text-xs font-normal text-slate-600">
                      {t('siteRequirements.exempt', { count: row.siteExempt })}
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-2">{row.certificate ?? t('siteRequirements.unknownCertificate')}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {t('cell.ofRequired', { supply: row.headcount, required: row.count })}
                </td>
                <td className="px-3 py-2">
                  <StatusBadge status={row.status} label={statusLabel(row.status, locale)} />
                  {row.exemptUntil ? (
                    <span className="block text-xs text-slate-600" data-testid="site-exempt-until">
                      {t('siteRequirements.exemptUntil', { date: formatDate(row.exemptUntil, locale) })}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  <StatusBadge
                    status={row.projectedStatus}
                    label={statusLabel(row.projectedStatus, locale)}
                  />
                  {row.lapsing > 0 ? (
                    <span className="block text-xs text-slate-600">
                      {t('siteRequirements.lapsing', { count: row.lapsing })}
                    </span>
                  ) : null}
                </td>
                {canPlan ? (
                  <td className="px-3 py-2">
                    {planLinks.has(row.key) ? (
                      <Link
                        href={planLinks.get(row.key) ?? '/ontwikkelplan'}
                        className="font-medium text-brand-700 underline underline-offset-2"
                        data-testid="site-requirement-plan"
                      >
                        {t('siteRequirements.planLink')}
                        <span className="sr-only">
                          {' '}
                          —{' '}
                          {t('siteRequirements.planContext', {
                            site: row.siteName,
                            certificate: row.certificate ?? t('siteRequirements.unknownCertificate'),
                          })}
                        </span>
                      </Link>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
