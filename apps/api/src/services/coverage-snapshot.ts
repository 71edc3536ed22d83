import { channel } from 'node:diagnostics_channel';
import { Prisma } from '../generated/prisma/client.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { evictCachedOrganisation } from './coverage-cache-eviction.ts';
import { readCheckpoint, scheduleCheckpoint } from './coverage-checkpoint.ts';
import { certificateLabelsOf, rolesOf } from './coverage-snapshot-entries.ts';
import { patch, utcDay } from './coverage-snapshot-patch.ts';
import { type AlongsideQueries, loadRows } from './coverage-snapshot-rows.ts';
import type { AppliedChanges, CoverageSnapshot, SnapshotState } from './coverage-snapshot-types.ts';

export type { PendingLevel } from './coverage-levels.ts';
export { toRequirement } from './coverage-snapshot-entries.ts';
export type { CoverageSnapshot } from './coverage-snapshot-types.ts';

/**
 * Per database client, i.e. per app instance: two instances in one process (the coherence test)
 * keep their own caches, as two API processes would.
 */
type Caches = {
  cache: Map<string, CoverageSnapshot>;
  loading: Map<string, Promise<CoverageSnapshot>>;
  lastPruned: Map<string, number>;
};
const cachesByDb = new WeakMap<object, Caches>();
function cachesOf(db: Db): Caches {
  let caches = cachesByDb.get(db);
  if (!caches) {
    caches = { cache: new Map(), loading: new Map(), lastPruned: new Map() };
    cachesByDb.set(db, caches);
  }
  return caches;
}
/** More changed rows than this since the cached version: a full reload is cheaper than a patch. */
const MAX_PATCH_CHANGES = 5_000;
/** The change log keeps a day; a cache not brought up to date for an hour reloads in full. */
const CHANGE_LOG_RETENTION_MS = 24 * 3600_000;
const MAX_UNSYNCED_MS = 3600_000;

/** Cache hits and rebuilds, published for the metrics (plugins/app/metrics.ts) without depending on them. */
export const snapshotChannel = channel('teamspiegel:coverage-snapshot');
export type SnapshotEvent = { hit: true } | { hit: false; seconds: number; patched?: boolean };

/**
 * The organisation's snapshot at its current dataVersion (one indexed query when the cache is
 * current). When the version moved, the rows of the change log (CoverageChange, written by
 * triggers in the transaction of each change) since the cached version name the employees and
 * teams to reload; only those are read again and only their teams are rebuilt, so the engine
 * recomputes only those teams (`memo`). A new day (memberships start and end by date), a changed
 * role definition, a very large change or a cache older than the change log's window reload in full.
 */
