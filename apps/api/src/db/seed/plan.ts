import type { Prisma } from '../../generated/prisma/client.ts';
import type { MemberRole } from '../../generated/prisma/enums.ts';

/** A login to create or keep (users are global, not tenant-owned). */
export type PlannedUser = {
  id: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
};

/** Every row of one seeded tenant, with deterministic ids, in insertion order. */
export type TenantPlan = {
  organisation: { id: string; slug: string; name: string };
  sites: Prisma.SiteCreateManyInput[];
  teams: Prisma.TeamCreateManyInput[];
  employees: Prisma.EmployeeCreateManyInput[];
  teamMemberships: Prisma.TeamMembershipCreateManyInput[];
  areaLevels: Prisma.AreaLevelCreateManyInput[];
  competencyRatings: Prisma.CompetencyRatingCreateManyInput[];
  surroundingsContacts: Prisma.SurroundingsContactCreateManyInput[];
  ambitions: Prisma.AmbitionCreateManyInput[];
  roleDefinitions: Prisma.RoleDefinitionCreateManyInput[];
  roleAssignments: Prisma.RoleAssignmentCreateManyInput[];
  teamRequirements: Prisma.TeamRequirementCreateManyInput[];
  developmentActions: Prisma.DevelopmentActionCreateManyInput[];
  members: Array<Prisma.OrganisationMemberCreateManyInput & { role: MemberRole }>;
  managedTeams: Prisma.ManagedTeamCreateManyInput[];
};

/** The tables of a plan, in the order they are inserted (and the reverse of deletion). */
export const PLAN_TABLES = [
  'sites',
  'teams',
  'employees',
  'teamMemberships',
  'areaLevels',
  'competencyRatings',
  'surroundingsContacts',
  'ambitions',
  'roleDefinitions',
  'roleAssignments',
  'teamRequirements',
  'developmentActions',
  'members',
  'managedTeams',
] as const satisfies ReadonlyArray<keyof TenantPlan>;

export type PlanTable = (typeof PLAN_TABLES)[number];

export function emptyPlan(organisation: TenantPlan['organisation']): TenantPlan {
  return {
    organisation,
    sites: [],
    teams: [],
    employees: [],
    teamMemberships: [],
    areaLevels: [],
    competencyRatings: [],
    surroundingsContacts: [],
    ambitions: [],
    roleDefinitions: [],
    roleAssignments: [],
    teamRequirements: [],
    developmentActions: [],
    members: [],
    managedTeams: [],
  };
}

export type PlanCounts = Record<PlanTable, number>;

export function planCounts(plan: TenantPlan): PlanCounts {
  return Object.fromEntries(PLAN_TABLES.map((table) => [table, plan[table].length])) as PlanCounts;
}

/** Fails fast on a planning bug (two rows with one id) before anything is written. */
export function assertUniqueIds(plan: TenantPlan): void {
  for (const table of PLAN_TABLES) {
    const seen = new Set<string>();
    for (const row of plan[table]) {
      const id = 'id' in row && typeof row.id === 'string' ? row.id : null;
      if (id === null) continue;
      if (seen.has(id))
        throw new Error(`seed plan ${plan.organisation.slug}: duplicate id ${id} in ${table}`);
      seen.add(id);
    }
  }
}
