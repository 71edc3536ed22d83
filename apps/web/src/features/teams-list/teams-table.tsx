import type { TCoverageSummary } from '@teamspiegel/domain';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TeamStatusSummary } from './status-summary';

export type TeamListRow = {
  id: string;
  name: string;
  siteName: string | null;
  memberCount: number | null;
  summary: TCoverageSummary | null;
  /** Null when the caller may not open the team (a manager and a team they do not lead). */
  href: string | null;
  led?: boolean;
};

export async function TeamsTable({
  rows,
  caption,
  testId,
}: {
  rows: TeamListRow[];
  caption: string;
  testId: string;
}) {
  const t = await getTranslations('teamsList');
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table data-testid={testId} className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-600">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('team')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('site')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('members')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('status')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100" data-team-id={row.id}>
              <th scope="row" className="px-3 py-2.5 text-left font-medium">
                {row.href ? (
                  <Link href={row.href} className="text-brand-700 underline-offset-2 hover:underline">
                    {row.name}
                  </Link>
                ) : (
                  <span className="text-slate-800">{row.name}</span>
                )}
                {row.led ? (
                  <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">
                    {t('leadBadge')}
                  </span>
                ) : null}
              </th>
              <td className="px-3 py-2.5 text-slate-700">{row.siteName ?? t('noSite')}</td>
              <td className="px-3 py-2.5 text-right tabular-nums">
                {row.memberCount ?? <span className="text-slate-600">{t('notShown')}</span>}
              </td>
              <td className="px-3 py-2.5">
                {row.href || row.summary ? (
                  <TeamStatusSummary summary={row.summary} />
                ) : (
                  <span className="text-sm text-slate-600">{t('notShown')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
