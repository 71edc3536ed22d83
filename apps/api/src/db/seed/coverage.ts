import {
  computeTeamCoverage,
  type TDevelopmentTarget,
  type TMemberInput,
  type TRequirement,
  type TRoleDefinition,
  type TTeamCoverage,
  type TTeamInput,
  type TVacancy,
} from '@teamspiegel/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';

/**
 * Seeded rows → gap-engine input, with the API's semantics (services/coverage-snapshot.ts):
 * validated area levels (a current self-assessment counts as the last validated level before it),
 * role holders from role assignments without an end, active ambitions and planned / in-progress
 * actions as development, open hires of a team as vacancies, role requirements by RoleDefinition id. Used to print the seeded coverage mix and
 * by the seed tests; it works on plan rows and on rows read back from the database alike.
 */
export type CoverageRows = {
  teams: ReadonlyArray<{ id?: string; siteId: string; name: string }>;
  teamMemberships: ReadonlyArray<{ teamId: string; employeeId: string; endDate?: Date | string | null }>;
  employees: ReadonlyArray<{ id?: string; fte?: number; active?: boolean }>;
  areaLevels: ReadonlyArray<{
    employeeId: string;
    area: string;
    level: string;
    isCurrent?: boolean | null;
    status?: string;
    validFrom?: Date | string;
  }>;
  roleAssignments?: ReadonlyArray<{
    employeeId: string;
    roleDefinitionId: string;
    teamId?: string | null;
    endDate?: Date | string | null;
  }>;
  competencyRatings: ReadonlyArray<{ employeeId: string; competency: string; score: number }>;
  surroundingsContacts: ReadonlyArray<{ employeeId: string; circle: string }>;
  ambitions: ReadonlyArray<{
    id?: string;
    employeeId: string;
    area: string;
    targetLevel: string;
    horizonDate?: Date | string | null;
    status?: string;
  }>;
  developmentActions: ReadonlyArray<{
    id?: string;
    employeeId?: string | null;
    teamId?: string | null;
    area?: string | null;
    targetLevel?: string | null;
    expectedEndDate?: Date | string | null;
    type: string;
    status?: string;
  }>;
  teamRequirements: ReadonlyArray<{
    id?: string;
    teamId: string;
    kind: string;
    area?: string | null;
    minLevel?: string | null;
    roleDefinitionId?: string | null;
    competency?: string | null;
    minScore?: number | null;
    circle?: string | null;
    count: number;
  }>;
  roleDefinitions: ReadonlyArray<{
    id?: string;
    areaRequirements: unknown;
    competencyRequirements?: unknown;
    areaMatch?: string;
  }>;
};

function isoDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? value : value.toISOString()).slice(0, 10);
}

function must(id: string | undefined): string {
  if (!id) throw new Error('row without id');
  return id;
}

