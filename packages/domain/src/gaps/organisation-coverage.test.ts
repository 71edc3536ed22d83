import { describe, expect, it } from 'vitest';
import { areaReq, member, roleReq, team } from '../../test/builders.js';
import { ZOrganisationCoverage } from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { computeOrganisationCoverage, NO_SITE_KEY } from './organisation-coverage.js';
import { NO_MARGIN_SEVERITY_FRACTION, SPOF_SEVERITY_FRACTION, severityOf } from './severity.js';

const north = {
  ...team(
    [
      member('a', { levels: { didactiek: 'expert', pedagogiek: 'starter' } }),
      member('b', { levels: { didactiek: 'starter' } }),
    ],
    [
      areaReq('did-start', 'didactiek', 'starter', 2),
      areaReq('did-exp', 'didactiek', 'expert', 2),
      areaReq('verz', 'verzorging', 'starter', 1),
      roleReq('coach', 'pedagogisch_coach'),
    ],
    'north',
  ),
  siteId: 'site-1',
  name: 'Noord',
};
const south = {
  ...team(
    [member('c', { levels: { didactiek: 'ervaren' } }), member('d', { levels: { didactiek: 'ervaren' } })],
    [areaReq('did', 'didactiek', 'ervaren', 1)],
    'south',
  ),
  siteId: null,
};

describe('computeOrganisationCoverage', () => {
  const org = computeOrganisationCoverage({ teams: [south, north], groupBySite: true });

  it('returns teams sorted by id and a valid contract', () => {
    expect(org.teams.map((t) => t.teamId)).toEqual(['north', 'south']);
    expect(ZOrganisationCoverage.safeParse(org).success).toBe(true);
  });

  it('builds a team × area matrix with tiers, the failing tier shown and none for empty cells', () => {
    const row = org.matrix[0];
    expect(row?.name).toBe('Noord');
    const did = row?.cells.didactiek;
    // The cell shows the failing tier (expert 1/2), not the largest figures of different tiers.
    expect(did).toMatchObject({ minLevel: 'expert', required: 2, supply: 1, gap: 1, status: 'gap' });
    expect(did?.tiers.map((t) => [t.requirementId, t.minLevel, t.headcount, t.gap, t.status])).toEqual([
      ['did-start', 'starter', 2, 0, 'no_margin'],
      ['did-exp', 'expert', 1, 1, 'gap'],
    ]);
    expect(did?.severity).toBe(severityOf(1, 'gap', 4) + severityOf(0, 'no_margin', 2));
    expect(row?.cells.gezondheid).toEqual({
      minLevel: null,
      required: 0,
      supply: 0,
      gap: 0,
      projectedGap: 0,
      status: 'none',
      severity: 0,
      tiers: [],
    });
    expect(org.matrix[1]?.cells.didactiek.status).toBe('covered');
  });

  it('ranks uncovered requirements most severe first', () => {
    expect(org.ranking.map((r) => [r.teamId, r.requirementId, r.severity])).toEqual([
      ['north', 'coach', 4],
      ['north', 'did-exp', 4],
      ['north', 'verz', 2],
      ['north', 'did-start', 2 * NO_MARGIN_SEVERITY_FRACTION],
    ]);
    expect(org.ranking[0]).toMatchObject({ kind: 'role', roleId: 'pedagogisch_coach', teamName: 'Noord' });
    expect(org.ranking[1]).toMatchObject({ kind: 'area', area: 'didactiek', minLevel: 'expert', gap: 1 });
  });

  it('sums totals overall, by area and by site', () => {
    expect(org.totals.overall).toEqual({
      requirements: 5,
      covered: 1,
      noMargin: 1,
      singlePoints: 0,
      gaps: 3,
      totalGap: 3,
      projectedTotalGap: 3,
    });
    // Cells: north's (tiers 2 starter + 2 expert: 2 people needed, 1 missing) and south's (1).
    expect(org.totals.byArea.didactiek).toMatchObject({
      teams: 2,
      requirements: 3,
      required: 3,
      gaps: 1,
      covered: 1,
      totalGap: 1,
      teamsWithGap: 1,
    });
    expect(org.totals.byArea.gezondheid.requirements).toBe(0);
    expect(org.totals.bySite?.['site-1']?.requirements).toBe(4);
    expect(org.totals.bySite?.[NO_SITE_KEY]?.requirements).toBe(1);
    expect(computeOrganisationCoverage({ teams: [north] }).totals.bySite).toBeUndefined();
  });

  it('rejects a team listed twice', () => {
    expect(() => computeOrganisationCoverage({ teams: [north, north] })).toThrow(DomainError);
  });
});

describe('severityOf', () => {
  it('weighs gaps by weight, a single point and no margin as fractions, covered as zero', () => {
    expect(severityOf(2, 'gap', 3)).toBe(6);
    expect(severityOf(0, 'single_point', 4)).toBe(4 * SPOF_SEVERITY_FRACTION);
    expect(severityOf(0, 'no_margin', 4)).toBe(4 * NO_MARGIN_SEVERITY_FRACTION);
    expect(severityOf(0, 'covered', 4)).toBe(0);
    // A single point of failure never outranks a real gap of the same weight; no margin stays below it.
    expect(severityOf(0, 'single_point', 4)).toBeLessThan(severityOf(1, 'gap', 4));
    expect(severityOf(0, 'no_margin', 4)).toBeLessThan(severityOf(0, 'single_point', 4));
  });
});
