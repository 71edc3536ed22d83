// The worked examples of docs/coverage-rules.md, one test each, with the same numbers.
import { describe, expect, it } from 'vitest';
import { areaReq, member, roleReq, team } from '../../test/builders.js';
import type { TMemberInput, TTeamInput } from '../contracts/inputs.js';
import { AREA_IDS } from '../model/areas.js';
import { certificateExpiry, certificateStatus } from '../model/certificates.js';
import { COVERAGE_STATUSES, coverageStatusLabel } from '../model/coverage-status.js';
import { endsBeforeStart } from '../model/development.js';
import type { LevelId } from '../model/levels.js';
import { requirementsAt } from './history.js';
import { computeOrganisationCoverage } from './organisation-coverage.js';
import { countPendingChanges, pendingLevelImpact, withPendingLevels } from './pending.js';
import { actionTargetFor, actionTargetsGap } from './planned.js';
import { computeTeamCoverage } from './team-coverage.js';

function people(prefix: string, count: number, levels: TMemberInput['levels']): TMemberInput[] {
  return Array.from({ length: count }, (_, i) =>
    member(`${prefix}${String(i).padStart(2, '0')}`, { levels }),
  );
}

function only(input: TTeamInput) {
  const coverage = computeTeamCoverage(input);
  return (id: string) => {
    const rc = coverage.requirements.find((r) => r.requirement.id === id);
    if (!rc) throw new Error(id);
    return rc;
  };
}

function cellOf(input: TTeamInput, area: 'didactiek' | 'pedagogiek') {
  const cell = computeOrganisationCoverage({ teams: [input] }).matrix[0]?.cells[area];
  if (!cell) throw new Error('no cell');
  return cell;
}

describe('rule 1 — four statuses', () => {
  const ped = (minimum: number, levels: LevelId[]) =>
    only(
      team(
        levels.map((level, i) => member(`m${i}`, { levels: { pedagogiek: level } })),
        [areaReq('ped', 'pedagogiek', 'ervaren', minimum)],
      ),
    )('ped');

  it('≥ 1 ervaren met by one ervaren is single_point (1/1)', () => {
    const rc = ped(1, ['ervaren']);
    expect([rc.supply.headcount, rc.status, rc.gap]).toEqual([1, 'single_point', 0]);
  });
  it('≥ 2 ervaren met by two is no_margin (2/2), not a single point', () => {
    const rc = ped(2, ['ervaren', 'ervaren']);
    expect([rc.supply.headcount, rc.status, rc.gap]).toEqual([2, 'no_margin', 0]);
  });
  it('≥ 2 ervaren with two ervaren and an expert is covered (3/2)', () => {
    const rc = ped(2, ['ervaren', 'ervaren', 'expert']);
    expect([rc.supply.headcount, rc.status, rc.gap]).toEqual([3, 'covered', 0]);
  });
  it('≥ 2 ervaren with an expert and a starter is a gap (1/2), 1 missing', () => {
    const rc = ped(2, ['expert', 'starter']);
    expect([rc.supply.headcount, rc.status, rc.gap]).toEqual([1, 'gap', 1]);
  });
  it('every status has its own nl and en label and colour, from one table', () => {
    const ids = COVERAGE_STATUSES.map((s) => s.id);
    expect(ids).toEqual(['gap', 'single_point', 'no_margin', 'covered', 'exempt', 'none']);
    expect(new Set(COVERAGE_STATUSES.map((s) => s.label.nl)).size).toBe(ids.length);
    expect(new Set(COVERAGE_STATUSES.map((s) => s.label.en)).size).toBe(ids.length);
    expect(new Set(COVERAGE_STATUSES.map((s) => s.colour.background)).size).toBe(ids.length);
    expect(coverageStatusLabel('single_point', 'nl')).toBe('Afhankelijk van één persoon');
    expect(coverageStatusLabel('no_margin', 'en')).toBe('No margin');
  });
});

