import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TDevelopmentTarget, TMemberInput, TRequirement, TTeamInput } from '../contracts/inputs.js';
import { ZTeamCoverage } from '../contracts/outputs.js';
import { AREA_IDS } from '../model/areas.js';
import { CIRCLE_IDS } from '../model/circles.js';
import { COMPETENCY_IDS } from '../model/competencies.js';
import { DEVELOPMENT_ACTION_TYPE_IDS } from '../model/development.js';
import { LEVEL_IDS, LEVEL_RANK } from '../model/levels.js';
import { ROLE_CATALOGUE, ROLE_IDS } from '../model/roles.js';
import { computeOrganisationCoverage } from './organisation-coverage.js';
import { qualifiesForRole } from './qualifies-for-role.js';
import { computeTeamCoverage } from './team-coverage.js';

const arbLevel = fc.constantFrom(...LEVEL_IDS);
const arbArea = fc.constantFrom(...AREA_IDS);
const arbDate = fc.option(fc.constantFrom('2025-06-01', '2026-01-15', '2026-09-01'), { nil: null });

const arbTarget: fc.Arbitrary<TDevelopmentTarget> = fc.record(
  {
    source: fc.constantFrom('ambition' as const, 'action' as const),
    sourceId: fc.constantFrom('s1', 's2'),
    area: arbArea,
    level: arbLevel,
    expectedDate: arbDate,
    actionType: fc.constantFrom(...DEVELOPMENT_ACTION_TYPE_IDS),
  },
  { requiredKeys: ['source', 'area', 'level', 'expectedDate'] },
);

const arbMemberBody = fc.record({
  fte: fc.integer({ min: 0, max: 20 }).map((x) => x / 10),
  levels: fc.record(
    Object.fromEntries(AREA_IDS.map((a) => [a, arbLevel])) as Record<
      (typeof AREA_IDS)[number],
      typeof arbLevel
    >,
    {
      requiredKeys: [],
    },
  ),
  competencies: fc.record(
    Object.fromEntries(COMPETENCY_IDS.map((c) => [c, fc.integer({ min: 1, max: 5 })])) as Record<
      (typeof COMPETENCY_IDS)[number],
      fc.Arbitrary<number>
    >,
    { requiredKeys: [] },
  ),
  circles: fc.subarray([...CIRCLE_IDS]),
  roleIds: fc.subarray([...ROLE_IDS], { maxLength: 4 }),
  development: fc.array(arbTarget, { maxLength: 3 }),
});

const arbMember = (id: fc.Arbitrary<string>): fc.Arbitrary<TMemberInput> =>
  fc.tuple(id, arbMemberBody).map(([employeeId, body]) => ({ employeeId, ...body }));

const arbCount = fc.integer({ min: 0, max: 4 });
const arbRequirementBody = fc.oneof(
  fc.record({ kind: fc.constant('area' as const), area: arbArea, minLevel: arbLevel, count: arbCount }),
  fc.record({
    kind: fc.constant('role' as const),
    roleId: fc.constantFrom(...ROLE_CATALOGUE.map((r) => r.id)),
    count: arbCount,
  }),
  fc.record({
    kind: fc.constant('competency' as const),
    competency: fc.constantFrom(...COMPETENCY_IDS),
    minScore: fc.integer({ min: 1, max: 5 }),
    count: arbCount,
  }),
  fc.record({
    kind: fc.constant('circle' as const),
    circle: fc.constantFrom(...CIRCLE_IDS),
    count: arbCount,
  }),
);

const memberIds = fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `e${String(i).padStart(2, '0')}`));

const arbTeam = (teamId: fc.Arbitrary<string> = fc.constant('t')): fc.Arbitrary<TTeamInput> =>
  fc.record({
    teamId,
    siteId: fc.option(fc.constantFrom('s1', 's2'), { nil: null }),
    members: fc.uniqueArray(arbMember(memberIds), { selector: (m) => m.employeeId, maxLength: 8 }),
    requirements: fc
      .array(arbRequirementBody, { maxLength: 8 })
      .map((bodies) => bodies.map((b, i) => ({ id: `r${i}`, ...b }) as TRequirement)),
  });

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function gaps(team: TTeamInput): Map<string, { gap: number; projected: number }> {
  return new Map(
    computeTeamCoverage(team).requirements.map((rc) => [
      rc.requirement.id,
      { gap: rc.gap, projected: rc.projected.gap },
    ]),
  );
}

const runs = { numRuns: 300 };

