import {
  certificateProjectionHorizon,
  type TCertificateRequirement,
  type TExemptionInput,
  type TMemberInput,
} from '@teamspiegel/domain';
import { withPending } from './coverage-levels.ts';
import { employeeEntries, teamEntries } from './coverage-snapshot-entries.ts';
import type { Rows } from './coverage-snapshot-rows.ts';
import type { CoverageSnapshot, SnapshotTeam, TeamEntry } from './coverage-snapshot-types.ts';
import { exemptionInput } from './exemptions.ts';

export const utcDay = (time = Date.now()) => new Date(time).toISOString().slice(0, 10);

/**
 * The snapshot at `dataVersion`: `base` with the employees and teams named replaced by their loaded
 * rows (absent rows: gone), and only the teams they touch rebuilt. Unchanged team inputs stay the
 * same objects, so the engine's memo keeps their results.
 */
export function patch(
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
      const list = added.get(teamId);
      if (list) list.push(employeeId);
      else added.set(teamId, [employeeId]);
    }
  }
  for (const teamId of teamIds) {
    state.teams.delete(teamId);
    base.archivedTeams.delete(teamId);
  }
  for (const [teamId, entry] of teamEntries(rows)) state.teams.set(teamId, entry);
  // An archived team leaves every current figure (no entry: it is dropped below); the trend still names it.
  for (const team of rows.teams ?? []) {
    if (team.archivedAt !== null) {
      base.archivedTeams.set(team.id, { siteId: team.siteId, name: team.name, archivedAt: team.archivedAt });
    }
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
    setTeamInputs(base, teamId, entry, list);
  }

  return {
    ...base,
    dataVersion,
    day: utcDay(syncedAt),
    syncedAt,
    sites: rows.sites ? new Map(rows.sites.map((site) => [site.id, site.name])) : base.sites,
    siteRequirements: rows.siteRequirements
      ? siteRequirementsOf(rows.siteRequirements)
      : base.siteRequirements,
    siteExemptions: rows.siteExemptions ? siteExemptionsOf(rows.siteExemptions) : base.siteExemptions,
    pendingChangesInTeams,
  };
}

/**
 * The engine's input of a team (and the same with pending levels approved) from its entry and its
 * members' ids, set into `snapshot.teams` and `pendingTeams`; also how a stored checkpoint is rebuilt.
 */
export function setTeamInputs(
  snapshot: Pick<CoverageSnapshot, 'state' | 'teams' | 'pendingTeams' | 'pending' | 'measuredOn'>,
  teamId: string,
  entry: TeamEntry,
  memberIds: readonly string[],
) {
  const { state, pending } = snapshot;
  const teamMembers: TMemberInput[] = [];
  for (const employeeId of memberIds) {
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
    measuredOn: snapshot.measuredOn,
    projectionHorizon: certificateProjectionHorizon(snapshot.measuredOn),
  };
  snapshot.teams.set(teamId, input);
  snapshot.pendingTeams.set(teamId, {
    ...input,
    members: teamMembers.map((member) => withPending(member, pending)),
  });
}

/** Per site its certificate requirements in id order (the rows come sorted by id). */
function siteRequirementsOf(
  rows: NonNullable<Rows['siteRequirements']>,
): Map<string, TCertificateRequirement[]> {
  const bySite = new Map<string, TCertificateRequirement[]>();
  for (const row of rows) {
    const list = bySite.get(row.siteId) ?? [];
    list.push({
      id: row.id,
      kind: 'certificate',
      certificateTypeId: row.certificateTypeId,
      count: row.count,
    });
    bySite.set(row.siteId, list);
  }
  return bySite;
}

/** Per site the exemptions from its requirements, as the engine reads them (rows sorted by id). */
function siteExemptionsOf(rows: NonNullable<Rows['siteExemptions']>): Map<string, TExemptionInput[]> {
  const bySite = new Map<string, TExemptionInput[]>();
  for (const row of rows) {
    if (row.siteId === null) continue;
    const list = bySite.get(row.siteId) ?? [];
    list.push(exemptionInput(row));
    bySite.set(row.siteId, list);
  }
  return bySite;
}
