import { createHash } from 'node:crypto';
import { channel } from 'node:diagnostics_channel';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import {
  compactMember,
  computeOrganisationCoverage,
  type TCertificateRequirement,
  type TExemptionInput,
  type TeamCoveragePart,
  type TMemberInput,
  type TRoleDefinition,
} from '@teamspiegel/domain';
import { withOrganisation } from '../db/tenant-context.ts';
import type { Db } from '../plugins/app/prisma.ts';
import type { PendingLevel } from './coverage-levels.ts';
import { setTeamInputs } from './coverage-snapshot-patch.ts';
import type { CoverageSnapshot, EmployeeEntry, TeamEntry } from './coverage-snapshot-types.ts';

/*
 * The checkpoint: an organisation's coverage snapshot and the engine's per-team results, stored as
 * one gzipped JSON text (CoverageCheckpoint) at the dataVersion it is valid at. A process with nothing in
 * memory reads it, rebuilds the snapshot with the engine's memo already filled, and the caller
 * patches it from the change log like its own cache (coverageSnapshot): the first overview after a
 * start then costs what changed since the checkpoint, not the whole organisation. It is used only
 * when it was written today (UTC; memberships start and end by date), within 12 hours (the change
 * log keeps a day), at a version not newer than the database's, by the same code (a hash of the
 * engine and of these services: a deploy may change any figure) and for this organisation;
 * anything else, or anything that does not parse, loads in full.
 */

/** Raise when the stored shape changes (the code hash changes with it anyway). */
const FORMAT = 1;
/** Older checkpoints are not patched: the change log is pruned after a day. */
export const CHECKPOINT_MAX_AGE_MS = 12 * 3600_000;
/** A process writes an organisation's checkpoint at most this often. */
const WRITE_INTERVAL_MS = 10 * 60_000;
/** The write waits this long after a rebuild, so that the request that caused it is answered first. */
const WRITE_DELAY_MS = 2_000;

/** What happened to a checkpoint, for tests and metrics (like the snapshot's channel). */
export const checkpointChannel = channel('teamspiegel:coverage-checkpoint');
export type CheckpointEvent =
  | { read: 'used'; version: number }
  | { read: 'none' | 'stale' | 'foreign' | 'corrupt' }
  | { written: number; bytes: number };

type Employee = [
  id: string,
  name: string,
  teamIds: string[],
  teamRoles: [string, string[]][],
  member: TMemberInput,
  pending: PendingLevel[] | null,
];
type Data = {
  format: number;
  organisationId: string;
  version: number;
  day: string;
  codeVersion: string;
  roles: TRoleDefinition[];
  roleLabels: [string, { nl: string; en: string; key: string }][];
  certificateLabels: [string, { nl: string; en: string; code: string }][];
  sites: [string, string][];
  siteRequirements: [string, TCertificateRequirement[]][];
  siteExemptions: [string, TExemptionInput[]][];
  archivedTeams: [string, string, string, string][];
  employees: Employee[];
  /** State entries in their map's order, then the teams' order in `snapshot.teams`. */
  teamEntries: [string, TeamEntry][];
  teamOrder: string[];
  /** The engine's part of each current team (validated levels), for the memo. */
  parts: [string, TeamCoveragePart][];
};

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

let codeVersionPromise: Promise<string> | undefined;

/**
 * A hash of the code whose output the checkpoint holds: the built domain package (the engine) and
 * the files of this services folder (how rows become the engine's inputs).
 */
export function checkpointCodeVersion(): Promise<string> {
  codeVersionPromise ??= (async () => {
    const hash = createHash('sha256').update(`format ${FORMAT}\n`);
    const domainDir = path.dirname(createRequire(import.meta.url).resolve('@teamspiegel/domain'));
    const servicesDir = path.dirname(fileURLToPath(import.meta.url));
    for (const [dir, recursive] of [
      [domainDir, true],
      [servicesDir, false],
    ] as const) {
      const names = (await readdir(dir, { recursive })).filter((name) => /\.(js|ts)$/.test(name)).sort();
      for (const name of names) {
        hash.update(`${name}\n`).update(await readFile(path.join(dir, name)));
      }
    }
    return hash.digest('hex').slice(0, 32);
  })();
  return codeVersionPromise;
}