export async function coverageSnapshot(
  db: Db,
  organisationId: string,
  alongside?: PatchCompanion,
): Promise<CoverageSnapshot> {
  const { cache, loading } = cachesOf(db);
  const seen = cache.get(organisationId);
  const { version, reassessmentMonths, checkedAt, logged } = await latestVersion(
    db,
    organisationId,
    seen?.dataVersion ?? null,
  );
  const day = utcDay(checkedAt);
  const cached = cache.get(organisationId);
  // A cache at a later version than this read saw is newer still: every write acknowledged
  // before the read began is in it.
  if (cached && holds(cached, version, day)) {
    // Confirmed current now: the change log still covers everything after it.
    cached.syncedAt = Math.max(cached.syncedAt, checkedAt);
    // The cycle is a setting whose change bumps the version: only a read of the cache's own version
    // may set it (one that read an older version must not put back an older cycle).
    if (version === cached.dataVersion) cached.reassessmentMonths = reassessmentMonths;
    if (snapshotChannel.hasSubscribers) snapshotChannel.publish({ hit: true } satisfies SnapshotEvent);
    return cached;
  }

  // One update at a time per organisation: a patch changes the cached maps in place (so its cost
  // does not grow with the organisation), so two must not interleave. Whoever waits finds the cache
  // already at (or past) its version and returns at once.
  const behind = loading.get(organisationId);
  const previous = behind ?? Promise.resolve(cached as CoverageSnapshot);
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const current = cache.get(organisationId);
      if (current && holds(current, version, day)) {
        if (version === current.dataVersion) current.reassessmentMonths = reassessmentMonths;
        return current;
      }
      // Coalescing: an update that waited behind another brings the cache to the organisation's
      // version *now*, not to the older one this reader saw. A newer version holds every write
      // acknowledged before any waiting read began, so one patch (and one build per view, keyed by
      // the version) serves every reader queued meanwhile, instead of one patch per version.
      const target = behind ? await latestVersion(db, organisationId, current?.dataVersion ?? null) : null;
      const targetVersion = target?.version ?? version;
      const targetMonths = target ? target.reassessmentMonths : reassessmentMonths;
      const syncedAt = target?.checkedAt ?? checkedAt;
      const targetDay = utcDay(syncedAt);
      const started = performance.now();
      const patchable = current && current.day === targetDay && syncedAt - current.syncedAt < MAX_UNSYNCED_MS;
      let snapshot: CoverageSnapshot;
      try {
        snapshot = patchable
          ? await syncSnapshot(
              db,
              current,
              targetVersion,
              syncedAt,
              target ? target.logged : logged,
              alongside,
            )
          : await startSnapshot(db, organisationId, targetVersion, syncedAt);
      } catch (error) {
        // A patch that failed half-way leaves nothing to trust: the next read loads in full.
        cache.delete(organisationId);
        throw error;
      }
      if (snapshotChannel.hasSubscribers) {
        const seconds = (performance.now() - started) / 1000;
        snapshotChannel.publish({ hit: false, seconds, patched: Boolean(patchable) } satisfies SnapshotEvent);
      }
      snapshot.reassessmentMonths = targetMonths;
      cache.set(organisationId, snapshot);
      evictCachedOrganisation(cache, organisationId);
      // For the next process: the checkpoint, written later and off this request's path.
      scheduleCheckpoint(db, () => cache.get(organisationId), organisationId);
      return snapshot;
    })
    .finally(() => {
      if (loading.get(organisationId) === next) loading.delete(organisationId);
    });
  loading.set(organisationId, next);
  return next;
}

/**
 * The snapshot in memory when it is already at `version` or later (a reader brought it there), else
 * read as `coverageSnapshot` reads it: a build that follows readers who each read the database needs
 * no round trip of its own to serve them.
 */
export function snapshotAtLeast(
  db: Db,
  organisationId: string,
  version: number,
  alongside?: PatchCompanion,
): Promise<CoverageSnapshot> {
  const cached = cachesOf(db).cache.get(organisationId);
  if (cached && holds(cached, version, utcDay(Date.now()))) return Promise.resolve(cached);
  return coverageSnapshot(db, organisationId, alongside);
}

/** Whether the cached snapshot holds every write up to `version`, measured on `day`. */
function holds(snapshot: CoverageSnapshot, version: number, day: string): boolean {
  return snapshot.dataVersion >= version && snapshot.day === day;
}

/**
 * The organisation's version and reassessment cycle at this moment (read by every reader, and again
 * by an update that waited), and what the change log names after the version `since` (the cache's)
 * up to it: a read after a write learns what to reload in the same round trip. One statement sees
 * one state of the database, so the log matches the version exactly. Raw SQL: on every coverage
 * read, a Prisma model query cost twice the CPU.
 */
async function latestVersion(db: Db, organisationId: string, since: number | null) {
  const checkedAt = Date.now();
  const changes =
    since === null
      ? Prisma.sql`NULL::json`
      : changeLogRows(organisationId, since, Prisma.sql`organisation."dataVersion"`);
  const [organisation] = await db.$queryRaw<
    Array<{ dataVersion: number; reassessmentMonths: number | null; changes: ChangeRow[] | null }>
  >`
    SELECT organisation."dataVersion", organisation."reassessmentMonths", ${changes} AS changes
    FROM "Organisation" organisation WHERE organisation.id = ${organisationId}::uuid`;
  if (!organisation) throw new Error(`organisation ${organisationId} vanished`);
  const version = organisation.dataVersion;
  const logged: LoggedChanges | null =
    since === null || version <= since
      ? null
      : { from: since, to: version, changed: changeSetOf(organisation.changes) };
  return { version, reassessmentMonths: organisation.reassessmentMonths, checkedAt, logged };
}

