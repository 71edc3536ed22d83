import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { getSession } from '@/lib/session';
import { formatDate, type Locale } from '@/lib/vocabulary';
import { AdminHeading } from '../admin/admin-layout';
import { loadExemptions } from './api';
import { EndExemptionButton } from './end-button';

/** /beheer/vrijstellingen: every exemption with its reason, approver, period and state today. */
export async function ExemptionsAdminPage() {
  const [t, locale, session, result] = await Promise.all([
    getTranslations('exemptionsAdmin'),
    getLocale(),
    getSession(),
    loadExemptions({}),
  ]);
  const lang = locale as Locale;
  const canManage = can(session.role, 'exemptions.manage');
  const cell = 'px-3 py-2 text-left align-top';
  return (
    <div className="flex flex-col gap-6">
      <AdminHeading title={t('title')} intro={t('intro')} />
      {result.error ? (
        <ProblemState code={result.error.code} />
      ) : result.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        // Scrolls sideways on a phone: focusable (with a name) so the keyboard can scroll it too.
        <section
          aria-label={t('title')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          tabIndex={0}
          className="overflow-x-auto rounded-xl border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <table className="w-full min-w-[48rem] border-collapse text-sm" data-testid="exemptions-table">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                {(['teamOrSite', 'person', 'kind', 'reason', 'approvedBy', 'period', 'status'] as const).map(
                  (key) => (
                    <th key={key} scope="col" className={cell}>
                      {t(key)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {result.data.items.map((item) => (
                <tr key={item.id} className="border-t border-slate-200" data-status={item.status}>
                  <th scope="row" className={`${cell} font-medium`}>
                    {item.teamName ?? t('siteLabel', { name: item.siteName ?? '—' })}
                  </th>
                  <td className={cell}>
                    {item.employeeName ?? t(item.siteRequirementId ? 'wholeSite' : 'wholeTeam')}
                  </td>
                  <td className={cell}>{t(`kinds.${item.requirementKind}`)}</td>
                  <td className={`${cell} max-w-xs whitespace-pre-line`}>{item.reason}</td>
                  <td className={cell}>{item.approvedBy?.name ?? '—'}</td>
                  <td className={`${cell} whitespace-nowrap`}>
                    {t('periodValue', {
                      from: formatDate(item.startsOn, lang),
                      until: formatDate(item.endsOn, lang),
                    })}
                  </td>
                  <td className={cell}>
                    {t(`states.${item.status}`)}
                    {canManage && (item.status === 'active' || item.status === 'scheduled') ? (
                      <EndExemptionButton exemptionId={item.id} teamId={item.teamId ?? ''} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
