import { describe, expect, it } from 'vitest';
import { areaReq, member, roleReq, team } from '../../test/builders.js';
import { coverageHeadline, teamSeverity } from './headline.js';
import { computeOrganisationCoverage } from './organisation-coverage.js';
import { severityOf } from './severity.js';

// De Rupsjes: gezondheid expert 2, nobody has it (severity 2 × 4 = 8) and didactiek starter 1 met once (single point).
const rupsjes = {
  ...team(
    [member('a', { levels: { didactiek: 'starter' } })],
    [areaReq('gez', 'gezondheid', 'expert', 2), areaReq('did', 'didactiek', 'starter', 1)],
    'rupsjes',
  ),
  siteId: 's1',
  name: 'De Rupsjes',
};
// De Vlinders: a gap in didactiek ervaren 1 (3) and a role gap (4) that is no heatmap cell.
const vlinders = {
  ...team(
    [member('b')],
    [areaReq('did', 'didactiek', 'ervaren', 1), roleReq('coach', 'pedagogisch_coach')],
    'vlinders',
  ),
  siteId: 's1',
  name: 'De Vlinders',
};
// De Mieren: everything covered with a spare.
const mieren = {
  ...team(
    [member('c', { levels: { pedagogiek: 'expert' } }), member('d', { levels: { pedagogiek: 'expert' } })],
    [areaReq('ped', 'pedagogiek', 'starter', 1)],
    'mieren',
  ),
  siteId: null,
};

describe('coverageHeadline', () => {
  it('counts the teams with a gap and names the heaviest heatmap cell as the biggest risk', () => {
    const headline = coverageHeadline(computeOrganisationCoverage({ teams: [vlinders, mieren, rupsjes] }));
    expect(headline.teams).toBe(3);
    expect(headline.teamsWithGap).toBe(2);
    expect(headline.biggestRisk).toEqual({
      teamId: 'rupsjes',
      area: 'gezondheid',
      status: 'gap',
      gap: 2,
      severity: severityOf(2, 'gap', 4),
    });
  });

  it('breaks a tie in severity by the people missing, then the status', () => {
    // Same severity 4: one expert missing (gap 1 × weight 4) against two starters missing (gap 2 × weight 2).
    const expert = { ...team([], [areaReq('gez', 'gezondheid', 'expert', 1)], 'x'), siteId: null };
    const starters = { ...team([], [areaReq('v1', 'verzorging', 'starter', 2)], 'y'), siteId: null };
    const org = computeOrganisationCoverage({ teams: [expert, starters] });
    expect(org.matrix[0]?.cells.gezondheid.severity).toBe(org.matrix[1]?.cells.verzorging.severity);
    expect(coverageHeadline(org).biggestRisk).toMatchObject({ teamId: 'y', area: 'verzorging', gap: 2 });
  });

  it('has no biggest risk when every cell is covered, and counts no team short', () => {
    const headline = coverageHeadline(computeOrganisationCoverage({ teams: [mieren] }));
    expect(headline).toEqual({ teams: 1, teamsWithGap: 0, biggestRisk: null });
  });

  it('a single point of failure is a risk when nothing falls short', () => {
    const single = {
      ...team(
        [member('a', { levels: { didactiek: 'starter' } })],
        [areaReq('d', 'didactiek', 'starter', 1)],
        'z',
      ),
      siteId: null,
    };
    const headline = coverageHeadline(computeOrganisationCoverage({ teams: [single, mieren] }));
    expect(headline.teamsWithGap).toBe(0);
    expect(headline.biggestRisk).toMatchObject({
      teamId: 'z',
      area: 'didactiek',
      status: 'single_point',
      gap: 0,
    });
  });
});

describe('teamSeverity', () => {
  it('sums the severities of all requirements, roles included', () => {
    const org = computeOrganisationCoverage({ teams: [vlinders, mieren] });
    const byId = new Map(org.teams.map((t) => [t.teamId, t]));
    expect(teamSeverity(byId.get('vlinders') as never)).toBe(
      severityOf(1, 'gap', 3) + severityOf(1, 'gap', 4),
    );
    expect(teamSeverity(byId.get('mieren') as never)).toBe(0);
  });
});
