import { describe, expect, it } from 'vitest';
import { areaReq, member, roleReq, target, team } from '../../test/builders.js';
import { ZTeamCoverage } from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { computeTeamCoverage } from './team-coverage.js';

function byId(coverage: ReturnType<typeof computeTeamCoverage>, id: string) {
  const rc = coverage.requirements.find((r) => r.requirement.id === id);
  if (!rc) throw new Error(`no requirement ${id}`);
  return rc;
}

describe('computeTeamCoverage — practice cases from the brochure', () => {
  it('an onderwijsassistent who is also pm-er in after-school care supplies both roles and areas', () => {
    // Marjo Clignet: leerkrachtondersteuner and pm-er on the bso.
    const marjo = member('marjo', {
      fte: 0.9,
      levels: { didactiek: 'starter', pedagogiek: 'starter' },
      roleIds: ['onderwijsassistent', 'bso_medewerker', 'leraarondersteuner'],
    });
    const coverage = computeTeamCoverage(
      team(
        [marjo],
        [
          roleReq('oa', 'onderwijsassistent'),
          roleReq('bso', 'bso_medewerker'),
          roleReq('lo', 'leraarondersteuner'),
          areaReq('did', 'didactiek', 'starter'),
          areaReq('ped', 'pedagogiek', 'starter'),
        ],
      ),
    );
    for (const rc of coverage.requirements) {
      expect(rc.suppliers).toEqual([{ employeeId: 'marjo', fte: 0.9 }]);
      expect(rc.gap).toBe(0);
      expect(rc.status).toBe('single_point');
    }
    expect(coverage.summary).toEqual({
      requirements: 5,
      covered: 0,
      noMargin: 0,
      singlePoints: 5,
      gaps: 0,
      totalGap: 0,
      projectedTotalGap: 0,
    });
    expect(ZTeamCoverage.safeParse(coverage).success).toBe(true);
  });

  it('an IB-er who is also pedagogisch coach covers both roles; a plain IB-er only one', () => {
    const ib = member('ib-coach', {
      levels: {
        psychologie_orthopedagogiek: 'ervaren',
        pedagogiek: 'expert',
        professionele_versterking: 'ervaren',
      },
      roleIds: ['intern_begeleider', 'pedagogisch_coach'],
    });
    const plainIb = member('ib', {
      levels: {
        psychologie_orthopedagogiek: 'expert',
        pedagogiek: 'ervaren',
        professionele_versterking: 'starter',
      },
      roleIds: ['intern_begeleider'],
    });
    const coverage = computeTeamCoverage(
      team([plainIb, ib], [roleReq('ib', 'intern_begeleider', 2), roleReq('coach', 'pedagogisch_coach')]),
    );
    expect(byId(coverage, 'ib').suppliers.map((s) => s.employeeId)).toEqual(['ib', 'ib-coach']);
    // Two of two: no spare, but not hanging on one person.
    expect(byId(coverage, 'ib').status).toBe('no_margin');
    expect(byId(coverage, 'coach').suppliers.map((s) => s.employeeId)).toEqual(['ib-coach']);
  });

  it('one person active in all four domains (leraarondersteuner + pedagogisch coach + beleidsmedewerker)', () => {
    // Marijke Rook-Lassche.
    const marijke = member('marijke', {
      levels: {
        didactiek: 'starter',
        pedagogiek: 'expert',
        onderzoek_innovatie: 'starter',
        professionele_versterking: 'ervaren',
        organisatie_samenwerking: 'ervaren',
      },
      roleIds: ['leraarondersteuner', 'pedagogisch_coach', 'beleidsmedewerker'],
    });
    const coverage = computeTeamCoverage(
      team(
        [marijke],
        [
          roleReq('lo', 'leraarondersteuner'),
          roleReq('coach', 'pedagogisch_coach'),
          roleReq('beleid', 'beleidsmedewerker'),
          areaReq('d1', 'pedagogiek', 'ervaren'),
          areaReq('d2', 'onderzoek_innovatie', 'starter'),
          areaReq('d3', 'professionele_versterking', 'ervaren'),
          areaReq('d4', 'organisatie_samenwerking', 'ervaren'),
        ],
      ),
    );
    expect(coverage.summary.gaps).toBe(0);
    expect(coverage.requirements.every((rc) => rc.suppliers[0]?.employeeId === 'marijke')).toBe(true);
  });

  it('a teacher and a pm-er jointly run the toddler group', () => {
    const teacher = member('leerkracht', {
      levels: { didactiek: 'ervaren', pedagogiek: 'starter' },
      competencies: { ontwikkelingsgerichtheid: 4 },
      roleIds: ['leerkracht', 'pedagogisch_medewerker'],
    });
    const pm = member('pm', {
      fte: 0.6,
      levels: { pedagogiek: 'ervaren', verzorging: 'ervaren' },
      roleIds: ['pedagogisch_medewerker'],
    });
    const coverage = computeTeamCoverage(
      team(
        [pm, teacher],
        [
          roleReq('leerkracht', 'leerkracht'),
          roleReq('pm', 'pedagogisch_medewerker'),
          areaReq('ped', 'pedagogiek', 'starter', 2),
          areaReq('verz', 'verzorging', 'starter', 1),
          areaReq('ped-erv', 'pedagogiek', 'ervaren', 1),
        ],
      ),
    );
    expect(byId(coverage, 'leerkracht').suppliers).toEqual([{ employeeId: 'leerkracht', fte: 1 }]);
    expect(byId(coverage, 'pm').suppliers).toEqual([{ employeeId: 'pm', fte: 0.6 }]);
    // The teacher holds the pm-er role too but lacks verzorging: flagged, not counted.
    expect(byId(coverage, 'pm').unqualifiedHolders).toEqual([{ employeeId: 'leerkracht', fte: 1 }]);
    expect(byId(coverage, 'ped').supply).toEqual({ headcount: 2, fte: 1.6 });
    expect(byId(coverage, 'ped').status).toBe('no_margin');
    // Alone, neither can run the group: the teacher lacks verzorging, the pm-er lacks didactiek.
    const teacherOnly = computeTeamCoverage(team([teacher], [roleReq('pm', 'pedagogisch_medewerker')]));
    expect(teacherOnly.requirements[0]?.status).toBe('gap');
  });
});