describe('rule 2 — tiers in one area', () => {
  it('≥ 3 ervaren and ≥ 1 expert; one expert, one ervaren, one starter → shows Ervaren 2/3, 1 missing', () => {
    const input = team(
      [
        member('a', { levels: { pedagogiek: 'expert' } }),
        member('b', { levels: { pedagogiek: 'ervaren' } }),
        member('c', { levels: { pedagogiek: 'starter' } }),
      ],
      [areaReq('erv', 'pedagogiek', 'ervaren', 3), areaReq('exp', 'pedagogiek', 'expert', 1)],
    );
    const rc = only(input);
    expect([rc('erv').supply.headcount, rc('erv').status, rc('erv').gap]).toEqual([2, 'gap', 1]);
    expect([rc('exp').supply.headcount, rc('exp').status]).toEqual([1, 'single_point']);
    const cell = cellOf(input, 'pedagogiek');
    expect(cell).toMatchObject({ minLevel: 'ervaren', supply: 2, required: 3, status: 'gap', gap: 1 });
  });

  it('the Bovenbouw case: ≥ 10 ervaren and ≥ 6 expert with 5 experts, 10 ervaren → Expert 5/6, 1 missing', () => {
    const input = team(
      [
        ...people('x', 5, { didactiek: 'expert' }),
        ...people('e', 10, { didactiek: 'ervaren' }),
        ...people('s', 2, { didactiek: 'starter' }),
      ],
      [areaReq('erv', 'didactiek', 'ervaren', 10), areaReq('exp', 'didactiek', 'expert', 6)],
    );
    expect(only(input)('erv').status).toBe('covered');
    expect(only(input)('erv').supply.headcount).toBe(15);
    const cell = cellOf(input, 'didactiek');
    expect(cell).toMatchObject({ minLevel: 'expert', supply: 5, required: 6, status: 'gap', gap: 1 });
  });

  it('both tiers short: ≥ 4 ervaren and ≥ 2 expert with one expert and one ervaren → 2 missing, not 3', () => {
    const input = team(
      [member('a', { levels: { pedagogiek: 'expert' } }), member('b', { levels: { pedagogiek: 'ervaren' } })],
      [areaReq('erv', 'pedagogiek', 'ervaren', 4), areaReq('exp', 'pedagogiek', 'expert', 2)],
    );
    const cell = cellOf(input, 'pedagogiek');
    expect(cell).toMatchObject({ minLevel: 'ervaren', supply: 2, required: 4, gap: 2 });
    expect(computeTeamCoverage(input).summary.totalGap).toBe(2);
  });

  it('totals: Nodig is per team the largest tier count (4 + 3 = 7, not 9), Tekort the cells summed', () => {
    const coverage = computeOrganisationCoverage({
      teams: [
        team(
          [member('a', { levels: { didactiek: 'expert' } })],
          [areaReq('t1-erv', 'didactiek', 'ervaren', 4), areaReq('t1-exp', 'didactiek', 'expert', 2)],
          't1',
        ),
        team([], [areaReq('t2-erv', 'didactiek', 'ervaren', 3)], 't2'),
      ],
    });
    expect(coverage.totals.byArea.didactiek).toMatchObject({
      teams: 2,
      requirements: 3,
      required: 7,
      gaps: 2,
      totalGap: 3 + 3,
      teamsWithGap: 2,
    });
    expect(coverage.totals.overall.totalGap).toBe(6);
  });
});

