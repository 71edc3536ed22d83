import { channel } from 'node:diagnostics_channel';
import {
  certificateProjectionHorizon,
  type TDevelopmentTarget,
  type TExemptionInput,
  type TeamCoverageMemo,
  type TMemberInput,
  type TRequirement,
  type TRoleDefinition,
  type TTeamInput,
  type TVacancy,
  ZRoleDefinition,
} from '@teamspiegel/domain';
import { isoDate } from '../lib/http.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { activeMembershipWhere } from './access.ts';
import { type PendingLevel, validatedLevels, withPending } from './coverage-levels.ts';
import { exemptionInput } from './exemptions.ts';

export type { PendingLevel } from './coverage-levels.ts';

type SnapshotTeam = TTeamInput & { siteId: string; name: string };

/**
 * Everything the gap engine needs for one organisation, loaded in a fixed number of queries
 * (no N+1) and cached per organisation and dataVersion; when the version moves, only what the
 * change log names is reloaded (see coverageSnapshot). The engine itself is pure and fast; this
 * keeps the database out of the hot path.
 */
export type CoverageSnapshot = {
  organisationId: string;
  dataVersion: number;
  /** Teams with validated levels only: what every figure counts (docs/coverage-rules.md, rule 4). */
  teams: Map<string, SnapshotTeam>;
  /** Archived teams: out of every current figure; the trend measures them for the months they existed. */
  archivedTeams: Map<string, { siteId: string; name: string }>;
  /** The same teams as if every pending self-assessment were approved (`?include=pending`). */
  pendingTeams: Map<string, SnapshotTeam>;
  /** Self-assessed levels waiting for validation, per employee. */
  pending: Map<string, PendingLevel[]>;
  /** Pending self-assessments of everyone in at least one team (the whole organisation's count). */
  pendingChangesInTeams: number;
  sites: Map<string, string>;
  /** Active employees that belong to at least one team or have development targets (validated levels). */
  members: Map<string, TMemberInput>;
  people: Map<string, { name: string; teamIds: string[] }>;
  roles: TRoleDefinition[];
  roleLabels: Map<string, { nl: string; en: string; key: string }>;
  /** The organisation's reassessment cycle in months (rule 11), read with every version check. */
  reassessmentMonths: number | null;
  /** The day certificate requirements are measured on (the snapshot's day: a new day reloads). */
  measuredOn: string;
  certificateLabels: Map<string, { nl: string; en: string; code: string }>;
  /** The UTC day it was built on: memberships start and end by date, so a new day reloads. */
  day: string;
  /** When its version was last confirmed against the database (ms since the epoch). */
  syncedAt: number;
  /** The engine's per-team results, valid for these roles (a role change reloads in full). */
  memo: TeamCoverageMemo;
  /** Per employee and team, what a patch needs (services-internal). */
  state: SnapshotState;
};

type MutableMember = {
  employeeId: string;
  fte: number;
  levels: Record<string, string>;
  competencies: Record<string, number>;
  circles: string[];
  roleIds?: string[];
  development: TDevelopmentTarget[];
  certificates?: { certificateTypeId: string; expiresOn: string | null }[];
  levelsValidatedOn?: Record<string, string>;
};

/** What the snapshot keeps per active employee, so that a change reloads only the people it touched. */
type EmployeeEntry = {
  member: TMemberInput;
  name: string;
  /** Teams of the current memberships, sorted, each once. */
  teamIds: string[];
  /** Roles held in one team only (rule 3), per team. */
  teamRoles: Map<string, string[]>;
};
type TeamEntry = {
  siteId: string;
  name: string;
  requirements: TRequirement[];
  vacancies: TVacancy[];
  exemptions: TExemptionInput[];
};
type SnapshotState = {
  employees: Map<string, EmployeeEntry>;
  teams: Map<string, TeamEntry>;
  /** Active members per team, sorted by employee id. */
  teamEmployees: Map<string, string[]>;
};

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
const MAX_CACHED_ORGANISATIONS = 50;
/** More changed rows than this since the cached version: a full reload is cheaper than a patch. */
const MAX_PATCH_CHANGES = 5_000;
/** The change log keeps a day; a cache not brought up to date for an hour reloads in full. */
const CHANGE_LOG_RETENTION_MS = 24 * 3600_000;
const MAX_UNSYNCED_MS = 3600_000;

