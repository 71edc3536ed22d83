import { computeOrganisationCoverage, type TTeamCoverage } from '@teamspiegel/domain';
import type { TCoverageChange } from '@teamspiegel/domain/api/coverage';
import type { TCoverageTrendPoint } from '@teamspiegel/domain/api/trend';
import type { Db } from '../plugins/app/prisma.ts';
import { readMonthPoints, writeMonthPoints } from './coverage-month-points.ts';
import {
  type CoverageSnapshot,
  changesSince,
  type PatchCompanion,
  readChangeLog,
} from './coverage-snapshot.ts';
import { trendTotals } from './coverage-trend.ts';
import { trendMoments, trendWindowStart } from './coverage-trend-months.ts';
import { loadTrendRows, type TrendRows, trendRowsRead } from './coverage-trend-rows.ts';
import { trendTeamsAt } from './coverage-trend-teams.ts';

type Totals = TCoverageTrendPoint['totals'];
const TOTAL_KEYS = ['requirements', 'covered', 'noMargin', 'singlePoints', 'gaps', 'totalGap'] as const;
const zero = (): Totals => ({
  requirements: 0,
  covered: 0,
  noMargin: 0,
  singlePoints: 0,
  gaps: 0,
  totalGap: 0,
});

/**
 * The change since last month for the overview's tiles: the trend's last two points (the end of
 * last month and now), subtracted — the same rule as GET /api/organisation/coverage/trend, without
 * reconstructing the trend on every data version:
 * - *now* is the snapshot's own per-team coverage (memoised by the engine), counted as the trend
 *   counts it (trendTotals); teams archived this month, which the trend still
 *   measures, are reconstructed from their history (only those).
 * - *last month* is kept per organisation and team (`PreviousMonth`), computed once per month and
 *   then kept current from the change log: a change recomputes only the teams it names and the
 *   teams of the people it names (a fte, a rating, a back-dated membership can change the past).
 * Null when the caller sees no team.
 */
export async function coverageChange(
  db: Db,
  snapshot: CoverageSnapshot,
  scope: { teamIds: string[]; currentCoverage: readonly TTeamCoverage[] },
  now = new Date(),
): Promise<TCoverageChange | null> {
  const [previousMoment, currentMoment] = trendMoments(2, now);
  if (!previousMoment || !currentMoment) return null;
  const previousByTeam = await previousMonth(db, snapshot, now);
  const previous = zero();
  for (const teamId of scope.teamIds) {
    const totals = previousByTeam.get(teamId);
    if (totals) add(previous, totals, 1);
  }
  const current = zero();
  for (const coverage of scope.currentCoverage) add(current, coverage.summary, 1);
  // Archived teams are in the trend's scope; those archived this month still count now.
  const archivedNow = scope.teamIds.filter((id) => {
    const archivedAt = snapshot.archivedTeams.get(id)?.archivedAt;
    return archivedAt !== undefined && archivedAt >= currentMoment.start;
  });
  if (archivedNow.length > 0) {
    const rows = await loadTrendRows(db, snapshot, archivedNow, trendWindowStart(1, now), now);
    const teams = trendTeamsAt(rows, { at: now, start: currentMoment.start }, true);
    add(current, trendTotals(computeOrganisationCoverage({ teams, roles: snapshot.roles })), 1);
  }
  const delta = zero();
  add(delta, current, 1);
  add(delta, previous, -1);
  return { since: previousMoment.month, delta };
}

/**
 * Brings last month's point up to the snapshot's version, as `coverageChange` would: a reader does
 * this before it waits for the overview's build, so that the build (which readers queue for, one at
 * a time) computes without waiting for the database.
 */
export async function prepareCoverageChange(db: Db, snapshot: CoverageSnapshot, now = new Date()) {
  await previousMonth(db, snapshot, now);
}

/** Adds `totals` (a team's summary counts as the trend does: certificate requirements included, rule 10). */
function add(into: Totals, totals: Totals, sign: 1 | -1) {
  for (const key of TOTAL_KEYS) into[key] += sign * totals[key];
}