describe('rule 3 — roles', () => {
  // Requirement: 1 intern begeleider; profile psychologie/orthopedagogiek ≥ ervaren, professionele versterking ≥ starter.
  const ib = { psychologie_orthopedagogiek: 'ervaren', professionele_versterking: 'starter' } as const;
  const anna = member('anna', { levels: ib, roleIds: ['intern_begeleider'] });
  const bram = member('bram', {
    levels: { psychologie_orthopedagogiek: 'expert', professionele_versterking: 'ervaren' },
  });
  const carla = member('carla', {
    levels: { psychologie_orthopedagogiek: 'starter', professionele_versterking: 'starter' },
    roleIds: ['intern_begeleider'],
  });
  const ibOf = (members: TMemberInput[]) => only(team(members, [roleReq('ib', 'intern_begeleider')]))('ib');
  const ids = (list: readonly { employeeId: string }[]) => list.map((s) => s.employeeId);

  it('Anna holds IB and is ervaren / starter → present 1: 1/1 single_point', () => {
    const rc = ibOf([anna]);
    expect([rc.supply.headcount, rc.requirement.count, rc.status, rc.gap]).toEqual([1, 1, 'single_point', 0]);
    expect(ids(rc.suppliers)).toEqual(['anna']);
  });

  it('Bram is expert / ervaren but holds no IB assignment → candidate, not present', () => {
    const rc = ibOf([bram]);
    expect([rc.supply.headcount, rc.status, rc.gap]).toEqual([0, 'gap', 1]);
    expect(ids(rc.candidates)).toEqual(['bram']);
    expect(rc.suppliers).toEqual([]);
  });

  it('Carla holds IB but is starter in psychologie/orthopedagogiek → flagged, not present; with Anna and Bram 1/1 single_point, one candidate, one flagged', () => {
    const alone = ibOf([carla]);
    expect([alone.supply.headcount, alone.status]).toEqual([0, 'gap']);
    expect(ids(alone.unqualifiedHolders)).toEqual(['carla']);
    const rc = ibOf([anna, bram, carla]);
    expect([rc.supply.headcount, rc.requirement.count, rc.status]).toEqual([1, 1, 'single_point']);
    expect(ids(rc.suppliers)).toEqual(['anna']);
    expect(ids(rc.candidates)).toEqual(['bram']);
    expect(ids(rc.unqualifiedHolders)).toEqual(['carla']);
  });

  it('Trainee: Dirk present (1/1 single point); Eva and Bas flagged; Femke a candidate', () => {
    const dirk = member('dirk', { levels: { didactiek: 'in_opleiding' }, roleIds: ['stagiaire'] });
    const eva = member('eva', {
      levels: Object.fromEntries(AREA_IDS.map((area) => [area, 'starter'])),
      roleIds: ['stagiaire'],
    });
    const femke = member('femke', { levels: { verzorging: 'in_opleiding' } });
    // In training in one area but beyond it in another: a colleague broadening, not a trainee.
    const bas = member('bas', {
      levels: { gezondheid: 'in_opleiding', didactiek: 'ervaren' },
      roleIds: ['stagiaire'],
    });
    const rc = only(team([dirk, eva, femke, bas], [roleReq('stage', 'stagiaire')]))('stage');
    expect([rc.supply.headcount, rc.requirement.count, rc.status]).toEqual([1, 1, 'single_point']);
    expect(ids(rc.suppliers)).toEqual(['dirk']);
    expect(ids(rc.unqualifiedHolders)).toEqual(['bas', 'eva']);
    expect(ids(rc.candidates)).toEqual(['femke']);
  });
});

describe('rule 4 — validated versus pending', () => {
  it('Fatima: validated 0/1 gap with 1 pending change; with ?include=pending 1/1 single_point; after approval 1/1 and 0 pending', () => {
    const requirement = [areaReq('ped', 'pedagogiek', 'ervaren', 1)];
    const fatima = member('fatima', { levels: { pedagogiek: 'starter' } });
    const pending = new Map([['fatima', [{ area: 'pedagogiek', level: 'ervaren' } as const]]]);
    const pendingOf = (id: string) => pending.get(id);

    const validated = only(team([fatima], requirement))('ped');
    expect([validated.supply.headcount, validated.status, validated.gap]).toEqual([0, 'gap', 1]);
    expect(countPendingChanges([fatima], pendingOf)).toBe(1);

    const included = only(team([withPendingLevels(fatima, pendingOf('fatima'))], requirement))('ped');
    expect([included.supply.headcount, included.status, included.gap]).toEqual([1, 'single_point', 0]);

    // What her own page shows: the pending level and the gap approving it would close.
    const [impact] = pendingLevelImpact(team([fatima], requirement), 'fatima', pending.get('fatima') ?? []);
    expect(impact?.requirements.map((r) => [r.requirement.id, r.before, r.after, r.closesGap])).toEqual([
      [
        'ped',
        { headcount: 0, gap: 1, status: 'gap' },
        { headcount: 1, gap: 0, status: 'single_point' },
        true,
      ],
    ]);

    // The manager approves: the validated level is now ervaren and nothing waits.
    const approved = member('fatima', { levels: { pedagogiek: 'ervaren' } });
    const after = only(team([approved], requirement))('ped');
    expect([after.supply.headcount, after.status]).toEqual([1, 'single_point']);
    expect(countPendingChanges([approved], () => undefined)).toBe(0);
  });
});