/** The snapshot and its teams' engine results as the checkpoint's JSON (synchronous: one consistent state). */
export function checkpointJson(snapshot: CoverageSnapshot, codeVersion: string): string {
  // Teams not computed yet (no overview since the change) are computed now, into the memo.
  computeOrganisationCoverage({
    teams: [...snapshot.teams.values()],
    roles: snapshot.roles,
    memo: snapshot.memo,
  });
  const parts: Data['parts'] = [];
  for (const [teamId, team] of snapshot.teams) {
    const part = snapshot.memo.get(team);
    if (part) parts.push([teamId, part]);
  }
  const data: Data = {
    format: FORMAT,
    organisationId: snapshot.organisationId,
    version: snapshot.dataVersion,
    day: snapshot.day,
    codeVersion,
    roles: snapshot.roles,
    roleLabels: [...snapshot.roleLabels],
    certificateLabels: [...snapshot.certificateLabels],
    sites: [...snapshot.sites],
    siteRequirements: [...snapshot.siteRequirements],
    siteExemptions: [...snapshot.siteExemptions],
    archivedTeams: [...snapshot.archivedTeams].map(([id, team]) => [
      id,
      team.siteId,
      team.name,
      team.archivedAt.toISOString(),
    ]),
    employees: [...snapshot.state.employees].map(([id, entry]) => [
      id,
      entry.name,
      entry.teamIds,
      [...entry.teamRoles],
      entry.member,
      snapshot.pending.get(id) ?? null,
    ]),
    teamEntries: [...snapshot.state.teams],
    teamOrder: [...snapshot.teams.keys()],
    parts,
  };
  return JSON.stringify(data);
}

/** The snapshot a checkpoint holds, at its version, with the engine's memo filled; null when unusable. */
export function snapshotOfCheckpoint(
  json: string,
  expected: { organisationId: string; day: string; codeVersion: string },
  syncedAt: number,
): CoverageSnapshot | null {
  let data: Data;
  try {
    data = JSON.parse(json) as Data;
  } catch {
    return null;
  }
  if (
    data === null ||
    typeof data !== 'object' ||
    data.format !== FORMAT ||
    data.organisationId !== expected.organisationId ||
    data.day !== expected.day ||
    data.codeVersion !== expected.codeVersion ||
    !Number.isInteger(data.version)
  ) {
    return null;
  }
  const snapshot: CoverageSnapshot = {
    organisationId: data.organisationId,
    dataVersion: data.version,
    day: data.day,
    syncedAt,
    teams: new Map(),
    pendingTeams: new Map(),
    pending: new Map(),
    pendingChangesInTeams: 0,
    archivedTeams: new Map(
      data.archivedTeams.map(([id, siteId, name, archivedAt]) => [
        id,
        { siteId, name, archivedAt: new Date(archivedAt) },
      ]),
    ),
    sites: new Map(data.sites),
    siteRequirements: new Map(data.siteRequirements),
    siteExemptions: new Map(data.siteExemptions),
    members: new Map(),
    people: new Map(),
    roles: data.roles,
    roleLabels: new Map(data.roleLabels),
    reassessmentMonths: null,
    measuredOn: data.day,
    certificateLabels: new Map(data.certificateLabels),
    memo: new WeakMap(),
    appliedChanges: [],
    state: { employees: new Map(), teams: new Map(data.teamEntries), teamEmployees: new Map() },
  };
  const { state } = snapshot;
  const membersOf = new Map<string, string[]>();
  for (const [id, name, teamIds, teamRoles, member, pending] of data.employees) {
    // The engine's profile of the member is made once here, as when it was loaded.
    const entry: EmployeeEntry = {
      member: compactMember(member),
      name,
      teamIds,
      teamRoles: new Map(teamRoles),
    };
    state.employees.set(id, entry);
    snapshot.members.set(id, entry.member);
    snapshot.people.set(id, { name, teamIds });
    if (pending) {
      snapshot.pending.set(id, pending);
      if (teamIds.length > 0) snapshot.pendingChangesInTeams += pending.length;
    }
    for (const teamId of teamIds) {
      const list = membersOf.get(teamId);
      if (list) list.push(id);
      else membersOf.set(teamId, [id]);
    }
  }
  for (const teamId of data.teamOrder) {
    const entry = state.teams.get(teamId);
    if (!entry) return null;
    const list = (membersOf.get(teamId) ?? []).sort();
    state.teamEmployees.set(teamId, list);
    setTeamInputs(snapshot, teamId, entry, list);
  }
  for (const [teamId, part] of data.parts) {
    const team = snapshot.teams.get(teamId);
    if (team) snapshot.memo.set(team, part);
  }
  return snapshot;
}

/**
 * The organisation's checkpoint as a snapshot at its version (the caller patches it to the current
 * one), or null when there is none fit to use: then the caller loads in full.
 */