/** Cache hits and rebuilds, published for the metrics (plugins/app/metrics.ts) without depending on them. */
export const snapshotChannel = channel('teamspiegel:coverage-snapshot');
export type SnapshotEvent = { hit: true } | { hit: false; seconds: number; patched?: boolean };

const ZRoleBundle = ZRoleDefinition.pick({ requirements: true, competencies: true });

const utcDay = (time = Date.now()) => new Date(time).toISOString().slice(0, 10);

/**
 * The organisation's snapshot at its current dataVersion (one indexed query when the cache is
 * current). When the version moved, the rows of the change log (CoverageChange, written by
 * triggers in the transaction of each change) since the cached version name the employees and
 * teams to reload; only those are read again and only their teams are rebuilt, so the engine
 * recomputes only those teams (`memo`). A new day (memberships start and end by date), a changed
 * role definition, a very large change or a cache older than the change log's window reload in full.
 */
export async function coverageSnapshot(db: Db, organisationId: string): Promise<CoverageSnapshot> {
  const { cache, loading } = cachesOf(db);
  const checkedAt = Date.now();
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { dataVersion: true, reassessmentMonths: true },
  });
  if (!organisation) throw new Error(`organisation ${organisationId} vanished`);
  const reassessmentMonths = organisation.reassessmentMonths;
  const version = organisation.dataVersion;
  const day = utcDay(checkedAt);
  const cached = cache.get(organisationId);
  // A cache at a later version than this read saw is newer still: every write acknowledged
  // before the read began is in it.
  if (cached && cached.dataVersion >= version && cached.day === day) {
    // Confirmed current now: the change log still covers everything after it.
    cached.syncedAt = Math.max(cached.syncedAt, checkedAt);
    cached.reassessmentMonths = reassessmentMonths;
    if (snapshotChannel.hasSubscribers) snapshotChannel.publish({ hit: true } satisfies SnapshotEvent);
    return cached;
  }

  // One update at a time per organisation: a patch changes the cached maps in place (so its cost
  // does not grow with the organisation), so two must not interleave. Whoever waits finds the cache
  // already at (or past) its version and returns at once.
  const previous = loading.get(organisationId) ?? Promise.resolve(cached as CoverageSnapshot);
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const current = cache.get(organisationId);
      if (current && current.dataVersion >= version && current.day === day) {
        current.reassessmentMonths = reassessmentMonths;
        return current;
      }
      const started = performance.now();
      const patchable = current && current.day === day && checkedAt - current.syncedAt < MAX_UNSYNCED_MS;
      let snapshot: CoverageSnapshot;
      try {
        snapshot = patchable
          ? await syncSnapshot(db, current, version, checkedAt)
          : await loadSnapshot(db, organisationId, version, checkedAt);
      } catch (error) {
        // A patch that failed half-way leaves nothing to trust: the next read loads in full.
        cache.delete(organisationId);
        throw error;
      }
      if (snapshotChannel.hasSubscribers) {
        const seconds = (performance.now() - started) / 1000;
        snapshotChannel.publish({ hit: false, seconds, patched: Boolean(patchable) } satisfies SnapshotEvent);
      }
      if (cache.size >= MAX_CACHED_ORGANISATIONS && !cache.has(organisationId)) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      snapshot.reassessmentMonths = reassessmentMonths;
      cache.set(organisationId, snapshot);
      return snapshot;
    })
    .finally(() => {
      if (loading.get(organisationId) === next) loading.delete(organisationId);
    });
  loading.set(organisationId, next);
  return next;
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
    members: new Map(),
    people: new Map(),
    roles: [],
    roleLabels: new Map(),
    reassessmentMonths: null,
    measuredOn: day,
    certificateLabels: certificateLabelsOf(rows.certificateTypes ?? []),
    memo: new WeakMap(),
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