describe('rule 5 — vacancies in the projection', () => {
  it('≥ 2 ervaren, one ervaren and an open hire → today 1/2 gap, projected 2/2 no margin', () => {
    const input: TTeamInput = {
      ...team(
        [member('a', { levels: { didactiek: 'ervaren' } })],
        [areaReq('did', 'didactiek', 'ervaren', 2)],
      ),
      vacancies: [{ id: 'hire-1', area: 'didactiek', level: 'ervaren', expectedDate: '2027-08-01' }],
    };
    const rc = only(input)('did');
    expect([rc.supply.headcount, rc.status, rc.gap]).toEqual([1, 'gap', 1]);
    expect(rc.projected).toEqual({ supply: { headcount: 2, fte: 1 }, gap: 0, status: 'no_margin' });
    expect(rc.vacancies).toEqual([{ actionId: 'hire-1', level: 'ervaren', expectedDate: '2027-08-01' }]);
    expect(rc.pipeline).toEqual([]);
  });

  it('a vacancy below the required level or in another area does not count', () => {
    const input: TTeamInput = {
      ...team([], [areaReq('did', 'didactiek', 'ervaren', 1)]),
      vacancies: [
        { id: 'low', area: 'didactiek', level: 'starter', expectedDate: null },
        { id: 'other', area: 'pedagogiek', level: 'expert', expectedDate: null },
      ],
    };
    expect(only(input)('did').projected.gap).toBe(1);
  });
});

describe('rule 6 — trend', () => {
  it('created 10 March 2026 with ≥ 1 ervaren, raised to ≥ 2 on 1 May: Jan–Feb none, Mar–Apr 1/1, May–Jun 1/2 gap', () => {
    const createdAt = new Date('2026-03-10T09:00:00Z');
    const raisedAt = new Date('2026-05-01T00:00:00Z');
    const versions = [
      { requirement: areaReq('ped', 'pedagogiek', 'ervaren', 1), validFrom: createdAt, validTo: raisedAt },
      { requirement: areaReq('ped', 'pedagogiek', 'ervaren', 2), validFrom: raisedAt, validTo: null },
    ];
    const endOf = (month: number) => new Date(Date.UTC(2026, month, 1) - 1);
    const months = [0, 1, 2, 3, 4, 5].map((month) => {
      const at = endOf(month + 1);
      // The ervaren member is there since March; before the team existed there was no one.
      const members = at >= createdAt ? [member('m', { levels: { pedagogiek: 'ervaren' } })] : [];
      const { summary, requirements } = computeTeamCoverage(
        team(members, requirementsAt(versions, createdAt, at)),
      );
      const ped = requirements[0];
      return [
        summary.requirements,
        summary.gaps,
        ped ? `${ped.supply.headcount}/${ped.requirement.count}` : null,
        ped?.status ?? null,
        summary.totalGap,
      ];
    });
    expect(months).toEqual([
      [0, 0, null, null, 0], // January
      [0, 0, null, null, 0], // February
      [1, 0, '1/1', 'single_point', 0], // March
      [1, 0, '1/1', 'single_point', 0], // April
      [1, 1, '1/2', 'gap', 1], // May
      [1, 1, '1/2', 'gap', 1], // June
    ]);
    // Even a version dated before the team's creation counts nothing until the team exists.
    const early = [{ ...versions[0], validFrom: new Date('2026-01-01T00:00:00Z') }] as typeof versions;
    expect(requirementsAt(early, createdAt, endOf(2))).toEqual([]);
    expect(requirementsAt(early, createdAt, endOf(3))).toHaveLength(1);
  });
});

