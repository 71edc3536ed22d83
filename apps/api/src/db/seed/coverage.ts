import {
  computeTeamCoverage,
  type TDevelopmentTarget,
  type TMemberInput,
  type TRequirement,
  type TRoleDefinition,
  type TTeamCoverage,
  type TTeamInput,
} from '@teamspiegel/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';

/**
 * Seeded rows → gap-engine input, with the API's semantics (services/coverage-snapshot.ts):
 * current area levels of any status, active ambitions and planned / in-progress actions as
 * development, role requirements by RoleDefinition id. Used to print the seeded coverage mix and
 * by the seed tests; it works on plan rows and on rows read back from the database alike.
 */
export type CoverageRows = {
  teams: ReadonlyArray<{ id?: string; siteId: string; name: string }>;
  teamMemberships: ReadonlyArray<{ teamId: string; employeeId: string; endDate?: Date | string | null }>;
  employees: ReadonlyArray<{ id?: string; fte?: number; active?: boolean }>;
  areaLevels: ReadonlyArray<{ employeeId: string; area: string; level: string; isCurrent?: boolean | null }>;
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
  for (const row of rows.areaLevels) {
    if (row.isCurrent === true || row.isCurrent === undefined) {
      const member = members.get(row.employeeId);
      if (member) member.levels[row.area] = row.level;
    }
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
  for (const row of rows.developmentActions) {
    const status = row.status ?? 'planned';
    if (status !== 'planned' && status !== 'in_progress') continue;
    if (!row.employeeId || !row.area || !row.targetLevel) continue;
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
    teams.set(id, { teamId: id, siteId: team.siteId, name: team.name, members: [], requirements: [] });
  }
  const seen = new Set<string>();
  for (const row of rows.teamMemberships) {
    if (row.endDate) continue;
    const member = members.get(row.employeeId);
    const team = teams.get(row.teamId);
    const pair = `${row.teamId}:${row.employeeId}`;
    if (!member || !team || seen.has(pair)) continue;
    seen.add(pair);
    team.members.push(member as unknown as TMemberInput);
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
  singlePointsOfFailure: number;
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
    singlePointsOfFailure: 0,
    gaps: 0,
    gapsWithPipeline: 0,
    gapsClosedByPipeline: 0,
  };
  for (const team of coverage) {
    for (const result of team.requirements) {
      mix.requirements++;
      if (result.status === 'covered') mix.covered++;
      else if (result.status === 'single_point_of_failure') mix.singlePointsOfFailure++;
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
    prisma.areaLevel.findMany({ where: { ...where, isCurrent: true } }),
    prisma.competencyRating.findMany({ where }),
    prisma.surroundingsContact.findMany({ where }),
    prisma.ambition.findMany({ where }),
    prisma.developmentAction.findMany({ where }),
    prisma.teamRequirement.findMany({ where }),
    prisma.roleDefinition.findMany({ where }),
  ]);
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
  });
}
