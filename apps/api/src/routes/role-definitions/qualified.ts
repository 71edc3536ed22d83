import { qualifiesForRole, type TAreaId, type TCompetencyId, type TLevelId } from '@teamspiegel/domain';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TQualifiedEmployee, TQualifiedEmployeesQuery } from '@teamspiegel/domain/api/role-definitions';
import type { Prisma } from '../../generated/prisma/client.ts';
import { fullName } from '../../lib/people.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere, visibleEmployeeWhere } from '../../services/access.ts';
import { validatedLevels } from '../../services/coverage-levels.ts';
import { currentLevels, currentTeams, employeeInclude, levelsAtLeast } from '../employees/dto.ts';

/** A role definition's rules as the domain reads them. */
export type RoleRules = {
  areaRequirements: Array<{ area: TAreaId; minLevel: TLevelId }>;
  competencyRequirements: Array<{ competency: TCompetencyId; minScore: number }>;
  areaMatch: 'all' | 'any';
};

/**
 * The database narrows the candidates with the role's minimums (a necessary condition); the
 * domain's qualifiesForRole decides on validated levels, as coverage does (docs/coverage-rules.md,
 * rule 4), or with pending self-assessments counted on `?include=pending`. Three queries at most:
 * candidates with their current levels and ratings, the last validated levels behind current
 * self-assessments, then the full rows of the requested page.
 */
export async function findQualifiedEmployees(
  db: Db,
  actor: Actor,
  rules: RoleRules,
  query: TQualifiedEmployeesQuery,
): Promise<TPage<TQualifiedEmployee>> {
  const includePending = query.include === 'pending';
  // Validated: some validated row (current or the last before a self-assessment) reaches the minimum.
  const levelRows = includePending ? { isCurrent: true } : { status: 'validated' as const };
  const areaConditions: Prisma.EmployeeWhereInput[] = rules.areaRequirements.map((r) => ({
    areaLevels: { some: { ...levelRows, area: r.area, level: { in: levelsAtLeast(r.minLevel) } } },
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
      areaLevels: {
        where: { isCurrent: true },
        select: { id: true, employeeId: true, area: true, level: true, status: true },
      },
      competencyRatings: { select: { competency: true, score: true } },
    },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
  });
  const role = {
    requirements: rules.areaRequirements,
    competencies: rules.competencyRequirements,
    areaMatch: rules.areaMatch,
  };
  const { levelsOf } = includePending
    ? { levelsOf: null }
    : await validatedLevels(
        db,
        actor.organisationId,
        candidates.flatMap((candidate) => candidate.areaLevels),
      );
  const qualifiedIds = candidates
    .filter((candidate) => {
      const member = {
        levels: levelsOf
          ? (levelsOf.get(candidate.id) ?? {})
          : Object.fromEntries(candidate.areaLevels.map((row) => [row.area, row.level])),
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