export function coverageInput(rows: CoverageRows): { teams: TTeamInput[]; roles: TRoleDefinition[] } {
  type Member = {
    employeeId: string;
    fte: number;
    levels: Record<string, string>;
    competencies: Record<string, number>;
    circles: string[];
    development: TDevelopmentTarget[];
  };
  const members = new Map<string, Member>();
  for (const employee of rows.employees) {
    if (employee.active === false) continue;
    const id = must(employee.id);
    members.set(id, {
      employeeId: id,
      fte: employee.fte ?? 1,
      levels: {},
      competencies: {},
      circles: [],
      development: [],
    });
  }
  const time = (value: Date | string | undefined) => (value === undefined ? 0 : new Date(value).getTime());
  const lastValidated = new Map<string, { level: string; from: number }>();
  for (const row of rows.areaLevels) {
    if (row.isCurrent !== null || (row.status ?? 'validated') !== 'validated') continue;
    const key = `${row.employeeId}:${row.area}`;
    const from = time(row.validFrom);
    if ((lastValidated.get(key)?.from ?? -1) < from) lastValidated.set(key, { level: row.level, from });
  }
  for (const row of rows.areaLevels) {
    if (row.isCurrent !== true && row.isCurrent !== undefined) continue;
    const member = members.get(row.employeeId);
    if (!member) continue;
    const level =
      (row.status ?? 'validated') === 'validated'
        ? row.level
        : lastValidated.get(`${row.employeeId}:${row.area}`)?.level;
    if (level) member.levels[row.area] = level;
  }
  for (const row of rows.competencyRatings) {
    const member = members.get(row.employeeId);
    if (member) member.competencies[row.competency] = row.score;
  }
  for (const row of rows.surroundingsContacts) {
    const member = members.get(row.employeeId);
    if (member && !member.circles.includes(row.circle)) member.circles.push(row.circle);
  }
  for (const row of rows.ambitions) {
    if ((row.status ?? 'active') !== 'active') continue;
    members.get(row.employeeId)?.development.push({
      source: 'ambition',
      sourceId: must(row.id),
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.horizonDate),
    } as TDevelopmentTarget);
  }
  const vacancies = new Map<string, TVacancy[]>();
  for (const row of rows.developmentActions) {
    const status = row.status ?? 'planned';
    if (status !== 'planned' && status !== 'in_progress') continue;
    if (!row.area || !row.targetLevel) continue;
    if (!row.employeeId) {
      if (row.type !== 'werving' || !row.teamId) continue;
      const list = vacancies.get(row.teamId) ?? [];
      list.push({
        id: must(row.id),
        area: row.area,
        level: row.targetLevel,
        expectedDate: isoDate(row.expectedEndDate),
      } as TVacancy);
      vacancies.set(row.teamId, list);
      continue;
    }
    members.get(row.employeeId)?.development.push({
      source: 'action',
      sourceId: must(row.id),
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.expectedEndDate),
      actionType: row.type,
    } as TDevelopmentTarget);
  }

  const teams = new Map<string, TTeamInput & { members: TMemberInput[]; requirements: TRequirement[] }>();
  for (const team of rows.teams) {
    const id = must(team.id);
    teams.set(id, {
      teamId: id,
      siteId: team.siteId,
      name: team.name,
      members: [],
      requirements: [],
      vacancies: vacancies.get(id) ?? [],
    });
  }
  const assignmentsOf = new Map<string, NonNullable<CoverageRows['roleAssignments']>[number][]>();
  for (const row of rows.roleAssignments ?? []) {
    if (row.endDate) continue;
    assignmentsOf.set(row.employeeId, [...(assignmentsOf.get(row.employeeId) ?? []), row]);
  }
  const rolesOf = (employeeId: string, teamId: string) =>
    (assignmentsOf.get(employeeId) ?? [])
      .filter((row) => row.teamId == null || row.teamId === teamId)
      .map((row) => row.roleDefinitionId);
  const seen = new Set<string>();
  for (const row of rows.teamMemberships) {
    if (row.endDate) continue;
    const member = members.get(row.employeeId);
    const team = teams.get(row.teamId);
    const pair = `${row.teamId}:${row.employeeId}`;
    if (!member || !team || seen.has(pair)) continue;
    seen.add(pair);
    team.members.push({ ...member, roleIds: rolesOf(row.employeeId, row.teamId) } as unknown as TMemberInput);
  }
  for (const row of rows.teamRequirements) {
    const team = teams.get(row.teamId);
    const id = must(row.id);
    if (!team) continue;
    if (row.kind === 'area' && row.area && row.minLevel) {
      team.requirements.push({
        id,
        kind: 'area',
        area: row.area,
        minLevel: row.minLevel,
        count: row.count,
      } as TRequirement);
    } else if (row.kind === 'role' && row.roleDefinitionId) {
      team.requirements.push({ id, kind: 'role', roleId: row.roleDefinitionId, count: row.count });
    } else if (row.kind === 'competency' && row.competency && row.minScore) {
      team.requirements.push({
        id,
        kind: 'competency',
        competency: row.competency,
        minScore: row.minScore,
        count: row.count,
      } as TRequirement);
    } else if (row.kind === 'circle' && row.circle) {
      team.requirements.push({ id, kind: 'circle', circle: row.circle, count: row.count } as TRequirement);
    }
  }
  const roles = rows.roleDefinitions.map(
    (row) =>
      ({
        id: must(row.id),
        requirements: row.areaRequirements,
        competencies: row.competencyRequirements ?? [],
        areaMatch: row.areaMatch ?? 'all',
      }) as TRoleDefinition,
  );
  return { teams: [...teams.values()], roles };
}

export function computeCoverage(rows: CoverageRows): TTeamCoverage[] {
  const { teams, roles } = coverageInput(rows);
  return teams.map((team) => computeTeamCoverage(team, roles));
}

export type CoverageMix = {
  requirements: number;
  covered: number;
  noMargin: number;
  singlePoints: number;
  gaps: number;
  /** Gaps with at least one person on the way. */
  gapsWithPipeline: number;
  /** Gaps the pipeline would close completely. */
  gapsClosedByPipeline: number;
};

export function coverageMix(coverage: readonly TTeamCoverage[]): CoverageMix {
  const mix: CoverageMix = {
    requirements: 0,
    covered: 0,
    noMargin: 0,
    singlePoints: 0,
    gaps: 0,
    gapsWithPipeline: 0,
    gapsClosedByPipeline: 0,
  };
  for (const team of coverage) {
    for (const result of team.requirements) {
      mix.requirements++;
      if (result.status === 'covered') mix.covered++;
      else if (result.status === 'single_point') mix.singlePoints++;
      else if (result.status === 'no_margin') mix.noMargin++;
      else {
        mix.gaps++;
        if (result.pipeline.length > 0) mix.gapsWithPipeline++;
        if (result.projected.gap === 0) mix.gapsClosedByPipeline++;
      }
    }
  }
  return mix;
}

/** Reads one organisation's rows back from the database and computes every team's coverage. */
export async function loadSeededCoverage(
  prisma: PrismaClient,
  organisationId: string,
): Promise<TTeamCoverage[]> {
  const where = { organisationId };
  const [
    teams,
    teamMemberships,
    employees,
    areaLevels,
    competencyRatings,
    surroundingsContacts,
    ambitions,
    developmentActions,
    teamRequirements,
    roleDefinitions,
  ] = await Promise.all([
    prisma.team.findMany({ where, orderBy: { id: 'asc' } }),
    prisma.teamMembership.findMany({ where }),
    prisma.employee.findMany({ where: { ...where, erasedAt: null } }),
    prisma.areaLevel.findMany({ where }),
    prisma.competencyRating.findMany({ where }),
    prisma.surroundingsContact.findMany({ where }),
    prisma.ambition.findMany({ where }),
    prisma.developmentAction.findMany({ where }),
    prisma.teamRequirement.findMany({ where }),
    prisma.roleDefinition.findMany({ where }),
  ]);
  const roleAssignments = await prisma.roleAssignment.findMany({ where });
  return computeCoverage({
    teams,
    teamMemberships,
    employees,
    areaLevels,
    competencyRatings,
    surroundingsContacts,
    ambitions,
    developmentActions,
    teamRequirements,
    roleDefinitions,
    roleAssignments,
  });
}
