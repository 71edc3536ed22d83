// The worked examples of docs/coverage-rules.md, one test each, with the same numbers.
import { describe, expect, it } from 'vitest';
import { areaReq, member, roleReq, team } from '../../test/builders.js';
import type { TMemberInput, TTeamInput } from '../contracts/inputs.js';
import { COVERAGE_STATUSES, coverageStatusLabel } from '../model/coverage-status.js';
import type { LevelId } from '../model/levels.js';
import { computeOrganisationCoverage } from './organisation-coverage.js';
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
    expect(ids).toEqual(['gap', 'single_point', 'no_margin', 'covered', 'none']);
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
  const ib = { psychologie_orthopedagogiek: 'ervaren', professionele_versterking: 'starter' } as const;
  it('counts holders who meet the profile; qualifying non-holders are candidates; unfit holders flagged', () => {
    const anna = member('anna', { levels: ib, roleIds: ['intern_begeleider'] });
    const bram = member('bram', {
      levels: { psychologie_orthopedagogiek: 'expert', professionele_versterking: 'ervaren' },
    });
    const carla = member('carla', {
      levels: { psychologie_orthopedagogiek: 'starter', professionele_versterking: 'starter' },
      roleIds: ['intern_begeleider'],
    });
    const rc = only(team([anna, bram, carla], [roleReq('ib', 'intern_begeleider')]))('ib');
    expect(rc.suppliers.map((s) => s.employeeId)).toEqual(['anna']);
    expect(rc.status).toBe('single_point');
    expect(rc.candidates.map((s) => s.employeeId)).toEqual(['bram']);
    expect(rc.unqualifiedHolders.map((s) => s.employeeId)).toEqual(['carla']);
  });

  it('only people in training meet the trainee role, and only when they hold it', () => {
    const dirk = member('dirk', { levels: { didactiek: 'in_opleiding' }, roleIds: ['stagiaire'] });
    const eva = member('eva', {
      levels: { didactiek: 'starter', pedagogiek: 'starter' },
      roleIds: ['stagiaire'],
    });
    const femke = member('femke', { levels: { verzorging: 'in_opleiding' } });
    const senior = member('senior', { levels: { pedagogiek: 'expert' } });
    // In training in one area but beyond it in another: a colleague broadening, not a trainee.
    const broadening = member('broadening', {
      levels: { gezondheid: 'in_opleiding', didactiek: 'ervaren' },
      roleIds: ['stagiaire'],
    });
    const rc = only(team([dirk, eva, femke, senior, broadening], [roleReq('stage', 'stagiaire')]))('stage');
    expect(rc.suppliers.map((s) => s.employeeId)).toEqual(['dirk']);
    expect(rc.status).toBe('single_point');
    expect(rc.unqualifiedHolders.map((s) => s.employeeId)).toEqual(['broadening', 'eva']);
    expect(rc.candidates.map((s) => s.employeeId)).toEqual(['femke']);
  });
});

describe('rule 4 — validated versus pending', () => {
  it('coverage uses the levels it is given: validated 0/1, with the pending level 1/1', () => {
    const requirement = [areaReq('ped', 'pedagogiek', 'ervaren', 1)];
    const validated = only(team([member('fatima', { levels: { pedagogiek: 'starter' } })], requirement));
    const pending = only(team([member('fatima', { levels: { pedagogiek: 'ervaren' } })], requirement));
    expect([validated('ped').supply.headcount, validated('ped').status]).toEqual([0, 'gap']);
    expect([pending('ped').supply.headcount, pending('ped').status]).toEqual([1, 'single_point']);
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