/** Forgets the snapshots cached for this client (tests measure cold starts with it). */
export function clearCoverageSnapshots(db: Db) {
  cachesOf(db).cache.clear();
}

/** Everything of the organisation, read afresh (also what the equality tests compare with). */
export async function loadSnapshot(
  db: Db,
  organisationId: string,
  dataVersion: number,
  syncedAt = Date.now(),
): Promise<CoverageSnapshot> {
  const day = utcDay(syncedAt);
  const rows = await loadRows(db, organisationId, null, null, true, day);
  const empty: SnapshotState = { employees: new Map(), teams: new Map(), teamEmployees: new Map() };
  const base: CoverageSnapshot = {
    organisationId,
    dataVersion,
    day: utcDay(syncedAt),
    syncedAt,
    teams: new Map(),
    pendingTeams: new Map(),
    pending: new Map(),
    pendingChangesInTeams: 0,
    archivedTeams: new Map(),
    sites: new Map(),
    siteRequirements: new Map(),
    siteExemptions: new Map(),
    members: new Map(),
    people: new Map(),
    roles: [],
    roleLabels: new Map(),
    reassessmentMonths: null,
    measuredOn: day,
    certificateLabels: certificateLabelsOf(rows.certificateTypes ?? []),
    memo: new WeakMap(),
    appliedChanges: [],
    state: empty,
  };
  const roles = rolesOf(rows.roleRows ?? []);
  return patch(
    { ...base, roles: roles.roles, roleLabels: roles.roleLabels },
    dataVersion,
    syncedAt,
    rows,
    new Set(rows.employees?.map((row) => row.id)),
    new Set(rows.teams?.map((row) => row.id)),
  );
}

/**
 * Nothing usable in memory: the stored checkpoint brought to `version` through the change log
 * (coverage-checkpoint.ts), or, without one fit to use, everything loaded afresh.
 */
async function startSnapshot(db: Db, organisationId: string, version: number, checkedAt: number) {
  const stored = await readCheckpoint(db, organisationId, version, utcDay(checkedAt), checkedAt);
  if (!stored) return loadSnapshot(db, organisationId, version, checkedAt);
  return stored.dataVersion >= version ? stored : syncSnapshot(db, stored, version, checkedAt);
}

/**
 * Another cache kept current by the same changes as the snapshot (last month's point of the change
 * tile, coverage-change.ts): given a patch's change set before it is read, the queries it needs read
 * in the patch's own statement, and what to do with their rows once the snapshot is patched; or
 * null when it cannot follow this patch (then it reads for itself later, as without it).
 */
export type PatchCompanion = (
  db: Db,
  base: CoverageSnapshot,
  patch: { from: number; to: number; changed: ChangeSet; checkedAt: number },
) => {
  queries: AlongsideQueries;
  apply: (read: Record<string, unknown[]>, patched: CoverageSnapshot) => void;
} | null;

/**
 * The cached snapshot brought to `version` by reloading what the change log names (and, with a
 * companion, that cache's rows in the same statement).
 */
async function syncSnapshot(
  db: Db,
  base: CoverageSnapshot,
  version: number,
  checkedAt: number,
  logged: LoggedChanges | null = null,
  alongside?: PatchCompanion,
): Promise<CoverageSnapshot> {
  const organisationId = base.organisationId;
  const from = base.dataVersion;
  // Read with the version when it covers exactly these versions; else (the cache moved meanwhile) asked now.
  const changed =
    logged && logged.from === from && logged.to === version
      ? logged.changed
      : await readChangeLog(db, organisationId, from, version);
  if (!changed) return loadSnapshot(db, organisationId, version, checkedAt);
  const { lastPruned } = cachesOf(db);
  if (checkedAt - (lastPruned.get(organisationId) ?? 0) > MAX_UNSYNCED_MS) {
    lastPruned.set(organisationId, checkedAt);
    await db.coverageChange.deleteMany({
      where: { organisationId, createdAt: { lt: new Date(checkedAt - CHANGE_LOG_RETENTION_MS) } },
    });
  }
  const { employeeIds, teamIds, sites } = changed;
  const companion = alongside?.(db, base, { from, to: version, changed, checkedAt }) ?? null;
  const rows = await loadRows(
    db,
    organisationId,
    [...employeeIds],
    [...teamIds],
    sites,
    base.day,
    companion?.queries,
  );
  const patched = patch(base, version, checkedAt, rows, employeeIds, teamIds);
  // In the same synchronous run as the patch: a reader sees the version and its change sets agree.
  const applied = patched.appliedChanges;
  applied.push({ from, to: version, employeeIds: [...employeeIds], teamIds: [...teamIds] });
  if (applied.length > KEPT_CHANGE_SETS) applied.splice(0, applied.length - KEPT_CHANGE_SETS);
  if (companion && rows.alongside) companion.apply(rows.alongside, patched);
  return patched;
}