/** The cached snapshot brought to `version` by reloading what the change log names. */
async function syncSnapshot(
  db: Db,
  base: CoverageSnapshot,
  version: number,
  checkedAt: number,
): Promise<CoverageSnapshot> {
  const organisationId = base.organisationId;
  const changes = await db.coverageChange.findMany({
    where: { organisationId, version: { gt: base.dataVersion, lte: version } },
    select: { scope: true, employeeId: true, teamId: true },
    distinct: ['scope', 'employeeId', 'teamId'],
    take: MAX_PATCH_CHANGES + 1,
  });
  if (changes.length > MAX_PATCH_CHANGES || changes.some((change) => change.scope === 'role')) {
    return loadSnapshot(db, organisationId, version, checkedAt);
  }
  const { lastPruned } = cachesOf(db);
  if (checkedAt - (lastPruned.get(organisationId) ?? 0) > MAX_UNSYNCED_MS) {
    lastPruned.set(organisationId, checkedAt);
    await db.coverageChange.deleteMany({
      where: { organisationId, createdAt: { lt: new Date(checkedAt - CHANGE_LOG_RETENTION_MS) } },
    });
  }
  const employeeIds = new Set<string>();
  const teamIds = new Set<string>();
  let sites = false;
  for (const change of changes) {
    if (change.employeeId) employeeIds.add(change.employeeId);
    if (change.teamId) teamIds.add(change.teamId);
    if (change.scope === 'site') sites = true;
  }
  const rows = await loadRows(db, organisationId, [...employeeIds], [...teamIds], sites, base.day);
  return patch(base, version, checkedAt, rows, employeeIds, teamIds);
}

type Rows = Awaited<ReturnType<typeof loadRows>>;

/**
 * The engine's inputs of some employees and teams (all of them for `null`), in a fixed number of
 * queries. Ordered where order reaches the figures, so a partial and a full load build the same thing.
 */