/** Last month's point of every team (archived ones too), at a data version. */
type PreviousMonth = { month: string; version: number; syncedAt: number; byTeam: Map<string, Totals> };
type Caches = {
  months: Map<string, PreviousMonth>;
  updating: Map<string, Promise<PreviousMonth>>;
  /** When this process last stored the organisation's point. */
  stored: Map<string, number>;
};
const cachesByDb = new WeakMap<object, Caches>();
/** Unsynced for an hour: recompute (the log keeps a day; more than 5,000 changed rows: readChangeLog). */
const MAX_UNSYNCED_MS = 3600_000;
/**
 * A stored point older than this is recomputed rather than patched: the change log keeps a day
 * (pruned by `createdAt`), so every change after a point stored within 12 hours is still in it.
 */
const MAX_STORED_AGE_MS = 12 * 3600_000;
/** A point patched since it was read or stored is stored again at most this often per process. */
const STORE_INTERVAL_MS = 10 * 60_000;

function cachesOf(db: Db): Caches {
  let caches = cachesByDb.get(db);
  if (!caches) {
    caches = { months: new Map(), updating: new Map(), stored: new Map() };
    cachesByDb.set(db, caches);
  }
  return caches;
}

/** Forgets the points kept in memory for this client, as a new process starts (tests). */
export function forgetPreviousMonths(db: Db) {
  cachesOf(db).months.clear();
}

async function previousMonth(db: Db, snapshot: CoverageSnapshot, now: Date): Promise<Map<string, Totals>> {
  const { months, updating, stored } = cachesOf(db);
  const organisationId = snapshot.organisationId;
  const month = trendMoments(2, now)[0]?.month ?? '';
  const isCurrent = (entry: PreviousMonth | undefined, version = snapshot.dataVersion) =>
    entry !== undefined && entry.month === month && entry.version >= version;
  const cached = months.get(organisationId);
  if (cached && isCurrent(cached)) {
    cached.syncedAt = Math.max(cached.syncedAt, now.getTime());
    return cached.byTeam;
  }
  // One update at a time per organisation (updates change the map in place).
  const next = (updating.get(organisationId) ?? Promise.resolve(undefined))
    .catch(() => undefined)
    .then(async () => {
      const entry = months.get(organisationId);
      if (entry && isCurrent(entry)) return entry;
      const kept =
        entry !== undefined && entry.month === month && now.getTime() - entry.syncedAt < MAX_UNSYNCED_MS
          ? entry
          : undefined;
      try {
        // Nothing usable in memory (a new process, a new month): the point another process (or an
        // earlier one) stored, patched from the change log like our own.
        const base = kept ?? (await storedPreviousMonth(db, organisationId, month, snapshot, now));
        // The version the point is brought to, read before this update reads the database: later
        // writes may patch the snapshot meanwhile, and the point must not claim what it did not read.
        const version = snapshot.dataVersion;
        const updated =
          base === undefined
            ? {
                ...(await computePreviousMonth(db, snapshot, allTeamIds(snapshot), new Map(), now)),
                patched: false,
              }
            : isCurrent(base, version)
              ? { byTeam: base.byTeam, whole: false, patched: false }
              : { ...(await patchPreviousMonth(db, snapshot, base, now, version)), patched: true };
        const result = { byTeam: updated.byTeam, month, version, syncedAt: now.getTime() };
        months.set(organisationId, result);
        // A whole recomputation is what a new process should not repeat: store it. A patched point
        // is stored too, at most every 10 minutes and without waiting, so that the next process's
        // patch (from the stored version) stays small.
        if (updated.whole) {
          stored.set(organisationId, now.getTime());
          await storePreviousMonth(db, organisationId, result);
        } else if (updated.patched) {
          storeNowAndThen(db, organisationId, result);
        }
      } catch (error) {
        months.delete(organisationId);
        throw error;
      }
      return months.get(organisationId) as PreviousMonth;
    })
    .finally(() => {
      if (updating.get(organisationId) === next) updating.delete(organisationId);
    });
  updating.set(organisationId, next);
  return (await next).byTeam;
}

