import {
  AREA_IDS,
  actionTargetsGap,
  DEVELOPMENT_ACTION_TYPE_IDS,
  DEVELOPMENT_STATUS_IDS,
  ROLE_CATALOGUE,
  SPECIALISATION_IDS,
} from '@teamspiegel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { coverageMix, loadSeededCoverage } from '../../src/db/seed/coverage.ts';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SLUG, ZON_SLUG } from '../../src/db/seed/index.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { verifyPassword } from '../../src/lib/passwords.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

let database: TestDatabase;
let prisma: PrismaClient;
let demoId: string;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  prisma = createPrismaClient(database.url);
  demoId = (await prisma.organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } })).id;
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

/** Keys of the roles an employee holds (RoleAssignment → RoleDefinition.key). */
async function rolesByEmployee(organisationId: string): Promise<Map<string, Set<string>>> {
  const assignments = await prisma.roleAssignment.findMany({
    where: { organisationId, endDate: null },
    include: { roleDefinition: { select: { key: true } } },
  });
  const map = new Map<string, Set<string>>();
  for (const a of assignments) {
    const set = map.get(a.employeeId) ?? new Set<string>();
    set.add(a.roleDefinition.key);
    map.set(a.employeeId, set);
  }
  return map;
}

describe('seeded demo coverage (gap engine on the seeded rows)', () => {
  it('shows a believable mix: mostly covered, every status at least once, gaps with a pipeline', async () => {
    const coverage = await loadSeededCoverage(prisma, demoId);
    expect(coverage).toHaveLength(9);
    const mix = coverageMix(coverage);
    expect(mix.gaps).toBeGreaterThanOrEqual(1);
    expect(mix.singlePoints).toBeGreaterThanOrEqual(1);
    expect(mix.noMargin).toBeGreaterThanOrEqual(1);
    expect(mix.covered).toBeGreaterThan(mix.requirements / 2);
    expect(mix.gapsWithPipeline).toBeGreaterThanOrEqual(1);
    const gapWithPipeline = coverage
      .flatMap((team) => team.requirements)
      .find((r) => r.status === 'gap' && r.pipeline.length > 0);
    expect(gapWithPipeline?.pipeline[0]?.employeeId).toMatch(/^[0-9a-f-]{36}$/);
    // Every team has requirements, and the coverage is spread: not every team looks the same.
    expect(coverage.every((team) => team.requirements.length >= 4)).toBe(true);
    expect(coverage.filter((team) => team.summary.gaps > 0).length).toBeGreaterThanOrEqual(3);
  });
});

describe('seeded plan: open actions aimed at role and surroundings gaps (rule 7)', () => {
  it('a role gap and a surroundings gap each have an open action aimed at them ("al in het plan")', async () => {
    const coverage = await loadSeededCoverage(prisma, demoId);
    const actions = await prisma.developmentAction.findMany({
      where: { organisationId: demoId, status: { in: ['planned', 'in_progress'] } },
    });
    const memberships = await prisma.teamMembership.findMany({
      where: { organisationId: demoId, endDate: null },
      select: { teamId: true, employeeId: true },
    });
    const planned = (kind: 'role' | 'circle') =>
      coverage.flatMap((team) =>
        team.requirements
          .filter((r) => r.requirement.kind === kind && r.status === 'gap')
          .filter((r) => {
            const requirement = r.requirement;
            const gap = {
              teamId: team.teamId,
              kind,
              area: undefined,
              minLevel: undefined,
              roleId: requirement.kind === 'role' ? requirement.roleId : undefined,
              circle: requirement.kind === 'circle' ? requirement.circle : undefined,
            };
            const isMember = (employeeId: string) =>
              memberships.some((m) => m.teamId === team.teamId && m.employeeId === employeeId);
            return actions.some((action) => actionTargetsGap(action, gap, isMember));
          }),
      );
    expect(planned('role').length).toBeGreaterThanOrEqual(1);
    expect(planned('circle').length).toBeGreaterThanOrEqual(1);
  });
});

describe('seeded dates that can be (docs/coverage-rules.md, rule 8)', () => {
  it('no action completed in the future, no end before its start, no level valid from a future date', async () => {
    const now = new Date();
    const actions = await prisma.developmentAction.findMany({
      select: { completedAt: true, startDate: true, expectedEndDate: true, status: true },
    });
    expect(actions.some((a) => a.status === 'completed')).toBe(true);
    expect(actions.filter((a) => a.completedAt && a.completedAt > now)).toEqual([]);
    expect(
      actions.filter((a) => a.startDate && a.expectedEndDate && a.expectedEndDate < a.startDate),
    ).toEqual([]);
    expect(await prisma.areaLevel.count({ where: { validFrom: { gt: now } } })).toBe(0);
  });
});