async function loadRows(
  db: Db,
  organisationId: string,
  employeeIds: string[] | null,
  teamIds: string[] | null,
  withSites: boolean,
  day: string,
) {
  const scope = { organisationId };
  const ofEmployees = employeeIds === null ? {} : { employeeId: { in: employeeIds } };
  const ofTeams = teamIds === null ? {} : { teamId: { in: teamIds } };
  const anyEmployees = employeeIds === null || employeeIds.length > 0;
  const anyTeams = teamIds === null || teamIds.length > 0;
  const none = Promise.resolve(null);
  const [
    sites,
    teams,
    requirements,
    roleRows,
    memberships,
    employees,
    levels,
    ratings,
    contacts,
    ambitions,
    actions,
    vacancies,
    assignments,
    certificateTypes,
    certificates,
    exemptions,
  ] = await Promise.all([
    withSites
      ? db.site.findMany({ where: { ...scope, archivedAt: null }, select: { id: true, name: true } })
      : none,
    anyTeams
      ? db.team.findMany({
          where: { ...scope, ...(teamIds === null ? {} : { id: { in: teamIds } }) },
          select: { id: true, siteId: true, name: true, archivedAt: true },
        })
      : none,
    anyTeams
      ? db.teamRequirement.findMany({ where: { ...scope, ...ofTeams }, orderBy: { id: 'asc' } })
      : none,
    employeeIds === null
      ? db.roleDefinition.findMany({
          where: scope,
          select: {
            id: true,
            key: true,
            labelNl: true,
            labelEn: true,
            areaRequirements: true,
            competencyRequirements: true,
            areaMatch: true,
          },
        })
      : none,
    anyEmployees
      ? db.teamMembership.findMany({
          where: { ...scope, ...ofEmployees, ...activeMembershipWhere() },
          select: { teamId: true, employeeId: true },
        })
      : none,
    anyEmployees
      ? db.employee.findMany({
          where: {
            ...scope,
            ...(employeeIds === null ? {} : { id: { in: employeeIds } }),
            active: true,
            erasedAt: null,
          },
          select: { id: true, firstName: true, lastName: true, fte: true },
        })
      : none,
    anyEmployees
      ? db.areaLevel.findMany({
          where: { ...scope, ...ofEmployees, isCurrent: true },
          select: {
            id: true,
            employeeId: true,
            area: true,
            level: true,
            status: true,
            validatedAt: true,
            validFrom: true,
          },
        })
      : none,
    anyEmployees
      ? db.competencyRating.findMany({
          where: { ...scope, ...ofEmployees },
          select: { employeeId: true, competency: true, score: true },
        })
      : none,
    anyEmployees
      ? db.surroundingsContact.findMany({
          where: { ...scope, ...ofEmployees },
          select: { employeeId: true, circle: true },
          distinct: ['employeeId', 'circle'],
          orderBy: [{ employeeId: 'asc' }, { circle: 'asc' }],
        })
      : none,
    anyEmployees
      ? db.ambition.findMany({
          where: { ...scope, ...ofEmployees, status: 'active' },
          select: { id: true, employeeId: true, area: true, targetLevel: true, horizonDate: true },
          orderBy: { id: 'asc' },
        })
      : none,
    anyEmployees
      ? db.developmentAction.findMany({
          where: {
            ...scope,
            ...(employeeIds === null ? { employeeId: { not: null } } : ofEmployees),
            status: { in: ['planned', 'in_progress'] },
            area: { not: null },
            targetLevel: { not: null },
          },
          select: {
            id: true,
            employeeId: true,
            area: true,
            targetLevel: true,
            expectedEndDate: true,
            type: true,
          },
          orderBy: { id: 'asc' },
        })
      : none,
    // Rule 5: an open hire for a team is a vacancy, projected but never a person.
    anyTeams
      ? db.developmentAction.findMany({
          where: {
            ...scope,
            employeeId: null,
            type: 'werving',
            ...(teamIds === null ? { teamId: { not: null } } : ofTeams),
            status: { in: ['planned', 'in_progress'] },
            area: { not: null },
            targetLevel: { not: null },
          },
          select: { id: true, teamId: true, area: true, targetLevel: true, expectedEndDate: true },
          orderBy: { id: 'asc' },
        })
      : none,
    // Rule 3: role requirements count holders, i.e. active role assignments.
    anyEmployees
      ? db.roleAssignment.findMany({
          where: { ...scope, ...ofEmployees, ...activeMembershipWhere() },
          select: { employeeId: true, roleDefinitionId: true, teamId: true },
          orderBy: [{ roleDefinitionId: 'asc' }, { id: 'asc' }],
        })
      : none,
    // Rule 10: the catalogue's labels (a catalogue change reloads in full, like a role) ...
    employeeIds === null
      ? db.certificateType.findMany({
          where: scope,
          select: { id: true, code: true, labelNl: true, labelEn: true },
        })
      : none,
    // ... and the validated certificates obtained by the day and not expired before it.
    anyEmployees
      ? db.personCertificate.findMany({
          where: {
            ...scope,
            ...ofEmployees,
            status: 'validated',
            obtainedOn: { lte: new Date(`${day}T00:00:00Z`) },
            OR: [{ expiresOn: null }, { expiresOn: { gte: new Date(`${day}T00:00:00Z`) } }],
          },
          select: { employeeId: true, certificateTypeId: true, expiresOn: true },
          orderBy: [{ certificateTypeId: 'asc' }, { id: 'asc' }],
        })
      : none,
    // Rule 12: exemptions not ended and running today or later (the day's reload drops the past).
    anyTeams
      ? db.requirementExemption.findMany({
          where: { ...scope, ...ofTeams, endedAt: null, endsOn: { gte: new Date(`${day}T00:00:00Z`) } },
          select: {
            id: true,
            teamId: true,
            requirementId: true,
            employeeId: true,
            startsOn: true,
            endsOn: true,
          },
          orderBy: { id: 'asc' },
        })
      : none,
  ]);
  const validated = levels
    ? await validatedLevels(db, organisationId, levels)
    : { levelsOf: new Map(), validatedOnOf: new Map(), pending: new Map<string, PendingLevel[]>() };
  return {
    sites,
    teams,
    requirements,
    roleRows,
    memberships,
    employees,
    ratings,
    contacts,
    ambitions,
    actions,
    vacancies,
    assignments,
    certificateTypes,
    certificates,
    exemptions,
    ...validated,
  };
}