async function storedPreviousMonth(
  db: Db,
  organisationId: string,
  month: string,
  snapshot: CoverageSnapshot,
  now: Date,
): Promise<PreviousMonth | undefined> {
  const stored = await readMonthPoints(db, organisationId, month);
  if (!stored) return undefined;
  const usable =
    stored.version >= snapshot.dataVersion || now.getTime() - stored.computedAt < MAX_STORED_AGE_MS;
  return usable ? { ...stored, month, syncedAt: stored.computedAt } : undefined;
}

/** A patched point, stored at most every 10 minutes per process and without waiting. */
function storeNowAndThen(db: Db, organisationId: string, point: PreviousMonth) {
  const { stored } = cachesOf(db);
  if (point.syncedAt - (stored.get(organisationId) ?? 0) <= STORE_INTERVAL_MS) return;
  stored.set(organisationId, point.syncedAt);
  void storePreviousMonth(db, organisationId, point);
}

/** Storing is an optimisation for the next process: a failure leaves the figures in memory correct. */
async function storePreviousMonth(db: Db, organisationId: string, point: PreviousMonth) {
  try {
    await writeMonthPoints(db, organisationId, point.month, {
      version: point.version,
      computedAt: point.syncedAt,
      byTeam: point.byTeam,
    });
  } catch {
    // The next process recomputes, as it did before points were stored.
  }
}

const allTeamIds = (snapshot: CoverageSnapshot) => [
  ...snapshot.teams.keys(),
  ...snapshot.archivedTeams.keys(),
];

/**
 * Last month's point of `teamIds` (and of every team `peopleOf` were in during the window) by the
 * trend's rule, written into `byTeam`; `whole`: every team.
 */
async function computePreviousMonth(
  db: Db,
  snapshot: CoverageSnapshot,
  teamIds: string[],
  byTeam: Map<string, Totals>,
  now: Date,
  whole = true,
  peopleOf: readonly string[] = [],
): Promise<{ byTeam: Map<string, Totals>; whole: boolean }> {
  const [moment] = trendMoments(2, now);
  if (!moment || (teamIds.length === 0 && peopleOf.length === 0)) return { byTeam, whole };
  const rows = await loadTrendRows(db, snapshot, teamIds, trendWindowStart(2, now), now, peopleOf);
  measurePreviousMonth(snapshot, rows, teamIds, byTeam, moment);
  return { byTeam, whole };
}

/** Writes into `byTeam` last month's figures of `teamIds` and of the teams `rows` hold. */
function measurePreviousMonth(
  snapshot: CoverageSnapshot,
  rows: TrendRows,
  teamIds: readonly string[],
  byTeam: Map<string, Totals>,
  moment: { at: Date; start: Date },
) {
  const coverage = computeOrganisationCoverage({
    teams: trendTeamsAt(rows, moment, false),
    roles: snapshot.roles,
  });
  // A team gone from the snapshot (deleted, or found through its people but created since) drops out.
  for (const teamId of teamIds) byTeam.delete(teamId);
  for (const teamId of rows.resolvedTeamIds) byTeam.delete(teamId);
  // A team not measured last month (created since) counts zero, kept as such so that a stored
  // point names every team and an organisation without last-month figures is not recomputed.
  for (const teamId of rows.teamIds) byTeam.set(teamId, zero());
  for (const team of coverage.teams) {
    const totals = zero();
    for (const key of TOTAL_KEYS) totals[key] = team.summary[key];
    byTeam.set(team.teamId, totals);
  }
}

/** Drops the teams of a change set that are gone from the snapshot (deleted). */
function dropDeletedTeams(
  snapshot: CoverageSnapshot,
  teamIds: Iterable<string>,
  byTeam: Map<string, Totals>,
) {
  for (const teamId of teamIds) {
    if (!snapshot.teams.has(teamId) && !snapshot.archivedTeams.has(teamId)) byTeam.delete(teamId);
  }
}

