import { AREA_IDS, type Locale } from '@teamspiegel/domain';
import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MiniTShape } from '@/components/t-shape';
import { areaAbbreviation, areaLabel, formatFte } from '@/lib/vocabulary';

/** The team's members, each with a small T-shape, linking to the person's page. */
export async function MembersList({ view, locale }: { view: TTeamCoverageView; locale: Locale }) {
  const t = await getTranslations('team.members');
  return (
    <section aria-labelledby="leden-kop" className="space-y-3">
      <h2 id="leden-kop" className="text-xl font-semibold">
        {t('title', { count: view.members.length })}
      </h2>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <p className="text-xs text-slate-600">
        <span className="font-medium">{t('legend')}</span>{' '}
        {AREA_IDS.map((area) => `${areaAbbreviation(area, locale)} = ${areaLabel(area, locale)}`).join(' · ')}
      </p>
      {view.members.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="members">
          {view.members.map((member) => (
            <li
              key={member.employeeId}
              className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
            >
              <MiniTShape
                levels={Object.fromEntries(
                  Object.entries(member.levels).map(([area, level]) => [area, { level }]),
                )}
              />
              <div className="min-w-0">
                <Link
                  href={`/mensen/${member.employeeId}`}
                  className="block break-words font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {member.name}
                </Link>
                <p className="text-xs text-slate-600">{t('fte', { fte: formatFte(member.fte, locale) })}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