function rolesOf(roleRows: NonNullable<Rows['roleRows']>) {
  const roles: TRoleDefinition[] = [];
  const roleLabels: CoverageSnapshot['roleLabels'] = new Map();
  for (const row of roleRows) {
    const bundle = ZRoleBundle.safeParse({
      requirements: row.areaRequirements,
      competencies: row.competencyRequirements,
    });
    if (!bundle.success) continue;
    roles.push({ id: row.id, ...bundle.data, areaMatch: row.areaMatch });
    roleLabels.set(row.id, { nl: row.labelNl, en: row.labelEn, key: row.key });
  }
  return { roles, roleLabels };
}

/** Employee entries for the loaded employee rows (only active, not erased people are loaded). */
function employeeEntries(rows: Rows): Map<string, EmployeeEntry> {
  const entries = new Map<string, EmployeeEntry>();
  const mutable = new Map<string, MutableMember>();
  for (const employee of rows.employees ?? []) {
    const member: MutableMember = {
      employeeId: employee.id,
      fte: employee.fte,
      levels: {},
      competencies: {},
      circles: [],
      development: [],
    };
    mutable.set(employee.id, member);
    entries.set(employee.id, {
      member: member as unknown as TMemberInput,
      name: `${employee.firstName} ${employee.lastName}`,
      teamIds: [],
      teamRoles: new Map(),
    });
  }
  for (const row of rows.certificates ?? []) {
    const member = mutable.get(row.employeeId);
    if (!member) continue;
    member.certificates ??= [];
    member.certificates.push({ certificateTypeId: row.certificateTypeId, expiresOn: isoDate(row.expiresOn) });
  }
  for (const [employeeId, validated] of rows.levelsOf) {
    const member = mutable.get(employeeId);
    if (member) Object.assign(member.levels, validated);
  }
  // Rule 11: when each level was validated, for the figures without overdue levels.
  for (const [employeeId, days] of rows.validatedOnOf) {
    const member = mutable.get(employeeId);
    if (member) member.levelsValidatedOn = days;
  }
  // Roles held without a team count in every team of the holder; team roles only in that team.
  for (const row of rows.assignments ?? []) {
    const member = mutable.get(row.employeeId);
    const entry = entries.get(row.employeeId);
    if (!member || !entry) continue;
    if (row.teamId === null) {
      member.roleIds ??= [];
      member.roleIds.push(row.roleDefinitionId);
    } else {
      entry.teamRoles.set(row.teamId, [...(entry.teamRoles.get(row.teamId) ?? []), row.roleDefinitionId]);
    }
  }
  for (const row of rows.ratings ?? []) {
    const member = mutable.get(row.employeeId);
    if (member) member.competencies[row.competency] = row.score;
  }
  for (const row of rows.contacts ?? []) {
    mutable.get(row.employeeId)?.circles.push(row.circle);
  }
  for (const row of rows.ambitions ?? []) {
    mutable.get(row.employeeId)?.development.push({
      source: 'ambition',
      sourceId: row.id,
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.horizonDate),
    });
  }
  for (const row of rows.actions ?? []) {
    if (!row.area || !row.targetLevel || !row.employeeId) continue;
    mutable.get(row.employeeId)?.development.push({
      source: 'action',
      sourceId: row.id,
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.expectedEndDate),
      actionType: row.type,
    });
  }
  for (const row of rows.memberships ?? []) {
    const entry = entries.get(row.employeeId);
    // Two periods in the same team count once.
    if (entry && !entry.teamIds.includes(row.teamId)) entry.teamIds.push(row.teamId);
  }
  for (const entry of entries.values()) entry.teamIds.sort();
  return entries;
}

