import type { TMembership } from '@teamspiegel/domain/api/memberships';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate, formatFte, type Locale } from '@/lib/vocabulary';

function statusOf(membership: TMembership, today: string): 'current' | 'ended' | 'future' {
  if (membership.current) return 'current';
  return membership.startDate > today ? 'future' : 'ended';
}

/** A person's team memberships: team, period, FTE share, running or not. */
export async function MembershipsTable({
  name,
  memberships,
  today,
}: {
  name: string;
  memberships: readonly TMembership[];
  today: string;
}) {
  const t = await getTranslations('peopleAdmin.memberships');
  const locale = (await getLocale()) as Locale;
  if (memberships.length === 0) return <p className="text-sm text-slate-600">{t('empty')}</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="memberships-table">
        <caption className="sr-only">{t('caption', { name })}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('colTeam')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('colPeriod')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {t('colFte')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('colStatus')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {memberships.map((membership) => (
            <tr key={membership.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link
                  href={`/teams/${membership.team.id}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {membership.team.name}
                </Link>
              </th>
              <td className="px-3 py-2">
                {membership.endDate
                  ? t('period', {
                      start: formatDate(membership.startDate, locale),
                      end: formatDate(membership.endDate, locale),
                    })
                  : t('since', { start: formatDate(membership.startDate, locale) })}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                {membership.fte === null ? '—' : formatFte(membership.fte, locale)}
              </td>
              <td className="px-3 py-2">{t(statusOf(membership, today))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
