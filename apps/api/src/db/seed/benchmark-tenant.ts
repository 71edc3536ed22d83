import { AREA_IDS, type AreaId, LEVEL_IDS } from '@teamspiegel/domain';
import type { Rank } from './archetypes.ts';
import { levelId } from './area-level-rows.ts';
import { TenantBuilder } from './builder.ts';
import { addDays, addMonths } from './dates.ts';
import { BENCHMARK_LOGINS } from './demo-logins.ts';
import { seedId } from './ids.ts';
import { createRandom, seedFromString } from './prng.ts';
import { roleDefinitionId } from './roles.ts';
import { type SeedTenant, tenantFromBuilder } from './tenant.ts';

export const BENCHMARK_SLUG = 'benchmark';

const TEAM_KINDS = [
  'baby_dreumes',
  'peuter',
  'unit_3_6',
  'onderbouw',
  'bovenbouw',
  'bso',
  'zorgteam',
] as const;
const FIRST = [
  'Anouk',
  'Sanne',
  'Lotte',
  'Femke',
  'Esther',
  'Ilse',
  'Judith',
  'Iris',
  'Bas',
  'Thijs',
  'Noor',
  'Fatima',
];
const LAST = [
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'de Jong',
  'van der Meer',
  'Mulder',
  'Yılmaz',
  'Bos',
  'de Wit',
];

/**
 * `--size large`: 50 sites, 1,000 teams, 20,000 employees, ~60,000 current area levels, ~8
 * requirements per team. Rows are generated directly (no per-person detail) so the insert is fast.
 * `people` scales it (20 per team, 20 teams per site, at most 50 sites): the API benchmark compares
 * 2,000 with 20,000 (BENCH_SIZES), each in its own database.
 */