describe('seeded demo content', () => {
  it('has a school board with 3 sites, about 9 teams and about 120 employees', async () => {
    const where = { organisationId: demoId };
    expect(await prisma.site.count({ where })).toBe(3);
    expect(await prisma.team.count({ where })).toBe(9);
    const employees = await prisma.employee.findMany({ where });
    expect(employees.length).toBeGreaterThanOrEqual(110);
    expect(employees.length).toBeLessThanOrEqual(130);
    expect(employees.some((e) => /^(van|de|ter|in|op) /.test(e.lastName))).toBe(true);
    expect(employees.every((e) => e.fte >= 0.4 && e.fte <= 1.0)).toBe(true);
    expect(new Set(employees.map((e) => e.email)).size).toBe(employees.length);
    const kinds = new Set((await prisma.team.findMany({ where })).map((t) => t.kind));
    for (const kind of [
      'baby_dreumes',
      'peuter',
      'unit_3_6',
      'onderbouw',
      'bovenbouw',
      'bso',
      'zorgteam',
    ] as const) {
      expect(kinds).toContain(kind);
    }
  });

  it('keeps level history and open self-assessments beside mostly validated levels', async () => {
    const where = { organisationId: demoId };
    const current = await prisma.areaLevel.findMany({ where: { ...where, isCurrent: true } });
    const closed = await prisma.areaLevel.findMany({ where: { ...where, isCurrent: null } });
    const validated = current.filter((r) => r.status === 'validated').length;
    expect(validated / current.length).toBeGreaterThan(0.75);
    expect(current.some((r) => r.status === 'self_assessed')).toBe(true);
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((r) => r.validTo !== null && r.validTo >= r.validFrom)).toBe(true);
  });

  it('has the hybrid roles of the brochure', async () => {
    const roles = await rolesByEmployee(demoId);
    const holders = (...keys: string[]) => [...roles].filter(([, set]) => keys.every((k) => set.has(k)));
    expect(holders('onderwijsassistent', 'bso_medewerker').length).toBeGreaterThanOrEqual(1);
    expect(holders('intern_begeleider', 'pedagogisch_coach').length).toBeGreaterThanOrEqual(1);
    const allFour = holders('leraarondersteuner', 'pedagogisch_coach', 'beleidsmedewerker');
    expect(allFour).toHaveLength(1);
    const [employeeId] = allFour[0] ?? [];
    const areas = new Set(
      (
        await prisma.areaLevel.findMany({ where: { organisationId: demoId, employeeId, isCurrent: true } })
      ).map((r) => r.area),
    );
    // Active in all four domains: a specialisation of domain 1 plus the three other domains.
    expect(SPECIALISATION_IDS.some((id) => areas.has(id))).toBe(true);
    for (const domain of [
      'onderzoek_innovatie',
      'professionele_versterking',
      'organisatie_samenwerking',
    ] as const) {
      expect(areas).toContain(domain);
    }
    // The peutergroep is run jointly by a leerkracht and a pm-er.
    const peuter = await prisma.team.findFirstOrThrow({
      where: { organisationId: demoId, name: { contains: 'Vlindertjes' } },
    });
    const inPeuter = await prisma.roleAssignment.findMany({
      where: { organisationId: demoId, teamId: peuter.id },
      include: { roleDefinition: true },
    });
    const keys = new Set(inPeuter.map((a) => a.roleDefinition.key));
    expect(keys).toContain('leerkracht');
    expect(keys).toContain('pedagogisch_medewerker');
    // Some people work in two teams.
    const memberships = await prisma.teamMembership.groupBy({
      by: ['employeeId'],
      where: { organisationId: demoId },
      _count: { _all: true },
    });
    expect(memberships.filter((m) => m._count._all >= 2).length).toBeGreaterThanOrEqual(5);
  });

  it('has development actions of every type and status, and hiring without an employee', async () => {
    const actions = await prisma.developmentAction.findMany({ where: { organisationId: demoId } });
    expect(new Set(actions.map((a) => a.type))).toEqual(new Set(DEVELOPMENT_ACTION_TYPE_IDS));
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(DEVELOPMENT_STATUS_IDS));
    const werving = actions.filter((a) => a.type === 'werving');
    expect(werving.length).toBeGreaterThan(0);
    expect(werving.every((a) => a.employeeId === null && a.teamId !== null)).toBe(true);
    expect(actions.filter((a) => a.type !== 'werving').every((a) => a.employeeId !== null)).toBe(true);
    expect(actions.filter((a) => a.status === 'completed').every((a) => a.completedAt !== null)).toBe(true);
  });

  it('has ambitions in both directions, competency ratings, contacts in every circle and the role catalogue', async () => {
    const where = { organisationId: demoId };
    const ambitions = await prisma.ambition.findMany({ where });
    expect(new Set(ambitions.map((a) => a.direction))).toEqual(new Set(['verbreden', 'verdiepen']));
    expect(ambitions.every((a) => (a.motivation ?? '').length > 10)).toBe(true);
    const ratings = await prisma.competencyRating.findMany({ where });
    expect(ratings.every((r) => r.score >= 1 && r.score <= 5)).toBe(true);
    const contacts = await prisma.surroundingsContact.findMany({ where });
    expect(new Set(contacts.map((c) => c.circle)).size).toBe(5);
    expect(contacts.some((c) => c.partnerName.includes('Consultatiebureau'))).toBe(true);
    const definitions = await prisma.roleDefinition.findMany({ where });
    expect(definitions.map((d) => d.key).sort()).toEqual(ROLE_CATALOGUE.map((r) => r.id).sort());
    expect(definitions.every((d) => d.fromCatalogue)).toBe(true);
    const requirements = await prisma.teamRequirement.findMany({ where });
    expect(new Set(requirements.map((r) => r.kind))).toEqual(
      new Set(['area', 'role', 'competency', 'circle', 'certificate']),
    );
    expect(new Set(requirements.map((r) => r.area).filter(Boolean)).size).toBe(AREA_IDS.length);
  });
});