describe('rule 7 — one source', () => {
  const gapTeam = () =>
    team(
      [member('a', { levels: { didactiek: 'ervaren' } })],
      [
        areaReq('did', 'didactiek', 'ervaren', 2),
        roleReq('ib', 'intern_begeleider'),
        { id: 'cre', kind: 'competency', competency: 'creativiteit', minScore: 4, count: 1 },
      ],
    );
  const planGaps = () =>
    computeOrganisationCoverage({ teams: [gapTeam()] }).ranking.filter((entry) => entry.status === 'gap');
  const action = (extra: Partial<Parameters<typeof actionTargetsGap>[0]>) => ({
    type: 'werving',
    employeeId: null,
    teamId: 't1',
    area: null,
    targetLevel: null,
    ...extra,
  });
  const inPlan = (extra: Partial<Parameters<typeof actionTargetsGap>[0]>) =>
    planGaps()
      .filter((gap) => actionTargetsGap(action(extra), gap, (id) => id === 'a'))
      .map((gap) => gap.requirementId);

  it('didactiek 1/2, intern begeleider 0/1, creativiteit 0/1 → the overview counts 3 gaps, the plan lists the same 3; a hire for didactiek at expert marks didactiek', () => {
    const coverage = computeOrganisationCoverage({ teams: [gapTeam()] });
    expect(coverage.totals.overall.gaps).toBe(3);
    expect(planGaps().map((gap) => [gap.requirementId, `${gap.headcount}/${gap.count}`])).toEqual(
      expect.arrayContaining([
        ['did', '1/2'],
        ['ib', '0/1'],
        ['cre', '0/1'],
      ]),
    );
    expect(planGaps()).toHaveLength(3);
    expect(inPlan({ area: 'didactiek', targetLevel: 'expert' })).toEqual(['did']);
  });

  it('every kind in the plan: a hire aimed at intern begeleider, a training aimed at creativiteit, a hire aimed at buurt mark only their own row', () => {
    expect(
      inPlan({ type: 'omscholing', employeeId: 'a', targetRoleDefinitionId: 'intern_begeleider' }),
    ).toEqual(['ib']);
    expect(inPlan({ type: 'training', employeeId: 'a', targetCompetency: 'creativiteit' })).toEqual(['cre']);
    expect(inPlan({ type: 'training', employeeId: 'a', targetCompetency: 'flexibiliteit' })).toEqual([]);
    // Someone outside the team, or another team's vacancy, is not this team's plan.
    expect(inPlan({ type: 'training', employeeId: 'x', targetCompetency: 'creativiteit' })).toEqual([]);
    expect(inPlan({ teamId: 't2', targetRoleDefinitionId: 'intern_begeleider' })).toEqual([]);
    const circle = computeOrganisationCoverage({
      teams: [team([], [{ id: 'buurt', kind: 'circle', circle: 'buurt', count: 1 }])],
    }).ranking[0];
    if (!circle) throw new Error('no circle gap');
    expect(actionTargetsGap(action({ targetCircle: 'buurt' }), circle, () => false)).toBe(true);
    expect(actionTargetsGap(action({ targetCircle: 'partners' }), circle, () => false)).toBe(false);
  });

  it('the plan button of a role, competency or circle gap creates a hire that targets exactly that gap', () => {
    for (const gap of planGaps().filter((entry) => entry.kind !== 'area')) {
      const hire = action({ ...actionTargetFor(gap) });
      expect(planGaps().filter((other) => actionTargetsGap(hire, other, () => false))).toEqual([gap]);
    }
    expect(actionTargetFor({ kind: 'area' })).toBeNull();
  });

  it('a certificate gap is plannable too: a hire aimed at kinder-EHBO marks it, one aimed at BHV does not', () => {
    const certificate = computeOrganisationCoverage({
      teams: [team([], [{ id: 'ehbo', kind: 'certificate', certificateTypeId: 'kinder-ehbo', count: 1 }])],
    }).ranking.find((entry) => entry.status === 'gap');
    if (!certificate) throw new Error('no certificate gap');
    const target = actionTargetFor(certificate);
    expect(target).toEqual({ targetCertificateTypeId: 'kinder-ehbo' });
    expect(actionTargetsGap(action({ ...target }), certificate, () => false)).toBe(true);
    expect(actionTargetsGap(action({ targetCertificateTypeId: 'bhv' }), certificate, () => false)).toBe(
      false,
    );
  });

  it('a development action below the level does not count; a hire without a level does', () => {
    expect(inPlan({ type: 'training', employeeId: 'a', area: 'didactiek', targetLevel: 'starter' })).toEqual(
      [],
    );
    expect(inPlan({ area: 'didactiek' })).toEqual(['did']);
  });
});

describe('rule 8 — dates that cannot be', () => {
  it('POST startDate 2026-06-01 with expectedEndDate 2026-05-31, or PATCH expectedEndDate 2026-01-01 onto it → refused', () => {
    const start = new Date('2026-06-01');
    expect(endsBeforeStart({ startDate: start, expectedEndDate: new Date('2026-05-31') })).toBe(true);
    expect(endsBeforeStart({ startDate: start, expectedEndDate: new Date('2026-01-01') })).toBe(true);
    expect(endsBeforeStart({ startDate: start, expectedEndDate: new Date('2026-06-01') })).toBe(false);
    expect(endsBeforeStart({ startDate: null, expectedEndDate: new Date('2026-01-01') })).toBe(false);
  });
});

