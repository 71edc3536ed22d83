import type { TCoverageTrendPoint } from '@teamspiegel/domain/api/trend';
import type { Db } from '../plugins/app/prisma.ts';

/*
 * Last month's point per team, kept in the database (CoverageMonthPoint) so that a new API process
 * reads it instead of reconstructing the organisation's whole history (≈1 s at 20,000 people on the
 * first overview after a start). Each row is one team's totals valid at the dataVersion `version`;
 * the reader patches from there through the change log, as it patches its own memory.
 */
export type MonthTotals = TCoverageTrendPoint['totals'];

/** The stored point of a month: per team, valid at `version` (the oldest row's), computed at `computedAt`. */
export type StoredMonth = { version: number; computedAt: number; byTeam: Map<string, MonthTotals> };

/**
 * Rows written by several processes at several versions are each right at their own version; the
 * oldest version is the one every row is right at once patched: the change log since it names every
 * team that changed after any row was written.
 */
export async function readMonthPoints(
  db: Db,
  organisationId: string,
  month: string,
): Promise<StoredMonth | null> {
  const rows = await db.coverageMonthPoint.findMany({
    where: { organisationId, month },
    select: {
      teamId: true,
      version: true,
      computedAt: true,
      requirements: true,
      covered: true,
      noMargin: true,
      singlePoints: true,
      gaps: true,
      totalGap: true,
    },
  });
  if (rows.length === 0) return null;
  let version = Number.POSITIVE_INFINITY;
  let computedAt = Number.POSITIVE_INFINITY;
  const byTeam = new Map<string, MonthTotals>();
  for (const { teamId, version: rowVersion, computedAt: rowComputedAt, ...totals } of rows) {
    version = Math.min(version, rowVersion);
    computedAt = Math.min(computedAt, rowComputedAt.getTime());
    byTeam.set(teamId, totals);
  }
  return { version, computedAt, byTeam };
}

/**
 * Stores a whole month's point at `version` in one statement per table: a row newer than ours (another
 * process's) is kept; rows of teams without a point at `version` and older months are removed.
 */
export async function writeMonthPoints(
  db: Db,
  organisationId: string,
  month: string,
  point: { version: number; computedAt: number; byTeam: ReadonlyMap<string, MonthTotals> },
) {
  const teamIds: string[] = [];
  const columns = {
    requirements: [] as number[],
    covered: [] as number[],
    noMargin: [] as number[],
    singlePoints: [] as number[],
    gaps: [] as number[],
    totalGap: [] as number[],
  };
  for (const [teamId, totals] of point.byTeam) {
    teamIds.push(teamId);
    for (const key of Object.keys(columns) as Array<keyof typeof columns>) columns[key].push(totals[key]);
  }
  const computedAt = new Date(point.computedAt).toISOString();
  await db.$transaction([
    db.$executeRaw`DELETE FROM "CoverageMonthPoint" WHERE "organisationId" = ${organisationId}::uuid
      AND ("month" <> ${month} OR ("version" < ${point.version} AND NOT ("teamId" = ANY(${teamIds}::uuid[]))))`,
    db.$executeRaw`INSERT INTO "CoverageMonthPoint" ("organisationId", "month", "teamId", "version", "computedAt",
        "requirements", "covered", "noMargin", "singlePoints", "gaps", "totalGap")
      SELECT ${organisationId}::uuid, ${month}, t.team, ${point.version}, ${computedAt}::timestamp,
        t.requirements, t.covered, t.no_margin, t.single_points, t.gaps, t.total_gap
      FROM unnest(${teamIds}::uuid[], ${columns.requirements}::int[], ${columns.covered}::int[],
        ${columns.noMargin}::int[], ${columns.singlePoints}::int[], ${columns.gaps}::int[], ${columns.totalGap}::int[])
        AS t(team, requirements, covered, no_margin, single_points, gaps, total_gap)
      ON CONFLICT ("organisationId", "month", "teamId") DO UPDATE SET
        "version" = excluded."version", "computedAt" = excluded."computedAt",
        "requirements" = excluded."requirements", "covered" = excluded."covered",
        "noMargin" = excluded."noMargin", "singlePoints" = excluded."singlePoints",
        "gaps" = excluded."gaps", "totalGap" = excluded."totalGap"
      WHERE "CoverageMonthPoint"."version" < excluded."version"`,
  ]);
}