describe('seeded logins', () => {
  it('every demo login exists with an argon2id hash of the demo password and the right role', async () => {
    for (const login of DEMO_LOGINS) {
      const user = await prisma.user.findUniqueOrThrow({
        where: { email: login.email },
        include: { memberships: { include: { organisation: true } } },
      });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      if (login.role === 'platform_admin') {
        expect(user.isPlatformAdmin).toBe(true);
        continue;
      }
      expect(user.memberships.map((m) => [m.organisation.slug, m.role])).toEqual([
        [login.organisationSlug, login.role],
      ]);
    }
    for (const slug of [DEMO_SLUG, ZON_SLUG]) {
      const org = await prisma.organisation.findUniqueOrThrow({ where: { slug } });
      const roles = (await prisma.organisationMember.findMany({ where: { organisationId: org.id } })).map(
        (m) => m.role,
      );
      expect(roles.sort()).toEqual(['board', 'employee', 'hr', 'manager', 'trainer']);
    }
  });

  it('the manager leads 2-3 teams and the employee login is linked to its employee record', async () => {
    for (const slug of [DEMO_SLUG, ZON_SLUG]) {
      const org = await prisma.organisation.findUniqueOrThrow({ where: { slug } });
      const manager = await prisma.organisationMember.findFirstOrThrow({
        where: { organisationId: org.id, role: 'manager' },
        include: { managedTeams: true },
      });
      expect(manager.managedTeams.length).toBeGreaterThanOrEqual(2);
      expect(manager.managedTeams.length).toBeLessThanOrEqual(3);
      const employeeMember = await prisma.organisationMember.findFirstOrThrow({
        where: { organisationId: org.id, role: 'employee' },
      });
      expect(employeeMember.employeeId).not.toBeNull();
      const employee = await prisma.employee.findFirstOrThrow({
        where: { id: employeeMember.employeeId ?? '' },
      });
      expect(employee.userId).toBe(employeeMember.userId);
      expect(employee.organisationId).toBe(org.id);
    }
  });

  it('has a small second tenant', async () => {
    const zon = await prisma.organisation.findUniqueOrThrow({ where: { slug: ZON_SLUG } });
    const where = { organisationId: zon.id };
    expect(await prisma.site.count({ where })).toBeLessThanOrEqual(2);
    expect(await prisma.team.count({ where })).toBeGreaterThanOrEqual(2);
    expect(await prisma.team.count({ where })).toBeLessThanOrEqual(3);
    const employees = await prisma.employee.count({ where });
    expect(employees).toBeGreaterThanOrEqual(10);
    expect(employees).toBeLessThanOrEqual(20);
  });
});
