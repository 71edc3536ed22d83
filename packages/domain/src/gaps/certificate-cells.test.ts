// Rule 10 (heatmap columns) of docs/coverage-rules.md: one cell per team and certificate type.
import { describe, expect, it } from 'vitest';
import { areaReq, member, team } from '../../test/builders.js';
import type { TExemptionInput, TMemberInput, TRequirement, TTeamInput } from '../contracts/inputs.js';
import { certificateColumns } from './certificate-cells.js';
import { coverageHeadline } from './headline.js';
import { computeOrganisationCoverage } from './organisation-coverage.js';

const measured = { measuredOn: '2026-12-06', projectionHorizon: '2027-03-06' };

function certReq(id: string, certificateTypeId: string, count = 1): TRequirement {
  return { id, kind: 'certificate', certificateTypeId, count };
}

function holder(employeeId: string, certificateTypeId: string, expiresOn: string | null): TMemberInput {
  return member(employeeId, { certificates: [{ certificateTypeId, expiresOn }] });
}

function siteTeam(
  teamId: string,
  siteId: string | null,
  members: TMemberInput[],
  requirements: TRequirement[],
  exemptions: TExemptionInput[] = [],
): TTeamInput {
  return { ...team(members, requirements, teamId), siteId, exemptions, ...measured };
}

const CATALOGUE = [
  { id: 'ehbo', code: 'kinder-ehbo', label: { nl: 'Kinder-EHBO', en: 'Paediatric first aid' } },
  { id: 'bhv', code: 'bhv', label: { nl: 'BHV', en: 'Emergency response (BHV)' } },
  { id: 'vog', code: 'vog-personenregister', label: { nl: 'VOG / Personenregister', en: 'VOG' } },
];

// The worked example of rule 10 (heatmap columns), measured on 6 December 2026.
const baby = siteTeam(
  'baby',
  'noord',
  [holder('anna', 'ehbo', '2028-06-30'), holder('bram', 'ehbo', '2027-01-05')],
  [certReq('baby-ehbo', 'ehbo', 2), areaReq('baby-ped', 'pedagogiek', 'starter', 1)],
);
const bso = siteTeam(
  'bso',
  'zuid',
  [holder('carla', 'bhv', '2026-11-26'), member('dirk', { levels: { didactiek: 'ervaren' } })],
  [certReq('bso-bhv', 'bhv', 1), areaReq('bso-did', 'didactiek', 'ervaren', 2)],
);
const peuters = siteTeam(
  'peuters',
  'noord',
  [member('eva')],
  [certReq('peuters-ehbo', 'ehbo', 1)],
  [
    {
      id: 'vrij-1',
      requirementId: 'peuters-ehbo',
      employeeId: null,
      startsOn: '2026-12-01',
      endsOn: '2027-01-31',
    },
  ],
);