/**
 * Recomputes the teams the change log names after `entry.version` up to `version`, directly or
 * through their people.
 */
async function patchPreviousMonth(
  db: Db,
  snapshot: CoverageSnapshot,
  entry: PreviousMonth,
  now: Date,
  version: number,
) {
  const organisationId = snapshot.organisationId;
  // The snapshot's own patches usually cover the versions (the point follows the snapshot); else the log.
  const changed =
    changesSince(snapshot, entry.version, version) ??
    (await readChangeLog(db, organisationId, entry.version, version));
  if (!changed) return computePreviousMonth(db, snapshot, allTeamIds(snapshot), new Map(), now);
  const { employeeIds } = changed;
  const teamIds = new Set(changed.teamIds);
  // Every team the people were in during the window, whichever membership changed: for a few people
  // found in the statement that reads the teams' rows, for many asked first.
  const peopleOf = employeeIds.size <= FEW_PEOPLE ? [...employeeIds] : [];
  if (peopleOf.length === 0 && employeeIds.size > 0) {
    const memberships = await db.teamMembership.findMany({
      where: {
        organisationId,
        employeeId: { in: [...employeeIds] },
        OR: [{ endDate: null }, { endDate: { gte: trendWindowStart(2, now) } }],
      },
      select: { teamId: true },
      distinct: ['teamId'],
    });
    for (const row of memberships) teamIds.add(row.teamId);
  }
  dropDeletedTeams(snapshot, teamIds, entry.byTeam);
  return computePreviousMonth(db, snapshot, [...teamIds], entry.byTeam, now, false, peopleOf);
}

/**
 * Last month's point follows a snapshot's patch in the patch's own statement: when the point in
 * memory is at the version the patch starts from (it followed the last one) and no update of it
 * runs, the rows of the teams the change names (and of the teams of the people it names) are read
 * with the snapshot's, and the point is brought to the patch's version right after it. A read after
 * a write then makes no round trip of its own for the change tile. Otherwise null: the point is
 * brought up to date by the reader (`prepareCoverageChange`), as before.
 */
export const previousMonthAlongside: PatchCompanion = (db, base, { from, to, changed, checkedAt }) => {
  const { months, updating } = cachesOf(db);
  const organisationId = base.organisationId;
  const now = new Date(checkedAt);
  const [moment] = trendMoments(2, now);
  const entry = months.get(organisationId);
  const follows = (point: PreviousMonth | undefined): point is PreviousMonth =>
    point !== undefined &&
    point === months.get(organisationId) &&
    point.month === moment?.month &&
    point.version === from &&
    !updating.has(organisationId) &&
    checkedAt - point.syncedAt < MAX_UNSYNCED_MS;
  if (!moment || !follows(entry) || changed.employeeIds.size > FEW_PEOPLE) return null;
  const teamIds = [...changed.teamIds];
  const peopleOf = [...changed.employeeIds];
  const followed = () => {
    const point = { ...entry, version: to, syncedAt: checkedAt };
    months.set(organisationId, point);
    storeNowAndThen(db, organisationId, point);
  };
  if (teamIds.length === 0 && peopleOf.length === 0) return { queries: {}, apply: followed };
  const read = trendRowsRead(organisationId, teamIds, trendWindowStart(2, now), now, peopleOf);
  return {
    queries: read.queries,
    apply: (packed, patched) => {
      // Another update started meanwhile: it brings the point up to date itself.
      if (!follows(entry)) return;
      try {
        dropDeletedTeams(patched, teamIds, entry.byTeam);
        const rows = read.rows(packed as Parameters<typeof read.rows>[0], patched);
        measurePreviousMonth(patched, rows, teamIds, entry.byTeam, moment);
      } catch {
        // Half-measured: the reader computes the point afresh.
        months.delete(organisationId);
        return;
      }
      followed();
    },
  };
};

/** Up to this many changed people, their teams are found in the same statement as the teams' rows. */
const FEW_PEOPLE = 100;
