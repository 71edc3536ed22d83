// The engine orders requirements, tiers and the ranking without Array.prototype.sort and reuses
// per-team parts from a memo; these properties hold it to plain reference implementations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TRequirement, TTeamInput } from '../contracts/inputs.js';
import type { TOrganisationCoverage, TRankingEntry } from '../contracts/outputs.js';
import { AREA_IDS } from '../model/areas.js';
import { CIRCLE_IDS } from '../model/circles.js';
import { COMPETENCY_IDS } from '../model/competencies.js';
import { statusRank } from '../model/coverage-status.js';
import { LEVEL_IDS, LEVEL_RANK } from '../model/levels.js';
import { ROLE_CATALOGUE } from '../model/roles.js';
import {
  computeOrganisationCoverage,
  computeOrganisationCoverageFrom,
  type TeamCoverageMemo,
} from './organisation-coverage.js';
import { computeTeamCoverage } from './team-coverage.js';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Ids whose plain string order differs from numeric and case-insensitive order.
const requirementIds = ['r0', 'r1', 'r10', 'r9', 'R', 'a', 'r-b', 'z'];
const employeeIds = ['e1', 'e10', 'e2', 'E3', 'e4', 'x'];
const teamIds = ['t1', 't10', 't2', 'T', 'b'];

const arbLevel = fc.constantFrom(...LEVEL_IDS);
const arbMember = fc.record({
  employeeId: fc.constantFrom(...employeeIds),
  fte: fc.integer({ min: 1, max: 10 }).map((x) => x / 10),
  levels: fc.record(Object.fromEntries(AREA_IDS.map((a) => [a, arbLevel])), { requiredKeys: [] }),
  competencies: fc.record(
    Object.fromEntries(COMPETENCY_IDS.map((c) => [c, fc.integer({ min: 1, max: 5 })])),
    { requiredKeys: [] },
  ),
  circles: fc.subarray([...CIRCLE_IDS]),
  roleIds: fc.subarray(ROLE_CATALOGUE.map((r) => r.id)),
  development: fc.constant([]),
});
const arbCount = fc.integer({ min: 0, max: 3 });
const arbRequirementBody = fc.oneof(
  // Mostly area requirements on a few areas, so cells get several tiers.
  fc.record({
    kind: fc.constant('area' as const),
    area: fc.constantFrom(...AREA_IDS.slice(0, 2)),
    minLevel: arbLevel,
    count: arbCount,
  }),
  fc.record({
    kind: fc.constant('area' as const),
    area: fc.constantFrom(...AREA_IDS),
    minLevel: arbLevel,
    count: arbCount,
  }),
  fc.record({
    kind: fc.constant('role' as const),
    roleId: fc.constantFrom(...ROLE_CATALOGUE.map((r) => r.id)),
    count: arbCount,
  }),
  fc.record({
    kind: fc.constant('circle' as const),
    circle: fc.constantFrom(...CIRCLE_IDS),
    count: arbCount,
  }),
);
const arbRequirements = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...requirementIds), arbRequirementBody), {
    selector: ([id]) => id,
    maxLength: requirementIds.length,
  })
  .map((items) => items.map(([id, body]) => ({ id, ...body }) as TRequirement));
const arbTeam = (teamId: fc.Arbitrary<string>): fc.Arbitrary<TTeamInput> =>
  fc.record({
    teamId,
    siteId: fc.constantFrom('s1', null),
    members: fc.uniqueArray(arbMember, { selector: (m) => m.employeeId, maxLength: employeeIds.length }),
    requirements: arbRequirements,
  });
const arbTeams = fc.uniqueArray(arbTeam(fc.constantFrom(...teamIds)), {
  selector: (t) => t.teamId,
  maxLength: teamIds.length,
});

/** The ranking's definition: most severe first, then gap, status, team id and requirement id. */
function referenceRanking(org: TOrganisationCoverage): string[] {
  const rows = org.teams.flatMap((team) =>
    team.requirements
      .filter((rc) => rc.status !== 'covered' && rc.status !== 'exempt')
      .map((rc) => ({
        key: `${team.teamId}/${rc.requirement.id}`,
        teamId: team.teamId,
        requirementId: rc.requirement.id,
        severity: rc.severity,
        gap: rc.gap,
        status: rc.status,
      })),
  );
  rows.sort(
    (a, b) =>
      b.severity - a.severity ||
      b.gap - a.gap ||
      statusRank(b.status) - statusRank(a.status) ||
      byString(a.teamId, b.teamId) ||
      byString(a.requirementId, b.requirementId),
  );
  return rows.map((row) => row.key);
}

const keyOf = (entry: TRankingEntry) => `${entry.teamId}/${entry.requirementId}`;