export function buildBenchmarkTenant(anchor: Date, people = 20_000): SeedTenant {
  const random = createRandom(seedFromString('teamspiegel-benchmark'));
  const b = new TenantBuilder({
    slug: BENCHMARK_SLUG,
    name: `Benchmark Kindcentra (${(people / 20).toLocaleString('nl-NL')} teams)`,
    emailDomain: 'benchmark.example.nl',
    anchor,
    random,
    detail: false,
  });
  const org = b.organisationId;
  const id = (table: string, key: string | number) => seedId(BENCHMARK_SLUG, table, key);
  b.roleDefinitions();
  b.logins(BENCHMARK_LOGINS);

  const employeesPerTeam = 20;
  const teamCount = Math.max(3, Math.round(people / employeesPerTeam));
  const siteCount = Math.min(50, Math.max(1, Math.round(teamCount / 20)));
  for (let s = 0; s < siteCount; s++) b.site(`s${s}`, `Benchmark IKC ${s + 1}`, `Plaats ${(s % 12) + 1}`);
  for (let t = 0; t < teamCount; t++) {
    const kind = TEAM_KINDS[t % TEAM_KINDS.length] ?? 'overig';
    b.team(`t${t}`, `s${t % siteCount}`, `Team ${t + 1} (${kind})`, kind);
  }
  b.manages(['t0', 't1', 't2']);

  const plan = b.plan;
  const roleKeys = ['pedagogisch_medewerker', 'leerkracht', 'bso_medewerker', 'onderwijsassistent'] as const;
  let e = 0;
  for (let t = 0; t < teamCount; t++) {
    const teamId = b.teamId(`t${t}`);
    for (let m = 0; m < employeesPerTeam; m++, e++) {
      const employeeId = id('employee', e);
      plan.employees.push({
        id: employeeId,
        organisationId: org,
        firstName: FIRST[e % FIRST.length] ?? 'Anouk',
        lastName: `${LAST[(e >> 3) % LAST.length] ?? 'Bakker'} ${e + 1}`,
        email: `medewerker${e + 1}@benchmark.example.nl`,
        jobTitle: 'Pedagogisch medewerker',
        fte: Math.round((0.4 + random.next() * 0.6) * 10) / 10,
        startDate: addMonths(anchor, -random.int(1, 240)),
      });
      plan.teamMemberships.push({
        id: id('membership', `${e}/${t}`),
        organisationId: org,
        teamId,
        employeeId,
        startDate: addMonths(anchor, -random.int(1, 60)),
        roleInTeam: 'Pedagogisch medewerker',
      });
      // One in ten works in a second team at the same site.
      if (e % 10 === 9) {
        const other = (t + siteCount) % teamCount;
        plan.teamMemberships.push({
          id: id('membership', `${e}/${other}`),
          organisationId: org,
          teamId: b.teamId(`t${other}`),
          employeeId,
          startDate: addMonths(anchor, -random.int(1, 24)),
          roleInTeam: 'Invalkracht',
        });
      }
      // Three areas per person, with a random level.
      const offset = random.int(0, AREA_IDS.length - 1);
      for (let a = 0; a < 3; a++) {
        const area = AREA_IDS[(offset + a * 3) % AREA_IDS.length] as AreaId;
        const rank = random.int(1, 4) as Rank;
        plan.areaLevels.push({
          id: id('area-level', `${e}/${area}`),
          organisationId: org,
          employeeId,
          area,
          level: levelId(rank),
          status: random.chance(0.9) ? 'validated' : 'self_assessed',
          validFrom: addDays(anchor, -random.int(10, 700)),
          isCurrent: true,
        });
      }
      if (e % 10 === 0) {
        const area = AREA_IDS[random.int(0, AREA_IDS.length - 1)] as AreaId;
        plan.ambitions.push({
          id: id('ambition', e),
          organisationId: org,
          employeeId,
          direction: random.chance(0.5) ? 'verdiepen' : 'verbreden',
          area,
          targetLevel: LEVEL_IDS[random.int(1, 3)] ?? 'ervaren',
          horizonDate: addMonths(anchor, random.int(3, 24)),
          motivation: 'Benchmark-ambitie.',
        });
      }
      if (m === 0) {
        const role = roleKeys[t % roleKeys.length] ?? 'pedagogisch_medewerker';
        plan.roleAssignments.push({
          id: id('role-assignment', e),
          organisationId: org,
          employeeId,
          roleDefinitionId: roleDefinitionId(BENCHMARK_SLUG, role),
          teamId,
        });
      }
    }
    // About eight requirements per team: six area tiers, one role, one competency or circle.
    const areaOffset = t % AREA_IDS.length;
    for (let r = 0; r < 6; r++) {
      const area = AREA_IDS[(areaOffset + r) % AREA_IDS.length] as AreaId;
      const minLevel = LEVEL_IDS[1 + ((t + r) % 3)] ?? 'ervaren';
      plan.teamRequirements.push({
        id: id('requirement', `${t}/area/${area}`),
        organisationId: org,
        teamId,
        kind: 'area',
        area,
        minLevel,
        count: 1 + ((t * 7 + r) % 4),
      });
    }
    plan.teamRequirements.push({
      id: id('requirement', `${t}/role`),
      organisationId: org,
      teamId,
      kind: 'role',
      roleDefinitionId: roleDefinitionId(BENCHMARK_SLUG, roleKeys[t % roleKeys.length] ?? 'leerkracht'),
      count: 2,
    });
    plan.teamRequirements.push(
      t % 2 === 0
        ? {
            id: id('requirement', `${t}/circle`),
            organisationId: org,
            teamId,
            kind: 'circle',
            circle: 'partners',
            count: 1,
          }
        : {
            id: id('requirement', `${t}/competency`),
            organisationId: org,
            teamId,
            kind: 'competency',
            competency: 'samenwerkingsgerichtheid',
            minScore: 3,
            count: 2,
          },
    );
  }
  // The benchmark manager is linked to the first employee.
  const managerUserId = b.userId('manager');
  const member = plan.members.find((m) => m.userId === managerUserId);
  const first = plan.employees[0];
  if (member && first) {
    member.employeeId = first.id;
    first.userId = managerUserId;
  }
  return tenantFromBuilder(b);
}
