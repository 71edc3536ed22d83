import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TDevelopmentTarget, TMemberInput, TRequirement, TTeamInput } from '../contracts/inputs.js';
import { AREA_IDS } from '../model/areas.js';
import { CIRCLE_IDS } from '../model/circles.js';
import { COMPETENCY_IDS } from '../model/competencies.js';
import { LEVEL_IDS } from '../model/levels.js';
import { ROLE_CATALOGUE, ROLE_IDS } from '../model/roles.js';
import { compactMember, isCompact, recordedProfile, STRIDE, writeMember } from './member-profile.js';
import { computeOrganisationCoverage } from './organisation-coverage.js';
import { withPendingLevels } from './pending.js';
import { computeTeamCoverage } from './team-coverage.js';

const arbLevel = fc.constantFrom(...LEVEL_IDS);
const arbArea = fc.constantFrom(...AREA_IDS);
// Keys in any order and any subset: the shapes of real input vary from member to member.
const arbLevels = fc
  .uniqueArray(fc.tuple(arbArea, arbLevel), { selector: ([area]) => area, maxLength: 8 })
  .map((pairs) => Object.fromEntries(pairs) as TMemberInput['levels']);
const arbCompetencies = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...COMPETENCY_IDS), fc.integer({ min: 1, max: 5 })), {
    selector: ([competency]) => competency,
    maxLength: 8,
  })
  .map((pairs) => Object.fromEntries(pairs) as TMemberInput['competencies']);
const arbTarget: fc.Arbitrary<TDevelopmentTarget> = fc.record({
  source: fc.constantFrom('ambition' as const, 'action' as const),
  sourceId: fc.constantFrom('s1', 's2', 's3'),
  area: arbArea,
  level: arbLevel,
  expectedDate: fc.option(fc.constantFrom('2026-01-15', '2026-09-01'), { nil: null }),
});
const arbMember = (employeeId: string): fc.Arbitrary<TMemberInput> =>
  fc.record({
    employeeId: fc.constant(employeeId),
    fte: fc.integer({ min: 1, max: 10 }).map((x) => x / 10),
    levels: arbLevels,
    competencies: arbCompetencies,
    circles: fc.subarray([...CIRCLE_IDS]),
    roleIds: fc.subarray([...ROLE_IDS], { maxLength: 3 }),
    development: fc.array(arbTarget, { maxLength: 3 }),
    certificates: fc.array(
      fc.record({
        certificateTypeId: fc.constantFrom('c1', 'c2'),
        expiresOn: fc.option(fc.constantFrom('2026-03-01', '2027-03-01'), { nil: null }),
      }),
      { maxLength: 2 },
    ),
  });
const arbRequirement = fc.oneof(
  fc.record({ kind: fc.constant('area' as const), area: arbArea, minLevel: arbLevel }),
  fc.record({
    kind: fc.constant('role' as const),
    roleId: fc.constantFrom(...ROLE_CATALOGUE.map((r) => r.id)),
  }),
  fc.record({
    kind: fc.constant('competency' as const),
    competency: fc.constantFrom(...COMPETENCY_IDS),
    minScore: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant('circle' as const), circle: fc.constantFrom(...CIRCLE_IDS) }),
  fc.record({ kind: fc.constant('certificate' as const), certificateTypeId: fc.constantFrom('c1', 'c2') }),
);
const arbTeam = (teamId: string): fc.Arbitrary<TTeamInput> =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 10 }),
      fc.array(fc.tuple(arbRequirement, fc.integer({ min: 0, max: 4 })), { maxLength: 8 }),
    )
    .chain(([ids, requirements]) =>
      fc.tuple(...ids.map((id) => arbMember(`e${String(id).padStart(2, '0')}`))).map((members) => ({
        teamId,
        siteId: 's1',
        measuredOn: '2026-06-01',
        projectionHorizon: '2026-12-01',
        members,
        requirements: requirements.map(
          ([body, count], i) => ({ id: `r${i}`, count, ...body }) as TRequirement,
        ),
      })),
    );
const arbTeams = fc
  .array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 4 })
  .chain((ids) => fc.tuple(...[...new Set(ids)].map((id) => arbTeam(`t${id}`))));

/** The same teams with new member objects, every member compacted. */
function compacted(teams: readonly TTeamInput[]): TTeamInput[] {
  return structuredClone(teams).map((team) => ({ ...team, members: team.members.map(compactMember) }));
}

