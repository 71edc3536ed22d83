import type { TCoverageChange } from '@teamspiegel/domain/api/coverage';
import type { Db } from '../plugins/app/prisma.ts';
import type { CoverageSnapshot } from './coverage-snapshot.ts';
import { coverageTrend } from './coverage-trend.ts';

/**
 * The change since last month for the overview's tiles: the trend's last two points (the end of
 * last month and now), subtracted. Null when the trend has no earlier month to compare with.
 */
export async function coverageChange(
  db: Db,
  snapshot: CoverageSnapshot,
  scope: { teamIds: string[]; siteId: string | null },
  now?: Date,
): Promise<TCoverageChange | null> {
  const trend = await coverageTrend(db, snapshot, {
    months: 2,
    teamIds: scope.teamIds,
    siteId: scope.siteId,
    ...(now ? { now } : {}),
  });
  const [previous, current] = trend.points;
  if (!previous || !current) return null;
  const minus = (key: keyof TCoverageChange['delta']) => current.totals[key] - previous.totals[key];
  return {
    since: previous.month,
    delta: {
      requirements: minus('requirements'),
      covered: minus('covered'),
      noMargin: minus('noMargin'),
      singlePoints: minus('singlePoints'),
      gaps: minus('gaps'),
      totalGap: minus('totalGap'),
    },
  };
}
