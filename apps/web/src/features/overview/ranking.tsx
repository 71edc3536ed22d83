import type { Locale } from '@teamspiegel/domain';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StatusBadge, statusLabel } from '@/components/status';
import {
  describeRequirement,
  projectedGapShown,
  type RankingEntry,
  type RequirementWords,
  rankingHref,
} from './view-model';

/** The most severe gaps and single points of failure, as the API ranks them. */
type OverviewTranslator = Awaited<ReturnType<typeof getTranslations<'overview'>>>;

/** A ranked requirement in words ("Gezondheid, minimaal ervaren"); shared by the overview and the report. */
export function requirementSentence(t: OverviewTranslator, w: RequirementWords): string {
  switch (w.kind) {
    case 'area':
      return t('ranking.requirement.area', { area: w.area, level: w.level });
    case 'role':
      return t('ranking.requirement.role', { role: w.role || t('ranking.requirement.unknownRole') });
    case 'competency':
      return t('ranking.requirement.competency', { competency: w.competency, score: w.score });
    case 'circle':
      return t('ranking.requirement.circle', { circle: w.circle });
    case 'certificate':
      // The catalogue's own label (organisation data, nl and en) says it all.
      return w.certificate;
  }
}

export async function RankingTable({ entries, locale }: { entries: RankingEntry[]; locale: Locale }) {
  const t = await getTranslations('overview');
  const words = (w: RequirementWords) => requirementSentence(t, w);
  return (
    <div className="relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200 print:shadow-none">
      <table data-testid="ranking" className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-600">{t('ranking.caption')}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('ranking.rank')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('ranking.team')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('ranking.requirement.title')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('ranking.supply')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('ranking.gap')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('ranking.status')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('ranking.projected')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const projected = projectedGapShown(entry);
            return (
              <tr key={`${entry.teamId}:${entry.requirementId}`} className="border-t border-slate-100">
                <td className="px-3 py-2 tabular-nums text-slate-500">{index + 1}</td>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link
                    href={rankingHref(entry)}
                    className="text-brand-700 underline-offset-2 underline underline-offset-2"
                  >
                    {entry.teamId === null
                      ? t('ranking.wholeSite')
                      : (entry.teamName ?? t('ranking.unnamedTeam'))}
                  </Link>
                  {entry.siteName ? (
                    <span className="block text-xs font-normal text-slate-500">{entry.siteName}</span>
                  ) : null}
                </th>
                <td className="px-3 py-2">{words(describeRequirement(entry, locale))}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {t('cell.ofRequired', { supply: entry.headcount, required: entry.count })}
                </td>
                <td className="px-3 py-2 text-right font-semibold tabular-nums">{entry.gap}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={entry.status} label={statusLabel(entry.status, locale)} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {projected === null ? (
                    <span className="text-slate-600">{t('ranking.noProjection')}</span>
                  ) : (
                    t('ranking.projectedValue', { gap: projected })
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
