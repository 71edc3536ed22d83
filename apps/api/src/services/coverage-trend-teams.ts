import { requirementsAt, type TMemberInput, type TTeamInput } from '@teamspiegel/domain';
import { runsAt } from './coverage-trend-months.ts';
import type { LevelRow, TrendRows } from './coverage-trend-rows.ts';
import { exemptionInput } from './exemptions.ts';

/*
 * The engine's inputs at one measuring moment of the trend, rebuilt from the history rows
 * (coverage-trend-rows.ts): who was in which team, with which validated levels and roles.
 */

/**
 * The validated level per area at `at` (rule 4): the row valid then if validated; if that row is a
 * self-assessment, the last validated row before it. `rows` are one person's, oldest first.
 */
export function validatedLevelsAt(rows: readonly LevelRow[], at: Date): TMemberInput['levels'] {
  const levels: TMemberInput['levels'] = {};
  for (const row of rows) {
    if (row.validFrom > at || (row.validTo !== null && row.validTo <= at)) continue;
    if (row.status === 'validated') {
      levels[row.area] = row.level;
      continue;
    }
    let earlier: LevelRow | undefined;
    for (const other of rows) {
      if (other.area === row.area && other.status === 'validated' && other.validFrom < row.validFrom) {
        earlier = other;
      }
    }
    if (earlier) levels[row.area] = earlier.level;
  }
  return levels;
}

/**
 * The engine's team inputs at one moment: the teams that existed in its month (created by its
 * end, not archived before its start), with the members, levels, roles and requirements of then.
 * Before a team existed, or after it was archived, it is not measured: no requirements, no gaps.
 */
export function trendTeamsAt(
  rows: TrendRows,
  moment: { at: Date; start: Date },
  isNow: boolean,
): TTeamInput[] {
  const { at, start } = moment;
  const { people, levelsOf, competenciesOf, circlesOf, assignmentsOf } = rows;
  const existedIn = (teamId: string) => {
    const row = rows.lifetime.get(teamId);
    return row !== undefined && row.createdAt <= at && (row.archivedAt === null || row.archivedAt >= start);
  };
  const memberAt = new Map<string, TMemberInput>();
  const member = (employeeId: string): TMemberInput => {
    let input = memberAt.get(employeeId);
    if (input) return input;
    input = {
      employeeId,
      fte: people.get(employeeId)?.fte ?? 0,
      levels: validatedLevelsAt(levelsOf.get(employeeId) ?? [], at),
      competencies: competenciesOf.get(employeeId) ?? {},
      circles: circlesOf.get(employeeId) ?? [],
      development: [],
    };
    const held = (rows.certificatesOf.get(employeeId) ?? []).filter((row) => row.obtainedOn <= at);
    if (held.length > 0) {
      input.certificates = held.map((row) => ({
        certificateTypeId: row.certificateTypeId,
        expiresOn: row.expiresOn ? row.expiresOn.toISOString().slice(0, 10) : null,
      }));
    }
    memberAt.set(employeeId, input);
    return input;
  };
  // Roles held at `at` in this team (or without a team): rule 3 counts holders.
  const rolesAt = (employeeId: string, teamId: string): string[] => {
    const held: string[] = [];
    for (const row of assignmentsOf.get(employeeId) ?? []) {
      if (runsAt(row, at) && (row.teamId === null || row.teamId === teamId)) held.push(row.roleDefinitionId);
    }
    return held;
  };
  return rows.teamIds.filter(existedIn).map((teamId) => {
    const team = rows.teamOf(teamId) as NonNullable<ReturnType<TrendRows['teamOf']>>;
    const seen = new Set<string>();
    const members: TMemberInput[] = [];
    for (const row of rows.membershipsOf.get(teamId) ?? []) {
      if (seen.has(row.employeeId) || !runsAt(row, at)) continue;
      const person = people.get(row.employeeId);
      if (!person) continue;
      const current = person.active && person.erasedAt === null;
      // Leavers count in the past only where their membership's end was recorded; never today.
      if (!current && (isNow || row.endDate === null)) continue;
      seen.add(row.employeeId);
      const roleIds = rolesAt(row.employeeId, teamId);
      const input = member(row.employeeId);
      members.push(roleIds.length > 0 ? { ...input, roleIds } : input);
    }
    const exemptions = (rows.exemptionsOf.get(teamId) ?? []).map(exemptionInput);
    // Today's vacancies count only in the projection, which the trend does not show.
    return {
      teamId,
      siteId: team.siteId,
      name: team.name,
      members,
      requirements: requirementsAt(rows.versionsOf.get(teamId) ?? [], null, at),
      // Certificates count when valid on the moment's day (rule 10), exemptions when running then (rule 17).
      measuredOn: at.toISOString().slice(0, 10),
      ...(exemptions.length > 0 ? { exemptions } : {}),
    };
  });
}