describe('rule 10 — certificate columns of the heatmap', () => {
  const organisation = computeOrganisationCoverage({ teams: [baby, bso, peuters] });
  const row = (teamId: string) => organisation.matrix.find((r) => r.teamId === teamId);

  it('gives each team one cell per certificate type it has a requirement of', () => {
    expect(row('baby')?.certificateCells).toEqual({
      ehbo: {
        certificateTypeId: 'ehbo',
        required: 2,
        supply: 2,
        gap: 0,
        projectedGap: 1,
        status: 'no_margin',
        severity: 0.4,
        requirements: [
          {
            requirementId: 'baby-ehbo',
            count: 2,
            headcount: 2,
            gap: 0,
            projectedGap: 1,
            status: 'no_margin',
          },
        ],
      },
    });
    expect(row('bso')?.certificateCells.bhv).toMatchObject({ status: 'gap', supply: 0, required: 1, gap: 1 });
    expect(row('bso')?.certificateCells.ehbo).toBeUndefined();
  });

  it('shows an exempt requirement as exempt, with nothing missing and no weight (rule 17)', () => {
    expect(row('peuters')?.certificateCells.ehbo).toMatchObject({ status: 'exempt', gap: 0, severity: 0 });
  });

  it('has no certificate cell (and no column) for a team without certificate requirements', () => {
    const areasOnly = siteTeam('areas', null, [member('x')], [areaReq('a', 'didactiek', 'starter', 1)]);
    const coverage = computeOrganisationCoverage({ teams: [areasOnly] });
    expect(coverage.matrix[0]?.certificateCells).toEqual({});
    expect(certificateColumns(coverage.matrix, CATALOGUE)).toEqual([]);
  });

  it('lists a column for every type with a cell, ordered by Dutch label', () => {
    expect(certificateColumns(organisation.matrix, CATALOGUE)).toEqual([
      { certificateTypeId: 'bhv', code: 'bhv', label: { nl: 'BHV', en: 'Emergency response (BHV)' } },
      {
        certificateTypeId: 'ehbo',
        code: 'kinder-ehbo',
        label: { nl: 'Kinder-EHBO', en: 'Paediatric first aid' },
      },
    ]);
  });

  it('takes the columns of a site from that site’s teams only', () => {
    const noord = computeOrganisationCoverage({ teams: [baby, peuters] });
    expect(certificateColumns(noord.matrix, CATALOGUE).map((column) => column.code)).toEqual(['kinder-ehbo']);
    const zuid = computeOrganisationCoverage({ teams: [bso] });
    expect(certificateColumns(zuid.matrix, CATALOGUE).map((column) => column.code)).toEqual(['bhv']);
  });

  it('names a certificate cell as the biggest risk when it weighs more than every area cell', () => {
    // BHV 0/1: 1 missing × 4 = 4; didactiek ervaren 1/2: 1 missing × 3 = 3.
    expect(row('bso')?.cells.didactiek.severity).toBe(3);
    expect(coverageHeadline(organisation).biggestRisk).toEqual({
      teamId: 'bso',
      certificateTypeId: 'bhv',
      status: 'gap',
      gap: 1,
      severity: 4,
    });
  });

  it('keeps an area cell as the biggest risk when it weighs more', () => {
    const heavier = siteTeam(
      'zwaar',
      null,
      [],
      [areaReq('gez', 'gezondheid', 'expert', 2), certReq('z-bhv', 'bhv', 1)],
    );
    expect(coverageHeadline(computeOrganisationCoverage({ teams: [heavier] })).biggestRisk).toMatchObject({
      teamId: 'zwaar',
      area: 'gezondheid',
      severity: 8,
    });
  });
});

describe('rule 10 — a certificate cell over several requirements of one type', () => {
  it('shows the worst requirement; people missing is the largest gap, not the sum', () => {
    // Two holders: ≥ 1 is covered (2/1); ≥ 3 and ≥ 4 are gaps of 1 and 2.
    const coverage = computeOrganisationCoverage({
      teams: [
        siteTeam(
          't',
          null,
          [holder('a', 'ehbo', null), holder('b', 'ehbo', null)],
          [certReq('r1', 'ehbo', 1), certReq('r4', 'ehbo', 4), certReq('r3', 'ehbo', 3)],
        ),
      ],
    });
    const cell = coverage.matrix[0]?.certificateCells.ehbo;
    expect(cell).toMatchObject({ status: 'gap', required: 4, supply: 2, gap: 2, severity: 4 + 8 });
    expect(cell?.requirements.map((r) => [r.requirementId, r.status])).toEqual([
      ['r1', 'covered'],
      ['r3', 'gap'],
      ['r4', 'gap'],
    ]);
  });

  it('reads exempt only when the worst requirement is exempt: a gap beside an exemption shows the gap', () => {
    const coverage = computeOrganisationCoverage({
      teams: [
        siteTeam(
          't',
          null,
          [],
          [certReq('r1', 'ehbo', 1), certReq('r2', 'ehbo', 2)],
          [{ id: 'x', requirementId: 'r1', employeeId: null, startsOn: '2026-12-01', endsOn: '2027-12-31' }],
        ),
      ],
    });
    expect(coverage.matrix[0]?.certificateCells.ehbo).toMatchObject({ status: 'gap', gap: 2, required: 2 });
  });
});
