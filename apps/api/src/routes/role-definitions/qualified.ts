import { qualifiesForRole, type TAreaId, type TCompetencyId, type TLevelId } from '@teamspiegel/domain';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TQualifiedEmployee, TQualifiedEmployeesQuery } from '@teamspiegel/domain/api/role-definitions';
import type { Prisma } from '../../generated/prisma/client.ts';
import { fullName } from '../../lib/people.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere, visibleEmployeeWhere } from '../../services/access.ts';
import { currentLevels, currentTeams, employeeInclude, levelsAtLeast } from '../employees/dto.ts';

/** A role definition's rules as the domain reads them. */
export type RoleRules = {
  areaRequirements: Array<{ area: TAreaId; minLevel: TLevelId }>;
  competencyRequirements: Array<{ competency: TCompetencyId; minScore: number }>;
  areaMatch: 'all' | 'any';
};

/**
 * The database narrows the candidates with the role's minimums (a necessary condition); the
 * domain's qualifiesForRole decides. Two queries: candidates with their levels and ratings, then
 * the full rows of the requested page.
 */
export async function findQualifiedEmployees(
  db: Db,
  actor: Actor,
  rules: RoleRules,
  query: TQualifiedEmployeesQuery,
): Promise<TPage<TQualifiedEmployee>> {
  const areaConditions: Prisma.EmployeeWhereInput[] = rules.areaRequirements.map((r) => ({
    areaLevels: { some: { isCurrent: true, area: r.area, level: { in: levelsAtLeast(r.minLevel) } } },
  }));
  const competencyConditions: Prisma.EmployeeWhereInput[] = rules.competencyRequirements.map((c) => ({
    competencyRatings: { some: { competency: c.competency, score: { gte: c.minScore } } },
  }));
  const conditions: Prisma.EmployeeWhereInput[] = [
    (await visibleEmployeeWhere(db, actor)) as Prisma.EmployeeWhereInput,
    { active: true, erasedAt: null },
    ...competencyConditions,
  ];
  if (rules.areaMatch === 'any' && areaConditions.length > 0) conditions.push({ OR: areaConditions });
  else conditions.push(...areaConditions);
  if (query.teamId) {
    conditions.push({ memberships: { some: { teamId: query.teamId, ...activeMembershipWhere() } } });
  }

  const candidates = await db.employee.findMany({
    where: { AND: conditions },
    select: {
      id: true,
      areaLevels: { where: { isCurrent: true }, select: { area: true, level: true } },
      competencyRatings: { select: { competency: true, score: true } },
    },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
  });
  const role = {
    requirements: rules.areaRequirements,
    competencies: rules.competencyRequirements,
    areaMatch: rules.areaMatch,
  };
  const qualifiedIds = candidates
    .filter((candidate) => {
      const member = {
        levels: Object.fromEntries(candidate.areaLevels.map((row) => [row.area, row.level])),
        competencies: Object.fromEntries(
          candidate.competencyRatings.map((row) => [row.competency, row.score]),
        ),
      };
      return qualifiesForRole(member, role).qualifies;
    })
    .map((candidate) => candidate.id);

  const pageIds = qualifiedIds.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const rows = await db.employee.findMany({
    where: { id: { in: pageIds }, organisationId: actor.organisationId },
    include: employeeInclude(),
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = pageIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        fullName: fullName(row),
        jobTitle: row.jobTitle,
        fte: row.fte,
        teams: currentTeams(row.memberships),
        levels: currentLevels(row.areaLevels),
      },
    ];
  });
  return { items, page: query.page, pageSize: query.pageSize, total: qualifiedIds.length };
}