/** Team entries for the loaded current team rows (archived ones are left out), with their requirements and vacancies. */
function teamEntries(rows: Rows): Map<string, TeamEntry> {
  const entries = new Map<string, TeamEntry>();
  for (const team of rows.teams ?? []) {
    if (team.archivedAt !== null) continue;
    entries.set(team.id, {
      siteId: team.siteId,
      name: team.name,
      requirements: [],
      vacancies: [],
      exemptions: [],
    });
  }
  for (const row of rows.exemptions ?? []) entries.get(row.teamId)?.exemptions.push(exemptionInput(row));
  for (const row of rows.requirements ?? []) {
    const requirement = toRequirement(row);
    if (requirement) entries.get(row.teamId)?.requirements.push(requirement);
  }
  for (const row of rows.vacancies ?? []) {
    if (!row.area || !row.targetLevel || !row.teamId) continue;
    entries.get(row.teamId)?.vacancies.push({
      id: row.id,
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.expectedEndDate),
    });
  }
  return entries;
}

/**
 * The snapshot at `dataVersion`: `base` with the employees and teams named replaced by their loaded
 * rows (absent rows: gone), and only the teams they touch rebuilt. Unchanged team inputs stay the
 * same objects, so the engine's memo keeps their results.
 */
function patch(
  base: CoverageSnapshot,
  dataVersion: number,
  syncedAt: number,
  rows: Rows,
  employeeIds: Set<string>,
  teamIds: Set<string>,
): CoverageSnapshot {
  // In place: the cost of a patch follows the change, not the organisation. Patches of one
  // organisation run one at a time (coverageSnapshot), and each is synchronous from here on, so a
  // request computing a view sees the maps either before or after it, never half-way.
  const { state, members, people, pending, teams, pendingTeams } = base;
  let pendingChangesInTeams = base.pendingChangesInTeams;
  const affected = new Set(teamIds);
  const removed = new Map<string, Set<string>>();
  const added = new Map<string, string[]>();

  for (const employeeId of employeeIds) {
    const old = state.employees.get(employeeId);
    if (old && old.teamIds.length > 0) pendingChangesInTeams -= pending.get(employeeId)?.length ?? 0;
    if (old) {
      for (const teamId of old.teamIds) {
        affected.add(teamId);
        const set = removed.get(teamId) ?? new Set<string>();
        set.add(employeeId);
        removed.set(teamId, set);
      }
    }
    state.employees.delete(employeeId);
    members.delete(employeeId);
    people.delete(employeeId);
    pending.delete(employeeId);
  }
  for (const [employeeId, entry] of employeeEntries(rows)) {
    state.employees.set(employeeId, entry);
    members.set(employeeId, entry.member);
    people.set(employeeId, { name: entry.name, teamIds: entry.teamIds });
    const waiting = rows.pending.get(employeeId);
    if (waiting) pending.set(employeeId, waiting);
    if (waiting && entry.teamIds.length > 0) pendingChangesInTeams += waiting.length;
    for (const teamId of entry.teamIds) {
      affected.add(teamId);
      added.set(teamId, [...(added.get(teamId) ?? []), employeeId]);
    }
  }
  for (const teamId of teamIds) {
    state.teams.delete(teamId);
    base.archivedTeams.delete(teamId);
  }
  for (const [teamId, entry] of teamEntries(rows)) state.teams.set(teamId, entry);
  // An archived team leaves every current figure (no entry: it is dropped below); the trend still names it.
  for (const team of rows.teams ?? []) {
    if (team.archivedAt !== null) base.archivedTeams.set(team.id, { siteId: team.siteId, name: team.name });
  }

  for (const teamId of affected) {
    const entry = state.teams.get(teamId);
    if (!entry) {
      state.teamEmployees.delete(teamId);
      teams.delete(teamId);
      pendingTeams.delete(teamId);
      continue;
    }
    const gone = removed.get(teamId);
    const kept = (state.teamEmployees.get(teamId) ?? []).filter((id) => !gone?.has(id));
    const list = [...kept, ...(added.get(teamId) ?? [])].sort();
    state.teamEmployees.set(teamId, list);
    const teamMembers: TMemberInput[] = [];
    for (const employeeId of list) {
      const employee = state.employees.get(employeeId);
      if (!employee) continue;
      const extraRoles = employee.teamRoles.get(teamId);
      teamMembers.push(
        extraRoles
          ? { ...employee.member, roleIds: [...(employee.member.roleIds ?? []), ...extraRoles] }
          : employee.member,
      );
    }
    const input: SnapshotTeam = {
      teamId,
      siteId: entry.siteId,
      name: entry.name,
      members: teamMembers,
      requirements: entry.requirements,
      vacancies: entry.vacancies,
      ...(entry.exemptions.length > 0 ? { exemptions: entry.exemptions } : {}),
      measuredOn: base.measuredOn,
      projectionHorizon: certificateProjectionHorizon(base.measuredOn),
    };
    teams.set(teamId, input);
    pendingTeams.set(teamId, {
      ...input,
      members: teamMembers.map((member) => withPending(member, pending)),
    });
  }

  return {
    ...base,
    dataVersion,
    day: utcDay(syncedAt),
    syncedAt,
    sites: rows.sites ? new Map(rows.sites.map((site) => [site.id, site.name])) : base.sites,
    pendingChangesInTeams,
  };
}