describe('gap engine properties', () => {
  it('adding a member never increases any gap (current or projected)', () => {
    fc.assert(
      fc.property(arbTeam(), arbMember(fc.constant('newcomer')), (team, newcomer) => {
        const before = gaps(team);
        const after = gaps({ ...team, members: [...team.members, newcomer] });
        for (const [id, b] of before) {
          const a = after.get(id);
          expect(a && a.gap <= b.gap && a.projected <= b.projected).toBe(true);
        }
      }),
      runs,
    );
  });

  it('removing a member never decreases any gap', () => {
    fc.assert(
      fc.property(arbTeam(), fc.nat(), (team, pick) => {
        fc.pre(team.members.length > 0);
        const leaving = pick % team.members.length;
        const before = gaps(team);
        const after = gaps({ ...team, members: team.members.filter((_, i) => i !== leaving) });
        for (const [id, b] of before) {
          const a = after.get(id);
          expect(a && a.gap >= b.gap && a.projected >= b.projected).toBe(true);
        }
      }),
      runs,
    );
  });

  it('gap is max(0, count − supply), zero exactly when supply ≥ count, and status agrees', () => {
    fc.assert(
      fc.property(arbTeam(), (team) => {
        const coverage = computeTeamCoverage(team);
        expect(ZTeamCoverage.safeParse(coverage).success).toBe(true);
        for (const rc of coverage.requirements) {
          const { count } = rc.requirement;
          const h = rc.supply.headcount;
          expect(h).toBe(rc.suppliers.length);
          expect(rc.gap).toBe(Math.max(0, count - h));
          expect(rc.gap === 0).toBe(h >= count);
          const expected =
            h < count ? 'gap' : count === 0 || h > count ? 'covered' : h === 1 ? 'single_point' : 'no_margin';
          expect(rc.status).toBe(expected);
          // A single point is exactly one distinct person.
          if (rc.status === 'single_point')
            expect(new Set(rc.suppliers.map((x) => x.employeeId)).size).toBe(1);
        }
      }),
      runs,
    );
  });

  it('suppliers are exactly the members who meet the requirement (checked against a naive oracle)', () => {
    fc.assert(
      fc.property(arbTeam(), (team) => {
        for (const rc of computeTeamCoverage(team).requirements) {
          const req = rc.requirement;
          const meets = (m: TMemberInput): boolean => {
            switch (req.kind) {
              case 'area': {
                const level = m.levels[req.area];
                return level !== undefined && LEVEL_RANK[level] >= LEVEL_RANK[req.minLevel];
              }
              case 'role': {
                const role = ROLE_CATALOGUE.find((r) => r.id === req.roleId);
                const holds = m.roleIds?.includes(req.roleId) ?? false;
                return holds && role !== undefined && qualifiesForRole(m, role).qualifies;
              }
              case 'competency':
                return (m.competencies[req.competency] ?? 0) >= req.minScore;
              case 'circle':
                return m.circles.includes(req.circle);
              case 'certificate':
                return m.certificates?.some((c) => c.certificateTypeId === req.certificateTypeId) ?? false;
            }
          };
          const expected = team.members
            .filter(meets)
            .map((m) => m.employeeId)
            .sort();
          expect(rc.suppliers.map((s) => s.employeeId)).toEqual(expected);
        }
      }),
      runs,
    );
  });

  it('results do not depend on member or requirement order', () => {
    fc.assert(
      fc.property(arbTeam(), fc.integer(), fc.integer(), (team, s1, s2) => {
        const shuffled = {
          ...team,
          members: shuffle(team.members, s1),
          requirements: shuffle(team.requirements, s2),
        };
        expect(computeTeamCoverage(shuffled)).toEqual(computeTeamCoverage(team));
      }),
      runs,
    );
  });

  it('the projection never makes things worse: projected gap ≤ gap, projected supply ≥ supply', () => {
    fc.assert(
      fc.property(arbTeam(), (team) => {
        for (const rc of computeTeamCoverage(team).requirements) {
          expect(rc.projected.gap).toBeLessThanOrEqual(rc.gap);
          expect(rc.projected.supply.headcount).toBe(
            rc.supply.headcount + rc.pipeline.length + rc.vacancies.length,
          );
          const suppliers = new Set(rc.suppliers.map((s) => s.employeeId));
          expect(rc.pipeline.every((p) => !suppliers.has(p.employeeId))).toBe(true);
        }
      }),
      runs,
    );
  });

  it('organisation totals equal the sums over teams, and the ranking is order independent', () => {
    const arbTeams = fc.uniqueArray(arbTeam(fc.constantFrom('t1', 't2', 't3', 't4', 't5')), {
      selector: (t) => t.teamId,
      maxLength: 5,
    });
    fc.assert(
      fc.property(arbTeams, fc.integer(), (teams, seed) => {
        const org = computeOrganisationCoverage({ teams, groupBySite: true });
        const sum = (pick: (s: (typeof org.teams)[number]['summary']) => number) =>
          org.teams.reduce((acc, t) => acc + pick(t.summary), 0);
        expect(org.totals.overall).toEqual({
          requirements: sum((s) => s.requirements),
          covered: sum((s) => s.covered),
          noMargin: sum((s) => s.noMargin),
          singlePoints: sum((s) => s.singlePoints),
          gaps: sum((s) => s.gaps),
          totalGap: sum((s) => s.totalGap),
          projectedTotalGap: sum((s) => s.projectedTotalGap),
        });
        const areaGap = Object.values(org.totals.byArea).reduce((acc, a) => acc + a.totalGap, 0);
        const nonAreaGap = org.teams
          .flatMap((t) => t.requirements)
          .filter((rc) => rc.requirement.kind !== 'area')
          .reduce((acc, rc) => acc + rc.gap, 0);
        expect(areaGap + nonAreaGap).toBe(org.totals.overall.totalGap);
        const matrixGap = org.matrix.reduce(
          (acc, row) => acc + Object.values(row.cells).reduce((a, c) => a + c.gap, 0),
          0,
        );
        expect(matrixGap).toBe(areaGap);
        const siteReqs = Object.values(org.totals.bySite ?? {}).reduce((acc, s) => acc + s.requirements, 0);
        expect(siteReqs).toBe(org.totals.overall.requirements);
        const { gaps: g, singlePoints, noMargin } = org.totals.overall;
        expect(org.ranking.length).toBe(g + singlePoints + noMargin);
        expect(computeOrganisationCoverage({ teams: shuffle(teams, seed), groupBySite: true })).toEqual(org);
      }),
      { numRuns: 150 },
    );
  });
  it('adding a person at the top level never increases people missing (team, cell or area total)', () => {
    const topLevel = fc.tuple(arbMember(fc.constant('zz-top')), fc.subarray([...AREA_IDS], { minLength: 1 }));
    fc.assert(
      fc.property(arbTeam(), topLevel, (team, [newcomer, areas]) => {
        const expert = { ...newcomer, levels: Object.fromEntries(areas.map((a) => [a, 'expert'])) };
        const before = computeOrganisationCoverage({ teams: [team] });
        const after = computeOrganisationCoverage({
          teams: [{ ...team, members: [...team.members, expert] }],
        });
        expect(after.totals.overall.totalGap).toBeLessThanOrEqual(before.totals.overall.totalGap);
        for (const area of AREA_IDS) {
          const b = before.matrix[0]?.cells[area];
          const a = after.matrix[0]?.cells[area];
          expect(a && b && a.gap <= b.gap && a.projectedGap <= b.projectedGap).toBe(true);
        }
      }),
      runs,
    );
  });

  it("a cell's people missing is its largest tier gap, and exactly that many experts close every tier", () => {
    const arbTiers = fc.array(fc.tuple(arbLevel, fc.integer({ min: 0, max: 6 })), {
      minLength: 1,
      maxLength: 4,
    });
    const arbLevels = fc.array(fc.option(arbLevel, { nil: undefined }), { maxLength: 10 });
    fc.assert(
      fc.property(arbTiers, arbLevels, (tiers, levels) => {
        const members = levels.map(
          (level, i) =>
            ({
              employeeId: `m${String(i).padStart(2, '0')}`,
              fte: 1,
              levels: level ? { pedagogiek: level } : {},
              competencies: {},
              circles: [],
              development: [],
            }) as TMemberInput,
        );
        const requirements = tiers.map(
          ([minLevel, count], i) =>
            ({ id: `t${i}`, kind: 'area', area: 'pedagogiek', minLevel, count }) as TRequirement,
        );
        const cellOf = (list: TMemberInput[]) => {
          const cell = computeOrganisationCoverage({ teams: [{ teamId: 't', members: list, requirements }] })
            .matrix[0]?.cells.pedagogiek;
          if (!cell) throw new Error('no cell');
          return cell;
        };
        const cell = cellOf(members);
        expect(cell.gap).toBe(Math.max(...cell.tiers.map((t) => t.gap)));
        expect(cell.status).toBe(
          cell.tiers.find(
            (t) => t.minLevel === cell.minLevel && t.count === cell.required && t.headcount === cell.supply,
          )?.status,
        );
        const experts = (n: number) =>
          Array.from(
            { length: n },
            (_, i) =>
              ({
                employeeId: `x${i}`,
                fte: 1,
                levels: { pedagogiek: 'expert' },
                competencies: {},
                circles: [],
                development: [],
              }) as TMemberInput,
          );
        expect(cellOf([...members, ...experts(cell.gap)]).gap).toBe(0);
        if (cell.gap > 0) expect(cellOf([...members, ...experts(cell.gap - 1)]).gap).toBe(1);
        if (cell.status === 'single_point') expect(cell.supply).toBe(1);
      }),
      runs,
    );
  });

  it('only people in training meet the trainee role', () => {
    fc.assert(
      fc.property(arbTeam(), (team) => {
        const holders = team.members.map((m) => ({ ...m, roleIds: ['stagiaire'] }));
        const rc = computeTeamCoverage({
          ...team,
          members: holders,
          requirements: [{ id: 's', kind: 'role', roleId: 'stagiaire', count: 1 }],
        }).requirements[0];
        // In training: in_opleiding somewhere and beyond it nowhere.
        const inTraining = holders
          .filter((m) => {
            const levels = Object.values(m.levels);
            return levels.includes('in_opleiding') && levels.every((level) => level === 'in_opleiding');
          })
          .map((m) => m.employeeId)
          .sort();
        expect(rc?.suppliers.map((x) => x.employeeId)).toEqual(inTraining);
      }),
      runs,
    );
  });
});

