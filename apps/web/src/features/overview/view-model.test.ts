import type { TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import { describe, expect, it } from 'vitest';
import {
  areaTotals,
  cellAccessibleName,
  describeRequirement,
  heatmapGroups,
  heatmapHeader,
  type MatrixRow,
  pageCount,
  parsePage,
  parseSiteId,
  parseSort,
  projectedGapShown,
  type RankingEntry,
  rankingHref,
  riskSubject,
  signedDelta,
  siteRequirementRows,
  sortParam,
} from './view-model';

const summary = {
  requirements: 1,
  covered: 0,
  noMargin: 0,
  singlePoints: 0,
  gaps: 1,
  totalGap: 1,
  projectedTotalGap: 0,
};

function row(teamId: string, siteId: string | null, siteName: string | null): MatrixRow {
  return {
    teamId,
    teamName: `Team ${teamId}`,
    siteId,
    siteName,
    summary,
    severity: 3,
    cells: {
      pedagogiek: {
        minLevel: 'ervaren',
        required: 2,
        supply: 1,
        gap: 1,
        projectedGap: 0,
        status: 'gap',
        severity: 3,
        tiers: [
          {
            requirementId: 'r1',
            minLevel: 'ervaren',
            count: 2,
            headcount: 1,
            gap: 1,
            projectedGap: 0,
            status: 'gap',
          },
        ],
      },
    } as MatrixRow['cells'],
    certificateCells: {},
  };
}

const CERTIFICATE_COLUMNS = [
  { certificateTypeId: 'bhv', code: 'bhv', label: { nl: 'BHV', en: 'Emergency response (BHV)' } },
  {
    certificateTypeId: 'ehbo',
    code: 'kinder-ehbo',
    label: { nl: 'Kinder-EHBO', en: 'Paediatric first aid' },
  },
];

function certificateCell(
  certificateTypeId: string,
  status: 'gap' | 'no_margin' | 'exempt',
  supply: number,
  required: number,
) {
  const gap = status === 'gap' ? required - supply : 0;
  return {
    certificateTypeId,
    required,
    supply,
    gap,
    projectedGap: gap,
    status,
    severity: gap * 4,
    requirements: [
      {
        requirementId: `r-${certificateTypeId}`,
        count: required,
        headcount: supply,
        gap,
        projectedGap: gap,
        status,
      },
    ],
  };
}

const ranking = (over: Partial<RankingEntry>): RankingEntry => ({
  teamId: 't1',
  siteId: 's1',
  teamName: 'Unit 3–6',
  siteName: 'IKC',
  requirementId: 'r1',
  kind: 'area',
  count: 2,
  headcount: 1,
  gap: 1,
  projectedGap: 1,
  status: 'gap',
  severity: 3,
  roleLabel: null,
  ...over,
});

describe('heatmapHeader', () => {
  it('puts the five specialisations of domain 1 under one spanning header, then the three domains', () => {
    const header = heatmapHeader('nl');
    expect(header.columns).toHaveLength(8);
    expect(header.groups).toHaveLength(4);
    const [first, ...rest] = header.groups;
    expect(first?.kind).toBe('group');
    if (first?.kind === 'group') {
      expect(first.span).toBe(5);
      expect(first.label).toBe('Leren & Ontwikkelen van kinderen');
      expect(first.columns.map((c) => c.area)).toEqual([
        'didactiek',
        'pedagogiek',
        'gezondheid',
        'verzorging',
        'psychologie_orthopedagogiek',
      ]);
    }
    expect(rest.every((g) => g.kind === 'single')).toBe(true);
  });

  it('labels columns in the chosen locale', () => {
    expect(heatmapHeader('en').columns.find((c) => c.area === 'pedagogiek')?.label).toBe('Pedagogy');
  });
});

describe('certificate columns (rule 10)', () => {
  it('adds the certificate columns after the areas, labelled in the chosen locale', () => {
    expect(heatmapHeader('nl', CERTIFICATE_COLUMNS).certificates).toEqual([
      { certificateTypeId: 'bhv', label: 'BHV' },
      { certificateTypeId: 'ehbo', label: 'Kinder-EHBO' },
    ]);
    expect(heatmapHeader('en', CERTIFICATE_COLUMNS).certificates[1]?.label).toBe('Paediatric first aid');
    expect(heatmapHeader('nl').certificates).toEqual([]);
  });

  it("gives every row one cell per column in the columns' order: the API's cell, or empty without a requirement", () => {
    const baby = {
      ...row('baby', 's1', 'Noord'),
      certificateCells: { ehbo: certificateCell('ehbo', 'no_margin', 2, 2) },
    };
    const bso = {
      ...row('bso', 's1', 'Noord'),
      certificateCells: {
        bhv: certificateCell('bhv', 'gap', 0, 1),
        ehbo: certificateCell('ehbo', 'exempt', 0, 1),
      },
    };
    const [group] = heatmapGroups([baby, bso], 'nl', true, CERTIFICATE_COLUMNS);
    expect(group?.rows[0]?.certificateCells).toEqual([
      {
        certificateTypeId: 'bhv',
        status: 'none',
        supply: 0,
        required: 0,
        gap: 0,
        projectedGap: 0,
        href: '/teams/baby#certificaten-kop',
      },
      {
        certificateTypeId: 'ehbo',
        status: 'no_margin',
        supply: 2,
        required: 2,
        gap: 0,
        projectedGap: 0,
        href: '/teams/baby#certificaten-kop',
      },
    ]);
    expect(group?.rows[1]?.certificateCells.map((cell) => [cell.status, cell.gap])).toEqual([
      ['gap', 1],
      ['exempt', 0],
    ]);
    // Without certificate columns no row has certificate cells.
    expect(heatmapGroups([bso], 'nl')[0]?.rows[0]?.certificateCells).toEqual([]);
  });

  it('names a certificate cell with the team, the certificate, the status and its holders', () => {
    const words = {
      status: (s: string) => ({ gap: 'Hiaat' })[s as 'gap'] ?? s,
      ofRequired: (supply: number, required: number) => `${supply} van ${required}`,
    };
    expect(
      cellAccessibleName(
        'BSO De Ontdekkers',
        'BHV',
        { status: 'gap', supply: 0, required: 1, level: null },
        words,
      ),
    ).toBe('BSO De Ontdekkers · BHV: Hiaat, 0 van 1');
  });

  it("names the headline's risk by its area or its certificate, with a link to the team's section", () => {
    const base = {
      teamId: 't1',
      teamName: 'BSO',
      siteName: null,
      status: 'gap' as const,
      gap: 1,
      severity: 4,
    };
    expect(riskSubject({ ...base, area: 'gezondheid' }, 'nl')).toEqual({
      label: 'Gezondheid',
      href: '/teams/t1#gezondheid',
    });
    expect(
      riskSubject(
        {
          ...base,
          certificateTypeId: 'bhv',
          certificateLabel: { code: 'bhv', nl: 'BHV', en: 'Emergency response (BHV)' },
        },
        'en',
      ),
    ).toEqual({ label: 'Emergency response (BHV)', href: '/teams/t1#certificaten-kop' });
  });
});

describe('heatmapGroups', () => {
  it('groups consecutive rows by site and fills every area, missing ones as "none"', () => {
    const groups = heatmapGroups(
      [row('a', 's1', 'Noord'), row('b', 's1', 'Noord'), row('c', 's2', 'Zuid')],
      'nl',
    );
    expect(groups.map((g) => [g.siteName, g.rows.length])).toEqual([
      ['Noord', 2],
      ['Zuid', 1],
    ]);
    const cells = groups[0]?.rows[0]?.cells ?? [];
    expect(cells).toHaveLength(8);
    expect(cells.find((c) => c.area === 'pedagogiek')).toMatchObject({
      status: 'gap',
      level: 'Ervaren',
      supply: 1,
      required: 2,
      href: '/teams/a#pedagogiek',
      tiers: [{ level: 'Ervaren', headcount: 1, count: 2, gap: 1 }],
    });
    expect(cells.find((c) => c.area === 'didactiek')?.status).toBe('none');
  });

  it('keeps the API order in one group without site headers when not grouped by site', () => {
    const groups = heatmapGroups(
      [row('c', 's2', 'Zuid'), row('a', 's1', 'Noord'), row('b', 's2', 'Zuid')],
      'nl',
      false,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.bySite).toBe(false);
    expect(groups[0]?.rows.map((r) => [r.teamId, r.siteName])).toEqual([
      ['c', 'Zuid'],
      ['a', 'Noord'],
      ['b', 'Zuid'],
    ]);
  });
});

describe('cellAccessibleName', () => {
  const words = {
    status: (s: string) => ({ gap: 'hiaat', none: 'geen eis' })[s as 'gap' | 'none'] ?? s,
    ofRequired: (supply: number, required: number) => `${supply} van ${required}`,
  };
  it('names team, area, status and the shown tier with its numbers', () => {
    expect(
      cellAccessibleName(
        'Bovenbouw',
        'Didactiek',
        { status: 'gap', supply: 5, required: 6, level: 'Expert' },
        words,
      ),
    ).toBe('Bovenbouw · Didactiek: hiaat, Expert 5 van 6');
  });
  it('leaves the numbers out when there is no requirement', () => {
    expect(
      cellAccessibleName(
        'Unit 3–6',
        'Gezondheid',
        { status: 'none', supply: 0, required: 0, level: null },
        words,
      ),
    ).toBe('Unit 3–6 · Gezondheid: geen eis');
  });
});

describe('ranking helpers', () => {
  it('describes each kind of requirement in model words', () => {
    expect(describeRequirement(ranking({ area: 'gezondheid', minLevel: 'ervaren' }), 'nl')).toEqual({
      kind: 'area',
      area: 'Gezondheid',
      level: 'Ervaren',
    });
    expect(
      describeRequirement(
        ranking({ kind: 'role', roleLabel: { key: 'lk', nl: 'Leerkracht', en: 'Teacher' } }),
        'en',
      ),
    ).toEqual({ kind: 'role', role: 'Teacher' });
    expect(
      describeRequirement(ranking({ kind: 'competency', competency: 'creativiteit', minScore: 4 }), 'nl'),
    ).toEqual({ kind: 'competency', competency: 'Creativiteit', score: 4 });
    expect(describeRequirement(ranking({ kind: 'circle', circle: 'wetenschap' }), 'nl')).toEqual({
      kind: 'circle',
      circle: 'Wetenschap',
    });
  });
  it('links area requirements to the area section of the team page', () => {
    expect(rankingHref(ranking({ area: 'gezondheid' }))).toBe('/teams/t1#gezondheid');
    expect(rankingHref(ranking({ kind: 'circle', circle: 'buurt' }))).toBe('/teams/t1');
  });
  it('links a site requirement (no team, rule 18) to the overview section of site requirements', () => {
    expect(rankingHref(ranking({ teamId: null, kind: 'certificate', certificateTypeId: 'c1' }))).toBe(
      '#locatie-eisen',
    );
  });
  it('shows a projected gap only when the pipeline lowers it', () => {
    expect(projectedGapShown({ gap: 2, projectedGap: 1 })).toBe(1);
    expect(projectedGapShown({ gap: 2, projectedGap: 0 })).toBe(0);
    expect(projectedGapShown({ gap: 1, projectedGap: 1 })).toBeNull();
  });
});

describe('areaTotals', () => {
  it('lists the 8 areas in column order and scales bars to the largest count', () => {
    const area = { ...summary, teams: 2, required: 4 };
    const byArea = {
      gezondheid: { ...area, teamsWithGap: 2 },
      didactiek: { ...area, teamsWithGap: 1 },
    } as TOrganisationCoverageView['totals']['byArea'];
    const rows = areaTotals({ overall: summary, byArea, bySite: [] }, 'nl');
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({
      area: 'didactiek',
      teamsWithGap: 1,
      share: 0.5,
      required: 4,
      totalGap: 1,
    });
    expect(rows.find((r) => r.area === 'gezondheid')?.share).toBe(1);
    expect(rows.find((r) => r.area === 'verzorging')).toMatchObject({ teamsWithGap: 0, share: 0 });
  });
});

describe('query parsing', () => {
  it('accepts only uuids as site ids', () => {
    expect(parseSiteId('73F6C5D5-CE62-53A2-83B8-3B89C5D8A0CA')).toBe('73f6c5d5-ce62-53a2-83b8-3b89c5d8a0ca');
    expect(parseSiteId('drop table')).toBeUndefined();
    expect(parseSiteId(undefined)).toBeUndefined();
    expect(parseSiteId(['', 'x'])).toBeUndefined();
  });
  it('reads page numbers defensively', () => {
    expect(parsePage('3')).toBe(3);
    expect(parsePage('0')).toBe(1);
    expect(parsePage('abc')).toBe(1);
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
  });
  it('sorts by severity unless asked for site order, and leaves the default out of the URL', () => {
    expect(parseSort(undefined)).toBe('severity');
    expect(parseSort('locatie')).toBe('site');
    expect(parseSort(['locatie'])).toBe('severity');
    expect(sortParam('site')).toBe('locatie');
    expect(sortParam('severity')).toBeUndefined();
  });
  it('writes a change with its sign and a real minus', () => {
    expect(signedDelta(2)).toBe('+2');
    expect(signedDelta(-3)).toBe('\u22123');
    expect(signedDelta(0)).toBe('0');
  });
});

describe('siteRequirementRows', () => {
  it('gives one row per site requirement with the certificate label in the locale, the projected status and an exemption (rule 17)', () => {
    const rows = siteRequirementRows(
      [
        {
          siteId: 's1',
          siteName: 'Locatie Zonnebloem',
          people: 3,
          exempt: 1,
          requirements: [
            {
              requirementId: 'r1',
              certificateTypeId: 'c1',
              certificateLabel: { code: 'kinder-ehbo', nl: 'Kinder-EHBO', en: 'Paediatric first aid' },
              count: 3,
              headcount: 3,
              gap: 0,
              status: 'no_margin',
              severity: 1,
              projected: { headcount: 2, gap: 1, status: 'gap' },
              lapsing: 1,
              pipeline: 0,
              exemptHolders: 0,
            },
            {
              requirementId: 'r2',
              certificateTypeId: 'c2',
              certificateLabel: null,
              count: 1,
              headcount: 0,
              gap: 0,
              status: 'exempt',
              severity: 0,
              projected: { headcount: 0, gap: 1, status: 'gap' },
              lapsing: 0,
              pipeline: 0,
              exemptHolders: 0,
              exemption: { exemptionId: 'e1', endsOn: '2027-01-31', status: 'gap', gap: 1 },
            },
          ],
        },
      ],
      'en',
    );
    expect(rows).toEqual([
      {
        key: 'r1',
        siteName: 'Locatie Zonnebloem',
        people: 3,
        certificate: 'Paediatric first aid',
        headcount: 3,
        count: 3,
        status: 'no_margin',
        projectedStatus: 'gap',
        lapsing: 1,
        siteExempt: 1,
        exemptUntil: null,
      },
      {
        key: 'r2',
        siteName: 'Locatie Zonnebloem',
        people: 3,
        certificate: null,
        headcount: 0,
        count: 1,
        status: 'exempt',
        projectedStatus: 'gap',
        lapsing: 0,
        siteExempt: 1,
        exemptUntil: '2027-01-31',
      },
    ]);
  });
});