function certificateLabelsOf(
  types: { id: string; code: string; labelNl: string; labelEn: string }[],
): CoverageSnapshot['certificateLabels'] {
  return new Map(types.map((type) => [type.id, { nl: type.labelNl, en: type.labelEn, code: type.code }]));
}

type RequirementRow = {
  id: string;
  kind: 'area' | 'role' | 'competency' | 'circle' | 'certificate';
  area: TRequirement extends infer R ? (R extends { area: infer A } ? A : never) | null : never;
  minLevel: string | null;
  roleDefinitionId: string | null;
  competency: string | null;
  minScore: number | null;
  circle: string | null;
  certificateTypeId?: string | null;
  count: number;
};

/** A stored requirement row as the engine's requirement; rows with missing columns are skipped. */
export function toRequirement(row: RequirementRow): TRequirement | null {
  switch (row.kind) {
    case 'area':
      return row.area && row.minLevel
        ? ({
            id: row.id,
            kind: 'area',
            area: row.area,
            minLevel: row.minLevel,
            count: row.count,
          } as TRequirement)
        : null;
    case 'role':
      return row.roleDefinitionId
        ? { id: row.id, kind: 'role', roleId: row.roleDefinitionId, count: row.count }
        : null;
    case 'competency':
      return row.competency && row.minScore !== null
        ? ({
            id: row.id,
            kind: 'competency',
            competency: row.competency,
            minScore: row.minScore,
            count: row.count,
          } as TRequirement)
        : null;
    case 'circle':
      return row.circle
        ? ({ id: row.id, kind: 'circle', circle: row.circle, count: row.count } as TRequirement)
        : null;
    case 'certificate':
      return row.certificateTypeId
        ? { id: row.id, kind: 'certificate', certificateTypeId: row.certificateTypeId, count: row.count }
        : null;
  }
}