/** The employees and teams a range of the change log names, and whether a site changed. */
export type ChangeSet = { employeeIds: Set<string>; teamIds: Set<string>; sites: boolean };
/** What the change log names after version `from` up to `to` (`changed` null: only a full reload will do). */
type LoggedChanges = { from: number; to: number; changed: ChangeSet | null };
/** One distinct row of the change log: scope, employee, team. */
type ChangeRow = [string, string | null, string | null];

/**
 * The distinct rows of the change log after version `from` up to `to`, as a JSON array; at most one
 * more than a patch takes, enough to tell that it would take too many.
 */
function changeLogRows(organisationId: string, from: number, to: Prisma.Sql) {
  return Prisma.sql`(SELECT json_agg(json_build_array(scope, "employeeId", "teamId")) FROM (
      SELECT DISTINCT scope, "employeeId", "teamId" FROM "CoverageChange"
      WHERE "organisationId" = ${organisationId}::uuid AND version > ${from} AND version <= ${to}
      LIMIT ${MAX_PATCH_CHANGES + 1}) AS changes)`;
}

/** Null when only a full reload will do: a role changed, or more than 5,000 rows changed. */
function changeSetOf(rows: ChangeRow[] | null): ChangeSet | null {
  const changes = rows ?? [];
  if (changes.length > MAX_PATCH_CHANGES || changes.some(([scope]) => scope === 'role')) return null;
  const employeeIds = new Set<string>();
  const teamIds = new Set<string>();
  let sites = false;
  for (const [scope, employeeId, teamId] of changes) {
    if (employeeId) employeeIds.add(employeeId);
    if (teamId) teamIds.add(teamId);
    if (scope === 'site') sites = true;
  }
  return { employeeIds, teamIds, sites };
}

/**
 * The employees and teams the change log names after version `from` up to `to`, and whether a site
 * changed; null when only a full reload will do (a role changed, or more than 5,000 rows changed).
 * Read by a snapshot's patch and by last month's point (coverage-change.ts).
 */
export async function readChangeLog(
  db: Db,
  organisationId: string,
  from: number,
  to: number,
): Promise<ChangeSet | null> {
  const [row] = await db.$queryRaw<Array<{ changes: ChangeRow[] | null }>>`
    SELECT ${changeLogRows(organisationId, from, Prisma.sql`${to}`)} AS changes`;
  return changeSetOf(row?.changes ?? null);
}

/** Patches whose change sets a snapshot keeps for last month's point (coverage-change.ts). */
const KEPT_CHANGE_SETS = 64;

/**
 * The employees and teams the change log named after version `from` up to `to`, from the snapshot's
 * own patches; null when they do not cover exactly that range (then read the log).
 */
export function changesSince(
  snapshot: CoverageSnapshot,
  from: number,
  to: number,
): { employeeIds: Set<string>; teamIds: Set<string> } | null {
  const employeeIds = new Set<string>();
  const teamIds = new Set<string>();
  let reached = to;
  const applied: readonly AppliedChanges[] = snapshot.appliedChanges;
  for (let i = applied.length - 1; i >= 0 && reached > from; i--) {
    const set = applied[i] as AppliedChanges;
    if (set.from >= to) continue; // patched after `to`
    if (set.to !== reached) return null;
    for (const id of set.employeeIds) employeeIds.add(id);
    for (const id of set.teamIds) teamIds.add(id);
    reached = set.from;
  }
  return reached === from ? { employeeIds, teamIds } : null;
}