describe('rule 10 — certificates', () => {
  const measured = { measuredOn: '2026-12-06', projectionHorizon: '2027-03-06' };
  const holder = (id: string, certificates: TMemberInput['certificates']) => member(id, { certificates });
  const certReq = (id: string, certificateTypeId: string, count: number) =>
    ({ id, kind: 'certificate', certificateTypeId, count }) as const;

  it('kinder-EHBO obtained 2025-01-06 with 24 months validity is valid through 2027-01-05: expiring on 2026-12-06', () => {
    const expiresOn = certificateExpiry('2025-01-06', 24);
    expect(expiresOn).toBe('2027-01-05');
    expect(certificateStatus(expiresOn, '2026-12-06', 60)).toBe('expiring');
    expect(certificateStatus(expiresOn, '2026-12-06', 30)).toBe('expiring');
    expect(certificateStatus(expiresOn, '2026-12-06', 29)).toBe('valid');
    expect(certificateStatus('2026-12-05', '2026-12-06')).toBe('expired');
    expect(certificateStatus('2027-06-30', '2026-12-06')).toBe('valid');
    expect(certificateStatus(null, '2026-12-06')).toBe('valid');
    // A date on the certificate wins over the computed one.
    expect(certificateExpiry('2025-01-06', 24, '2026-06-30')).toBe('2026-06-30');
    expect(certificateExpiry('2025-01-06', null)).toBeNull();
  });

  it('≥ 1 kinder-EHBO; Anna valid through 2027-01-05 → today 1/1 single_point, projected 0/1 gap', () => {
    const rc = only({
      ...team(
        [holder('anna', [{ certificateTypeId: 'ehbo', expiresOn: '2027-01-05' }])],
        [certReq('ehbo-1', 'ehbo', 1)],
      ),
      ...measured,
    })('ehbo-1');
    expect(rc.supply.headcount).toBe(1);
    expect(rc.status).toBe('single_point');
    expect(rc.gap).toBe(0);
    expect(rc.projected.supply.headcount).toBe(0);
    expect(rc.projected.status).toBe('gap');
    expect(rc.projected.gap).toBe(1);
    expect(rc.lapsing?.map((s) => s.employeeId)).toEqual(['anna']);
  });

  it('Anna renews (a new certificate through 2028-11-30 beside the old one) → counted once, projected 1/1', () => {
    const rc = only({
      ...team(
        [
          holder('anna', [
            { certificateTypeId: 'ehbo', expiresOn: '2027-01-05' },
            { certificateTypeId: 'ehbo', expiresOn: '2028-11-30' },
          ]),
        ],
        [certReq('ehbo-1', 'ehbo', 1)],
      ),
      ...measured,
    })('ehbo-1');
    expect(rc.supply.headcount).toBe(1);
    expect(rc.projected.status).toBe('single_point');
    expect(rc.lapsing).toEqual([]);
  });

  it('≥ 2 BHV; Bram valid through 2027-06-30, Carla expired 2026-11-30 → 1/2 gap, 1 missing', () => {
    const input = {
      ...team(
        [
          holder('bram', [{ certificateTypeId: 'bhv', expiresOn: '2027-06-30' }]),
          holder('carla', [{ certificateTypeId: 'bhv', expiresOn: '2026-11-30' }]),
        ],
        [certReq('bhv-2', 'bhv', 2)],
      ),
      ...measured,
    };
    const rc = only(input)('bhv-2');
    expect(rc.supply.headcount).toBe(1);
    expect(rc.status).toBe('gap');
    expect(rc.gap).toBe(1);
    expect(rc.projected.gap).toBe(1);
    expect(computeTeamCoverage(input).summary.totalGap).toBe(1);
    expect(computeOrganisationCoverage({ teams: [input] }).ranking[0]).toMatchObject({
      kind: 'certificate',
      certificateTypeId: 'bhv',
      gap: 1,
    });
  });

  it('≥ 1 VOG; Eva holds one without expiry → 1/1 single_point today and projected', () => {
    const rc = only({
      ...team([holder('eva', [{ certificateTypeId: 'vog', expiresOn: null }])], [certReq('vog-1', 'vog', 1)]),
      ...measured,
    })('vog-1');
    expect(rc.status).toBe('single_point');
    expect(rc.projected.status).toBe('single_point');
  });
});
