import type { Locale } from '@teamspiegel/domain';
import type { TIkkCoachHours } from '@teamspiegel/domain/api/compliance';
import { getTranslations } from 'next-intl/server';
import { StatusIcon, statusLabel } from '@/components/status';
import { formatDate, formatDecimal } from '@/lib/vocabulary';

/**
 * Wet IKK coach hours (rule 15) as the API computed them: the organisation's shortfall as a tile in
 * the status colours, and a table per site. Only sites with kindercentra or hours are listed.
 */
export async function IkkCoachHoursSection({ ikk, locale }: { ikk: TIkkCoachHours; locale: Locale }) {
  const t = await getTranslations('compliance.ikk');
  const n = (value: number) => formatDecimal(value, locale);
  const { organisation } = ikk;
  const status = organisation.covered ? 'covered' : 'gap';
  const sites = ikk.sites.filter((site) => site.kindercentra > 0 || site.assignedHours > 0);
  return (
    <section aria-labelledby="ikk-title" data-testid="ikk-coach-hours" className="flex flex-col gap-2">
      <h2 id="ikk-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">
        {t('intro', {
          perCentre: n(ikk.rule.hoursPerKindercentrum),
          perFte: n(ikk.rule.hoursPerPmFte),
          peildatum: formatDate(ikk.peildatum, locale),
        })}
      </p>
      <div
        data-status={status}
        className={`flex flex-wrap items-center gap-3 rounded-xl p-3 ring-1 ${
          organisation.covered ? 'bg-emerald-50 ring-emerald-200' : 'bg-red-50 ring-red-200'
        }`}
      >
        <StatusIcon status={status} />
        <span className="font-semibold text-slate-900">
          {organisation.covered
            ? t('covered', {
                assigned: n(organisation.assignedHours),
                required: n(organisation.requiredHours),
              })
            : t('shortfall', {
                shortfall: n(organisation.shortfallHours),
                assigned: n(organisation.assignedHours),
                required: n(organisation.requiredHours),
              })}
        </span>
        <span className="sr-only">{statusLabel(status, locale)}</span>
        {organisation.unallocatedHours > 0 ? (
          <span className="text-sm text-slate-700">
            {t('unallocated', { hours: n(organisation.unallocatedHours) })}
          </span>
        ) : null}
      </div>
      {sites.length > 0 ? (
        // Scrolls sideways on a phone, never the page: focusable (with a name) so the keyboard can too.
        <section
          aria-label={t('bySite')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          tabIndex={0}
          className="max-w-3xl overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <table className="w-full border-collapse text-sm">
            <caption className="py-1 text-left text-sm text-slate-600">{t('bySite')}</caption>
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('site')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('kindercentra')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('pmFte')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('required')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('assigned')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('short')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sites.map((site) => (
                <tr key={site.siteId} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {site.name}
                  </th>
                  <td className="px-3 py-2 text-right">{site.kindercentra}</td>
                  <td className="px-3 py-2 text-right">{n(site.pmFte)}</td>
                  <td className="px-3 py-2 text-right">{n(site.requiredHours)}</td>
                  <td className="px-3 py-2 text-right">{n(site.assignedHours)}</td>
                  <td className={`px-3 py-2 text-right ${site.covered ? '' : 'font-semibold text-red-800'}`}>
                    {n(site.shortfallHours)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <p className="text-xs text-slate-600">{t('source', { source: ikk.rule.source.title })}</p>
    </section>
  );
}
