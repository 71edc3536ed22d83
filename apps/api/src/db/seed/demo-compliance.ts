import { type LevelId, levelRank } from '@teamspiegel/domain';
import type { SeedCompliance } from './compliance.ts';
import { seedId } from './ids.ts';
import type { SeedTenant } from './tenant.ts';

/** Members of a team in the plan, in a stable order (by id). */
function membersOf(tenant: SeedTenant, teamKey: string): string[] {
  const teamId = seedId(tenant.plan.organisation.slug, 'team', teamKey);
  return [
    ...new Set(tenant.plan.teamMemberships.filter((m) => m.teamId === teamId).map((m) => m.employeeId)),
  ].sort();
}

/** The teams the demo manager leads: her validation queue lists their people's levels. */
const MANAGED_TEAMS = ['baby', 'peuter', 'unit36'];
/**
 * The cycle (rule 16): 36 months, so the seeded levels (validated at most about 18 months before the
 * school year began) never come due within the school year, and the queue holds just these six.
 */
const REASSESSMENT_MONTHS = 36;
/** Days from the seed's day to the reassess-by day: three overdue, three due within 60 days. */
const REASSESSMENT_DUE_IN_DAYS = [-40, -21, -7, 10, 25, 45];

/**
 * Current validated levels in the manager's teams that a requirement of the team counts (so
 * "without overdue levels" can change a figure), without earlier rows (dating them back keeps the
 * person's history in order), in a stable order.
 */
function levelsToReassess(tenant: SeedTenant): string[] {
  const slug = tenant.plan.organisation.slug;
  const rowsPerArea = new Map<string, number>();
  for (const row of tenant.plan.areaLevels) {
    const key = `${row.employeeId}/${row.area}`;
    rowsPerArea.set(key, (rowsPerArea.get(key) ?? 0) + 1);
  }
  const chosen = new Set<string>();
  for (const teamKey of MANAGED_TEAMS) {
    const teamId = seedId(slug, 'team', teamKey);
    const members = new Set(membersOf(tenant, teamKey));
    const required = tenant.plan.teamRequirements.filter((r) => r.teamId === teamId && r.kind === 'area');
    for (const row of tenant.plan.areaLevels) {
      if (row.status !== 'validated' || row.isCurrent !== true || !members.has(row.employeeId)) continue;
      if (rowsPerArea.get(`${row.employeeId}/${row.area}`) !== 1) continue;
      const counts = required.some(
        (r) => r.area === row.area && levelRank(row.level as LevelId) >= levelRank(r.minLevel as LevelId),
      );
      if (counts && row.id) chosen.add(row.id);
    }
  }
  return [...chosen].sort();
}

/**
 * The demo's compliance (issue 14):
 * - certificates: the baby group needs two kinder-EHBO holders and has two, one of whose
 *   certificate expires in 30 days, and a third counts through her exemption (below): covered
 *   today, a gap projected; the bso needs a BHV holder and her BHV expired 10 days ago; everyone
 *   in the baby group holds a VOG. Coach hours (Wet IKK)
 *   on the two pedagogisch coaches' assignments.
 * - a site requirement (rule 18): IKC De Wilgenhoek needs three kinder-EHBO holders over all its
 *   teams: the two of the baby group and the bso's (the exemption above is the baby group's, not the
 *   site's), so no margin today and a gap projected once the expiring one lapses.
 * - a reassessment cycle of 36 months, with three levels in the manager's teams overdue and three
 *   due within 60 days (the validation queue and the "without overdue levels" switch show them);
 * - exemptions: the bso exempt from its BHV requirement (otherwise a gap) for four months; a third
 *   baby-group member exempt from kinder-EHBO for six weeks (her certificate is on its way; it ends
 *   before the projection's horizon, so the projected gap stays); and one on the peuter group's
 *   teacher requirement that HR ended last month (history).
 */
export function withDemoCompliance(tenant: SeedTenant): SeedTenant {
  const slug = tenant.plan.organisation.slug;
  const [first, second, third, ...rest] = membersOf(tenant, 'baby');
  const [bso] = membersOf(tenant, 'bso-ontdekkers');
  if (!first || !second || !third || !bso)
    throw new Error('demo seed: the baby group and the bso need members');
  const coach = seedId(slug, 'role', 'pedagogisch_coach');
  const coachHours: Record<string, number> = {
    [seedId(slug, 'employee', 'ingrid-van-der-linden')]: 120,
    [seedId(slug, 'employee', 'marijke-tuinstra')]: 80,
  };
  for (const assignment of tenant.plan.roleAssignments) {
    const hours = coachHours[assignment.employeeId];
    if (assignment.roleDefinitionId === coach && hours !== undefined) assignment.coachHoursPerYear = hours;
  }
  const baby = seedId(slug, 'team', 'baby');
  const bsoTeam = seedId(slug, 'team', 'bso-ontdekkers');
  const levels = levelsToReassess(tenant);
  if (levels.length < REASSESSMENT_DUE_IN_DAYS.length)
    throw new Error('demo seed: too few levels to reassess');
  const compliance: SeedCompliance = {
    certificates: [
      { employeeId: first, code: 'kinder-ehbo', expiresInDays: null, obtainedDaysAgo: 120 },
      { employeeId: second, code: 'kinder-ehbo', expiresInDays: 30, obtainedDaysAgo: 700 },
      { employeeId: bso, code: 'bhv', expiresInDays: -10, obtainedDaysAgo: 375 },
      { employeeId: bso, code: 'kinder-ehbo', expiresInDays: null, obtainedDaysAgo: 200 },
      ...[first, second, third, ...rest].map((employeeId) => ({
        employeeId,
        code: 'vog-personenregister',
        expiresInDays: null,
        obtainedDaysAgo: 900,
      })),
    ],
    requirements: [
      { teamId: baby, code: 'kinder-ehbo', count: 2 },
      { teamId: bsoTeam, code: 'bhv', count: 1 },
    ],
    siteRequirements: [
      {
        siteId: seedId(slug, 'site', 'wilgenhoek'),
        code: 'kinder-ehbo',
        count: 3,
        note: 'Kinderdagverblijf en BSO elk één kinder-EHBO’er aanwezig, plus één voor vroege en late diensten.',
      },
    ],
    reassessmentMonths: REASSESSMENT_MONTHS,
    reassessments: REASSESSMENT_DUE_IN_DAYS.map((dueInDays, index) => ({
      areaLevelId: levels[index] as string,
      dueInDays,
    })),
    exemptions: [
      {
        key: 'bso-bhv',
        requirement: { teamId: bsoTeam, code: 'bhv' },
        employeeId: null,
        reason: 'BHV-herhaling is gepland; tot dan is de BHV’er van de school in het gebouw.',
        startsDaysAgo: 10,
        endsInDays: 120,
        endedDaysAgo: null,
      },
      {
        key: 'baby-kinder-ehbo-person',
        requirement: { teamId: baby, code: 'kinder-ehbo' },
        employeeId: third,
        reason: 'Cursus kinder-EHBO gevolgd; het certificaat wordt nagestuurd.',
        startsDaysAgo: 5,
        endsInDays: 42,
        endedDaysAgo: null,
      },
      {
        key: 'peuter-leerkracht',
        requirement: { requirementId: seedId(slug, 'requirement', 'peuter/area/didactiek/ervaren') },
        employeeId: null,
        reason: 'Leerkracht met zwangerschapsverlof; vervanging gezocht.',
        startsDaysAgo: 100,
        endsInDays: 20,
        endedDaysAgo: 35,
      },
    ],
  };
  return { ...tenant, compliance };
}