describe('engine order (against reference implementations)', () => {
  it('a team reports its requirements in plain string order of their ids, whatever the input order', () => {
    fc.assert(
      fc.property(arbTeam(fc.constant('t')), (team) => {
        const ids = computeTeamCoverage(team).requirements.map((rc) => rc.requirement.id);
        expect(ids).toEqual(team.requirements.map((r) => r.id).sort(byString));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a requirement id listed twice, naming the first duplicate in id order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...requirementIds), { minLength: 2 }),
        fc.nat(),
        fc.nat(),
        (ids, first, second) => {
          const twice = [ids[first % ids.length], ids[second % ids.length]] as string[];
          const requirements = [...ids, ...twice].map(
            (id): TRequirement => ({ id, kind: 'circle', circle: 'buurt', count: 1 }),
          );
          const expected = [...new Set(twice)].sort(byString)[0];
          expect(() => computeTeamCoverage({ teamId: 't', members: [], requirements })).toThrow(
            `Requirement '${expected}' appears twice`,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the ranking is the reference order: severity, gap, status, team id, requirement id', () => {
    fc.assert(
      fc.property(arbTeams, (teams) => {
        const org = computeOrganisationCoverage({ teams });
        expect(org.ranking.map(keyOf)).toEqual(referenceRanking(org));
      }),
      { numRuns: 300 },
    );
  });

  it("a cell's tiers are its area requirements by level, then id, with the team's figures", () => {
    fc.assert(
      fc.property(arbTeams, (teams) => {
        const org = computeOrganisationCoverage({ teams });
        org.matrix.forEach((row, t) => {
          const results = org.teams[t]?.requirements ?? [];
          for (const area of AREA_IDS) {
            const expected = results
              .filter((rc) => rc.requirement.kind === 'area' && rc.requirement.area === area)
              .map((rc) => {
                const req = rc.requirement as Extract<TRequirement, { kind: 'area' }>;
                return {
                  requirementId: req.id,
                  minLevel: req.minLevel,
                  count: req.count,
                  headcount: rc.supply.headcount,
                  gap: rc.gap,
                  projectedGap: rc.projected.gap,
                  status: rc.status,
                };
              })
              .sort(
                (a, b) =>
                  LEVEL_RANK[a.minLevel] - LEVEL_RANK[b.minLevel] ||
                  byString(a.requirementId, b.requirementId),
              );
            expect(row.cells[area].tiers).toEqual(expected);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('with a memo the result equals a fresh computation, also after teams change or reorder', () => {
    fc.assert(
      fc.property(arbTeams, arbTeams, fc.nat(), (teams, replacements, seed) => {
        const memo: TeamCoverageMemo = new WeakMap();
        expect(computeOrganisationCoverage({ teams, memo })).toEqual(computeOrganisationCoverage({ teams }));
        // Some teams replaced by new objects (recomputed), the rest taken from the memo, in another order.
        const changed = teams.map((team) => replacements.find((r) => r.teamId === team.teamId) ?? team);
        const reordered = changed.map((_, i) => changed[(i + seed) % changed.length] as TTeamInput);
        expect(computeOrganisationCoverage({ teams: reordered, memo })).toEqual(
          computeOrganisationCoverage({ teams: reordered }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('computed from the previous result through a sequence of team changes, every figure equals a fresh computation', () => {
    // A changed team: new members and requirements, its site kept or not, its first requirement exempt or not.
    const arbStep = fc.record({
      at: fc.nat(),
      team: arbTeam(fc.constant('')),
      keepSite: fc.boolean(),
      exempt: fc.boolean(),
    });
    const withExemption = (team: TTeamInput, exempt: boolean): TTeamInput => {
      const first = team.requirements[0];
      if (!exempt || !first) return team;
      const exemption = { id: `x-${first.id}`, requirementId: first.id, employeeId: null };
      return {
        ...team,
        measuredOn: '2026-06-01',
        exemptions: [{ ...exemption, startsOn: '2026-01-01', endsOn: '2026-12-31' }],
      };
    };
    fc.assert(
      fc.property(
        arbTeams,
        fc.array(arbStep, { maxLength: 8 }),
        fc.boolean(),
        (start, steps, groupBySite) => {
          const memo: TeamCoverageMemo = new WeakMap();
          let teams = start;
          let state = computeOrganisationCoverageFrom(null, { teams, memo, groupBySite });
          // JSON as well as toEqual: the same keys in the same order (the API sends these objects).
          const expectFresh = () => {
            const fresh = computeOrganisationCoverage({ teams, groupBySite });
            expect(state.result).toEqual(fresh);
            expect(JSON.stringify(state.result)).toBe(JSON.stringify(fresh));
          };
          expectFresh();
          for (const step of steps) {
            if (teams.length === 0) break;
            const at = step.at % teams.length;
            const old = teams[at] as TTeamInput;
            const next = withExemption(
              { ...step.team, teamId: old.teamId, siteId: step.keepSite ? old.siteId : step.team.siteId },
              step.exempt,
            );
            teams = teams.map((team, i) => (i === at ? next : team));
            state = computeOrganisationCoverageFrom(state, { teams, memo, groupBySite });
            expectFresh();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('each member has one supplier record, shared by every list it appears in', () => {
    fc.assert(
      fc.property(arbTeam(fc.constant('t')), (team) => {
        const records = new Map<string, object>();
        for (const rc of computeTeamCoverage(team).requirements) {
          for (const supplier of [...rc.suppliers, ...rc.candidates, ...rc.unqualifiedHolders]) {
            const member = team.members.find((m) => m.employeeId === supplier.employeeId);
            expect(supplier).toEqual({ employeeId: member?.employeeId, fte: member?.fte });
            const seen = records.get(supplier.employeeId) ?? supplier;
            expect(supplier).toBe(seen);
            records.set(supplier.employeeId, supplier);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