describe('computeTeamCoverage — rules', () => {
  it('treats tiers as independent thresholds: an expert counts for the ≥ ervaren tier too', () => {
    const coverage = computeTeamCoverage(
      team(
        [
          member('a', { levels: { didactiek: 'expert' } }),
          member('b', { levels: { didactiek: 'ervaren' } }),
          member('c', { levels: { didactiek: 'starter' } }),
        ],
        [areaReq('erv', 'didactiek', 'ervaren', 2), areaReq('exp', 'didactiek', 'expert', 1)],
      ),
    );
    expect(byId(coverage, 'erv').suppliers.map((s) => s.employeeId)).toEqual(['a', 'b']);
    expect(byId(coverage, 'exp').suppliers.map((s) => s.employeeId)).toEqual(['a']);
  });

  it('gap = max(0, count − headcount), with status gap / single point / no margin / covered', () => {
    const members = [
      member('a', { levels: { gezondheid: 'starter' } }),
      member('b', { levels: { gezondheid: 'expert' } }),
    ];
    const coverage = computeTeamCoverage(
      team(members, [
        areaReq('three', 'gezondheid', 'starter', 3),
        areaReq('two', 'gezondheid', 'starter', 2),
        areaReq('one', 'gezondheid', 'starter', 1),
        areaReq('zero', 'gezondheid', 'expert', 0),
        areaReq('nobody', 'verzorging', 'in_opleiding', 1),
      ]),
    );
    expect([byId(coverage, 'three').gap, byId(coverage, 'three').status]).toEqual([1, 'gap']);
    expect([byId(coverage, 'two').gap, byId(coverage, 'two').status]).toEqual([0, 'no_margin']);
    expect([byId(coverage, 'one').gap, byId(coverage, 'one').status]).toEqual([0, 'covered']);
    expect([byId(coverage, 'zero').gap, byId(coverage, 'zero').status]).toEqual([0, 'covered']);
    expect([byId(coverage, 'nobody').gap, byId(coverage, 'nobody').status]).toEqual([1, 'gap']);
    // 'three' (1 missing) and 'two' are tiers of one area: the area misses max(1, 0) = 1.
    expect(coverage.summary).toMatchObject({
      covered: 2,
      noMargin: 1,
      singlePoints: 0,
      gaps: 2,
      totalGap: 2,
    });
  });

  it('a single supplier of a count-1 area is a single point of failure', () => {
    const coverage = computeTeamCoverage(
      team([member('a', { levels: { verzorging: 'ervaren' } })], [areaReq('v', 'verzorging', 'starter')]),
    );
    expect(coverage.requirements[0]?.status).toBe('single_point');
    expect(coverage.requirements[0]?.severity).toBeGreaterThan(0);
  });

  it('competency and circle requirements count scores ≥ min and contacts in the circle', () => {
    const coverage = computeTeamCoverage(
      team(
        [
          member('a', { competencies: { creativiteit: 4 }, circles: ['buurt', 'wetenschap'] }),
          member('b', { competencies: { creativiteit: 2 }, circles: ['partners'] }),
        ],
        [
          { id: 'crea', kind: 'competency', competency: 'creativiteit', minScore: 3, count: 1 },
          { id: 'wet', kind: 'circle', circle: 'wetenschap', count: 2 },
        ],
      ),
    );
    expect(byId(coverage, 'crea').suppliers.map((s) => s.employeeId)).toEqual(['a']);
    expect(byId(coverage, 'wet').gap).toBe(1);
  });

  // This test used to say "the stagiaire role takes any level anywhere", so every employee met the
  // trainee role (120 of 120 in the demo). docs/coverage-rules.md rule 3: only holders who are in
  // training (in_opleiding in at least one area) meet it.
  it('role competency minimums must be met too, and only holders in training meet the stagiaire role', () => {
    const eager = member('eager', {
      levels: { organisatie_samenwerking: 'expert' },
      competencies: { ondernemende_houding: 2 },
      roleIds: ['eventmanager', 'stagiaire'],
    });
    const intern = member('intern', { levels: { gezondheid: 'in_opleiding' }, roleIds: ['stagiaire'] });
    const nobody = member('nobody', { roleIds: ['stagiaire'] });
    const coverage = computeTeamCoverage(
      team([eager, intern, nobody], [roleReq('event', 'eventmanager'), roleReq('stage', 'stagiaire', 3)]),
    );
    expect(byId(coverage, 'event').gap).toBe(1);
    expect(byId(coverage, 'event').unqualifiedHolders.map((s) => s.employeeId)).toEqual(['eager']);
    expect(byId(coverage, 'stage').suppliers.map((s) => s.employeeId)).toEqual(['intern']);
    expect(byId(coverage, 'stage').unqualifiedHolders.map((s) => s.employeeId)).toEqual(['eager', 'nobody']);
  });

  it('builds the pipeline from development targets and projects coverage', () => {
    const coverage = computeTeamCoverage(
      team(
        [
          member('now', { levels: { pedagogiek: 'expert' } }),
          member('soon', {
            levels: { pedagogiek: 'starter' },
            development: [
              target('pedagogiek', 'expert', '2026-09-01', { sourceId: 'act-1', actionType: 'training' }),
              { source: 'ambition', area: 'pedagogiek', level: 'expert', expectedDate: '2025-01-01' },
            ],
          }),
          member('too-low', { development: [target('pedagogiek', 'ervaren', '2025-06-01')] }),
          member('wrong-area', { development: [target('didactiek', 'expert', null)] }),
        ],
        [areaReq('ped', 'pedagogiek', 'expert', 3)],
      ),
    );
    const rc = byId(coverage, 'ped');
    expect(rc.gap).toBe(2);
    // A planned action outranks an ambition, even one with an earlier date.
    expect(rc.pipeline).toEqual([
      {
        employeeId: 'soon',
        fte: 1,
        source: 'action',
        sourceId: 'act-1',
        targetLevel: 'expert',
        actionType: 'training',
        expectedDate: '2026-09-01',
      },
    ]);
    expect(rc.projected).toEqual({ supply: { headcount: 2, fte: 2 }, gap: 1, status: 'gap' });
    expect(coverage.summary.projectedTotalGap).toBe(1);
  });

  it('puts members in a role pipeline when their targets would complete the role', () => {
    const almostCoach = member('almost', {
      roleIds: ['pedagogisch_coach'],
      levels: { pedagogiek: 'ervaren', professionele_versterking: 'starter' },
      development: [
        target('pedagogiek', 'expert', '2026-01-01'),
        target('professionele_versterking', 'ervaren', '2026-06-01', { sourceId: 'late' }),
      ],
    });
    const halfway = member('halfway', {
      roleIds: ['pedagogisch_coach'],
      levels: { pedagogiek: 'ervaren' },
      development: [target('pedagogiek', 'expert', '2026-01-01')],
    });
    const coverage = computeTeamCoverage(
      team([halfway, almostCoach], [roleReq('coach', 'pedagogisch_coach')]),
    );
    const rc = byId(coverage, 'coach');
    expect(rc.gap).toBe(1);
    // The member qualifies when the last needed target lands.
    expect(rc.pipeline).toEqual([
      { employeeId: 'almost', fte: 1, source: 'action', sourceId: 'late', expectedDate: '2026-06-01' },
    ]);
    expect(rc.projected.gap).toBe(0);
    expect(rc.projected.status).toBe('single_point');
  });

  it('sorts requirements by id and suppliers by employee id, whatever the input order', () => {
    const members = [
      member('c', { levels: { didactiek: 'expert' } }),
      member('a', { levels: { didactiek: 'starter' } }),
      member('b', { levels: { didactiek: 'ervaren' } }),
    ];
    const reqs = [areaReq('z', 'didactiek', 'starter', 2), areaReq('a', 'didactiek', 'ervaren', 1)];
    const one = computeTeamCoverage(team(members, reqs));
    const two = computeTeamCoverage(team([...members].reverse(), [...reqs].reverse()));
    expect(one).toEqual(two);
    expect(one.requirements.map((r) => r.requirement.id)).toEqual(['a', 'z']);
    expect(byId(one, 'z').suppliers.map((s) => s.employeeId)).toEqual(['a', 'b', 'c']);
  });

  it('throws typed errors for duplicate members, duplicate requirements and unknown roles', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof DomainError ? error.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => computeTeamCoverage(team([member('a'), member('a')], [])))).toBe(
      'duplicate_employee',
    );
    expect(
      codeOf(() =>
        computeTeamCoverage(
          team([], [areaReq('x', 'didactiek', 'starter'), areaReq('x', 'gezondheid', 'starter')]),
        ),
      ),
    ).toBe('duplicate_requirement');
    expect(codeOf(() => computeTeamCoverage(team([], [roleReq('x', 'astronaut')])))).toBe('unknown_role');
  });

  it('accepts custom role definitions', () => {
    const roles = [{ id: 'vve', requirements: [{ area: 'didactiek', minLevel: 'starter' }] }] as const;
    const coverage = computeTeamCoverage(
      team([member('a', { levels: { didactiek: 'starter' }, roleIds: ['vve'] })], [roleReq('r', 'vve')]),
      roles,
    );
    expect(coverage.requirements[0]?.supply.headcount).toBe(1);
  });
});