describe('certificate requirements (rule 10)', () => {
  const arbExpiry = fc.option(
    fc.constantFrom('2026-11-30', '2026-12-06', '2027-01-05', '2027-03-06', '2028-01-01'),
    {
      nil: null,
    },
  );
  const arbCertificates = fc.array(
    fc.record({ certificateTypeId: fc.constantFrom('ehbo', 'bhv'), expiresOn: arbExpiry }),
    { maxLength: 3 },
  );
  const arbCertificateTeam: fc.Arbitrary<TTeamInput> = fc.record({
    teamId: fc.constant('t'),
    siteId: fc.constant(null),
    measuredOn: fc.constant('2026-12-06'),
    projectionHorizon: fc.constantFrom('2026-12-06', '2027-03-06', '2028-06-01'),
    members: fc.uniqueArray(
      fc.record({
        employeeId: memberIds,
        fte: fc.constant(1),
        levels: fc.constant({}),
        competencies: fc.constant({}),
        circles: fc.constant([]),
        development: fc.constant([]),
        certificates: arbCertificates,
      }),
      { selector: (m) => m.employeeId, maxLength: 6 },
    ),
    requirements: fc.constant([
      { id: 'ehbo', kind: 'certificate' as const, certificateTypeId: 'ehbo', count: 1 },
      { id: 'bhv', kind: 'certificate' as const, certificateTypeId: 'bhv', count: 2 },
    ]),
  });

  it('a certificate expiring before the horizon never increases projected coverage', () => {
    fc.assert(
      fc.property(arbCertificateTeam, fc.nat(), fc.constantFrom('ehbo', 'bhv'), (team, pick, type) => {
        fc.pre(team.members.length > 0);
        const horizon = team.projectionHorizon as string;
        const i = pick % team.members.length;
        const target = team.members[i] as TMemberInput;
        // Give one member a certificate that is valid today but lapses the day before the horizon.
        const dayBefore = new Date(Date.parse(`${horizon}T00:00:00Z`) - 86_400_000)
          .toISOString()
          .slice(0, 10);
        fc.pre(dayBefore >= (team.measuredOn as string));
        const added = {
          ...team,
          members: team.members.map((m, j) =>
            j === i
              ? {
                  ...target,
                  certificates: [
                    ...(target.certificates ?? []),
                    { certificateTypeId: type, expiresOn: dayBefore },
                  ],
                }
              : m,
          ),
        };
        const before = computeTeamCoverage(team).requirements;
        const after = computeTeamCoverage(added).requirements;
        for (const [k, b] of before.entries()) {
          const a = after[k];
          if (!a) throw new Error('requirement lost');
          expect(a.projected.supply.headcount).toBeLessThanOrEqual(b.projected.supply.headcount);
          expect(a.projected.gap).toBeGreaterThanOrEqual(b.projected.gap);
          // Today it may help: valid on the measured date.
          expect(a.supply.headcount).toBeGreaterThanOrEqual(b.supply.headcount);
        }
      }),
      runs,
    );
  });

  it('projected holders are exactly the members with a certificate valid on both the date and the horizon', () => {
    fc.assert(
      fc.property(arbCertificateTeam, (team) => {
        for (const rc of computeTeamCoverage(team).requirements) {
          const req = rc.requirement;
          if (req.kind !== 'certificate') continue;
          const validOn = (m: TMemberInput, date: string) =>
            m.certificates?.some(
              (c) =>
                c.certificateTypeId === req.certificateTypeId &&
                (c.expiresOn === null || (c.expiresOn >= (team.measuredOn as string) && c.expiresOn >= date)),
            ) ?? false;
          expect(rc.supply.headcount).toBe(
            team.members.filter((m) => validOn(m, team.measuredOn as string)).length,
          );
          expect(rc.projected.supply.headcount).toBe(
            team.members.filter((m) => validOn(m, team.projectionHorizon as string)).length,
          );
        }
      }),
      runs,
    );
  });
});