export async function readCheckpoint(
  db: Db,
  organisationId: string,
  currentVersion: number,
  day: string,
  now: number,
): Promise<CoverageSnapshot | null> {
  const publish = (event: CheckpointEvent) => {
    if (checkpointChannel.hasSubscribers) checkpointChannel.publish(event);
    return null;
  };
  const [codeVersion, row] = await Promise.all([
    checkpointCodeVersion(),
    db.coverageCheckpoint.findUnique({
      where: { organisationId },
      select: { version: true, day: true, codeVersion: true, computedAt: true },
    }),
  ]);
  if (!row) return publish({ read: 'none' });
  if (row.codeVersion !== codeVersion) return publish({ read: 'foreign' });
  if (
    row.day !== day ||
    now - row.computedAt.getTime() > CHECKPOINT_MAX_AGE_MS ||
    row.version > currentVersion
  ) {
    return publish({ read: 'stale' });
  }
  // The data only once the row is known to fit (it is megabytes), and only if it is still that row.
  const full = await db.coverageCheckpoint.findFirst({
    where: { organisationId, version: row.version, day, codeVersion },
    select: { data: true },
  });
  if (!full) return publish({ read: 'stale' });
  let json: string;
  try {
    json = (await gunzipped(full.data)).toString('utf8');
  } catch {
    return publish({ read: 'corrupt' });
  }
  const snapshot = snapshotOfCheckpoint(json, { organisationId, day, codeVersion }, now);
  if (!snapshot || snapshot.dataVersion !== row.version) return publish({ read: 'corrupt' });
  // The stored one counts as this process's own last write: one written a few minutes ago is as
  // fresh as this process's schedule would keep it, so a start (a deploy starts them all at once)
  // does not write another at once; an older one is replaced after the rebuild, as before.
  writerOf(db).lastWritten.set(organisationId, row.computedAt.getTime());
  publish({ read: 'used', version: row.version });
  return snapshot;
}

/**
 * Stores the snapshot as the organisation's checkpoint, unless a checkpoint of the same code and day
 * at this version or later is stored already (another process's, or our own).
 */
export async function writeCheckpoint(db: Db, snapshot: CoverageSnapshot): Promise<boolean> {
  const codeVersion = await checkpointCodeVersion();
  const { organisationId, day } = snapshot;
  const stored = await db.coverageCheckpoint.findUnique({
    where: { organisationId },
    select: { version: true, day: true, codeVersion: true },
  });
  if (
    stored &&
    stored.codeVersion === codeVersion &&
    stored.day === day &&
    stored.version >= snapshot.dataVersion
  ) {
    return false;
  }
  // Version and data read in the same synchronous run: a patch cannot come between them.
  const version = snapshot.dataVersion;
  const json = checkpointJson(snapshot, codeVersion);
  // Compressed on the thread pool: the event loop goes on serving.
  const data = await gzipped(json, { level: 3 });
  await db.$executeRaw`INSERT INTO "CoverageCheckpoint" ("organisationId", "version", "day", "codeVersion", "computedAt", "data")
    VALUES (${organisationId}::uuid, ${version}, ${day}, ${codeVersion}, now(), ${data})
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = excluded."version", "day" = excluded."day",
      "codeVersion" = excluded."codeVersion", "computedAt" = excluded."computedAt", "data" = excluded."data"
    WHERE "CoverageCheckpoint"."codeVersion" <> excluded."codeVersion" OR "CoverageCheckpoint"."day" <> excluded."day"
      OR "CoverageCheckpoint"."version" < excluded."version"`;
  if (checkpointChannel.hasSubscribers) {
    checkpointChannel.publish({ written: version, bytes: data.length } satisfies CheckpointEvent);
  }
  return true;
}

type Writer = { lastWritten: Map<string, number>; timers: Map<string, NodeJS.Timeout> };
const writersByDb = new WeakMap<object, Writer>();
function writerOf(db: Db): Writer {
  let writer = writersByDb.get(db);
  if (!writer) {
    writer = { lastWritten: new Map(), timers: new Map() };
    writersByDb.set(db, writer);
  }
  return writer;
}

/**
 * After a rebuild: writes the organisation's checkpoint a little later, off the request path, at
 * most every 10 minutes per process and organisation (counting from the stored one it started
 * from). A failed write only costs the next process a full load. The write runs in the
 * organisation's tenant scope (row-level security).
 */
export function scheduleCheckpoint(
  db: Db,
  snapshot: () => CoverageSnapshot | undefined,
  organisationId: string,
  now = Date.now(),
) {
  const { lastWritten, timers } = writerOf(db);
  if (timers.has(organisationId) || now - (lastWritten.get(organisationId) ?? 0) < WRITE_INTERVAL_MS) return;
  const timer = setTimeout(() => {
    timers.delete(organisationId);
    lastWritten.set(organisationId, Date.now());
    const current = snapshot();
    if (current) withOrganisation(organisationId, () => writeCheckpoint(db, current)).catch(() => undefined);
  }, WRITE_DELAY_MS);
  timer.unref();
  timers.set(organisationId, timer);
}