describe('compact members (member profiles)', () => {
  it('give the same organisation coverage as plain member objects', () => {
    fc.assert(
      fc.property(arbTeams, (teams) => {
        const plain = computeOrganisationCoverage({ teams, groupBySite: true });
        expect(computeOrganisationCoverage({ teams: compacted(teams), groupBySite: true })).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('record the profile the engine would read from the plain member', () => {
    fc.assert(
      fc.property(arbMember('e1'), (member) => {
        const ranks = new Uint8Array(STRIDE);
        const scores = new Uint8Array(STRIDE);
        const projected = new Uint8Array(STRIDE);
        const flags = writeMember(member, ranks, scores, projected, 0);
        const profile = recordedProfile(compactMember(structuredClone(member)));
        expect(profile && [...profile.rows, profile.flags]).toEqual([
          ...ranks,
          ...scores,
          ...projected,
          flags,
        ]);
      }),
    );
  });

  it('a copy with other parts does not use the recorded profile; one with the same parts does; another FTE gets its own supplier record', () => {
    fc.assert(
      fc.property(arbTeam('t'), arbMember('other'), fc.nat(3), (team, other, part) => {
        const [compact] = compacted([team]);
        const members = compact?.members ?? [];
        const key = (['levels', 'competencies', 'circles', 'development'] as const)[part] as 'levels';
        const changed = members.map((member) => ({ ...member, [key]: other[key] }));
        const withRoles = members.map((member) => ({ ...member, roleIds: [] }));
        for (const member of changed) expect(isCompact(member)).toBe(false);
        for (const member of withRoles) expect(isCompact(member)).toBe(true);
        expect(computeTeamCoverage({ ...team, members: changed })).toEqual(
          computeTeamCoverage({ ...team, members: structuredClone(changed) }),
        );
        // Another FTE keeps the profile but not the shared supplier record.
        const withFte = members.map((member) => ({ ...member, fte: other.fte }));
        expect(computeTeamCoverage({ ...team, members: withFte })).toEqual(
          computeTeamCoverage({ ...team, members: structuredClone(withFte) }),
        );
        expect(computeTeamCoverage({ ...team, members: withRoles })).toEqual(
          computeTeamCoverage({ ...team, members: structuredClone(withRoles) }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('freezes the parts the profile is made of, so it cannot go stale', () => {
    const member = compactMember({
      employeeId: 'e1',
      fte: 1,
      levels: { didactiek: 'starter' },
      competencies: {},
      circles: ['buurt'],
      development: [{ source: 'ambition', area: 'didactiek', level: 'expert', expectedDate: null }],
    });
    expect(() => {
      (member.levels as Record<string, string>).pedagogiek = 'expert';
    }).toThrow(TypeError);
    expect(Object.isFrozen(member.development[0])).toBe(true);
  });

  it('levels shared with another member or frozen by the caller stay plain, with the same results', () => {
    const levels = { didactiek: 'expert' as const };
    const first = compactMember({
      employeeId: 'e1',
      fte: 1,
      levels,
      competencies: {},
      circles: [],
      development: [],
    });
    const second = compactMember({
      employeeId: 'e2',
      fte: 1,
      levels,
      competencies: { creativiteit: 5 },
      circles: [],
      development: [],
    });
    const frozen = compactMember({
      employeeId: 'e3',
      fte: 1,
      levels: Object.freeze({ pedagogiek: 'starter' as const }),
      competencies: {},
      circles: [],
      development: [],
    });
    expect([isCompact(first), isCompact(second), isCompact(frozen)]).toEqual([true, false, false]);
    const team: TTeamInput = {
      teamId: 't',
      members: [first, second, frozen],
      requirements: [
        { id: 'r1', kind: 'competency', competency: 'creativiteit', minScore: 4, count: 1 },
        { id: 'r2', kind: 'area', area: 'didactiek', minLevel: 'expert', count: 2 },
      ],
    };
    const result = computeTeamCoverage(team).requirements.map((rc) => rc.supply.headcount);
    expect(result).toEqual([1, 2]);
  });

  it('a pending level of a compact member gives a compact member with the new level', () => {
    const member = compactMember({
      employeeId: 'e1',
      fte: 1,
      levels: { didactiek: 'starter' },
      competencies: {},
      circles: [],
      development: [],
    });
    const approved = withPendingLevels(member, [{ area: 'didactiek', level: 'expert' }]);
    expect(isCompact(approved)).toBe(true);
    expect(recordedProfile(approved)?.rows[0]).toBe(4);
  });
});
