import { LEVEL_IDS, LEVEL_RANK, type LevelId } from '@teamspiegel/domain';
import type { TCurrentLevels } from '@teamspiegel/domain/api/employees';
import type { Prisma } from '../../generated/prisma/client.ts';
import { isoDate, isoDateTime } from '../../lib/http.ts';
import { fullName } from '../../lib/people.ts';
import { activeMembershipWhere } from '../../services/access.ts';

/**
 * What an employee DTO needs besides the row: the teams of today's memberships and the current
 * (open) level per area. Built per request because "today" moves.
 */
export function employeeInclude() {
  return {
    memberships: {
      where: activeMembershipWhere(),
      select: { team: { select: { id: true, name: true } } },
      orderBy: { startDate: 'asc' },
    },
    areaLevels: { where: { isCurrent: true }, select: { area: true, level: true, status: true } },
  } satisfies Prisma.EmployeeInclude;
}

export type EmployeeRow = Prisma.EmployeeGetPayload<{ include: ReturnType<typeof employeeInclude> }>;

export function currentLevels(rows: EmployeeRow['areaLevels']): TCurrentLevels {
  const levels: TCurrentLevels = {};
  for (const row of rows) levels[row.area] = { level: row.level, status: row.status };
  return levels;
}

/** Current teams, each once (a person may have two consecutive memberships of one team). */
export function currentTeams(rows: EmployeeRow['memberships']): Array<{ id: string; name: string }> {
  const seen = new Map<string, { id: string; name: string }>();
  for (const { team } of rows) if (!seen.has(team.id)) seen.set(team.id, team);
  return [...seen.values()];
}

export function employeeDto(employee: EmployeeRow) {
  return {
    id: employee.id,
    firstName: employee.firstName,
    lastName: employee.lastName,
    fullName: fullName(employee),
    email: employee.email,
    jobTitle: employee.jobTitle,
    fte: employee.fte,
    active: employee.active,
    startDate: isoDate(employee.startDate),
    endDate: isoDate(employee.endDate),
    version: employee.version,
    teams: currentTeams(employee.memberships),
    levels: currentLevels(employee.areaLevels),
    createdAt: isoDateTime(employee.createdAt),
    updatedAt: isoDateTime(employee.updatedAt),
  };
}

/** The level ids whose rank is at least `min`'s. */
export function levelsAtLeast(min: LevelId): LevelId[] {
  return LEVEL_IDS.filter((level) => LEVEL_RANK[level] >= LEVEL_RANK[min]);
}
