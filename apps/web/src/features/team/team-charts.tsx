import type { Locale } from '@teamspiegel/domain';
import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import { getTranslations } from 'next-intl/server';
import { circleLabel, competencyLabel, formatNumber } from '@/lib/vocabulary';
import { CompetencyRadar } from './competency-radar';

/** The 8 team competencies (radar + table) and the 5 surroundings circles (bars with counts). */
export async function TeamCharts({ view, locale }: { view: TTeamCoverageView; locale: Locale }) {
  const t = await getTranslations('team.charts');
  const { profile } = view;
  const members = profile.memberCount;
  const radar = profile.competencies.map((c) => ({
    label: competencyLabel(c.competency, locale),
    average: c.average ?? 0,
  }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section
        aria-labelledby="competenties-kop"
        className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h3 id="competenties-kop" className="text-lg font-semibold">
          {t('competenciesTitle')}
        </h3>
        <p className="text-sm text-slate-600">{t('competenciesIntro')}</p>
        <figure className="mt-2">
          <CompetencyRadar data={radar} />
          <figcaption className="sr-only">{t('competenciesCaption')}</figcaption>
        </figure>
        <table className="mt-2 w-full table-fixed break-words text-sm" data-testid="competency-table">
          <caption className="sr-only">{t('competenciesCaption')}</caption>
          <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="w-2/5 py-1 pr-2">
                {t('competency')}
              </th>
              <th scope="col" className="py-1 pr-2 text-right">
                {t('average')}
              </th>
              <th scope="col" className="py-1 pr-2 text-right">
                {t('strong')}
              </th>
              <th scope="col" className="py-1 text-right">
                {t('rated')}
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.competencies.map((c) => (
              <tr key={c.competency} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {competencyLabel(c.competency, locale)}
                </th>
                <td className="py-1 pr-2 text-right tabular-nums">
                  {c.average === null ? '—' : formatNumber(c.average, locale, 1)}
                </td>
                <td className="py-1 pr-2 text-right tabular-nums">{c.strong}</td>
                <td className="py-1 text-right tabular-nums">{c.rated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section
        aria-labelledby="omgeving-kop"
        className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h3 id="omgeving-kop" className="text-lg font-semibold">
          {t('circlesTitle')}
        </h3>
        <p className="text-sm text-slate-600">{t('circlesIntro')}</p>
        <ul className="mt-4 space-y-3" data-testid="circle-bars">
          {profile.circles.map((c) => {
            const share = members > 0 ? c.members / members : 0;
            return (
              <li key={c.circle}>
                <div className="flex justify-between text-sm">
                  <span className="font-medium">{circleLabel(c.circle, locale)}</span>
                  <span className="tabular-nums text-slate-700">
                    {t('circleCount', { count: c.members, total: members })}
                  </span>
                </div>
                <div className="mt-1 h-3 w-full rounded-full bg-slate-100" aria-hidden="true">
                  <div
                    className={`h-3 rounded-full ${c.members === 0 ? '' : 'bg-brand-600'}`}
                    style={{ width: `${share * 100}%` }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
