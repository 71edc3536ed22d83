import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { member } from '../../test/builders.js';
import type { TExemptionInput, TMemberInput } from '../contracts/inputs.js';
import type { TRankingEntry } from '../contracts/outputs.js';
import { statusRank } from '../model/coverage-status.js';
import { computeSiteCoverage, mergeRanking, siteMembers, siteRankingEntries } from './site-coverage.js';
import { computeTeamCoverage } from './team-coverage.js';

// docs/coverage-rules.md, rule 18: the worked example of Locatie Zonnebloem, measured on 6 December 2026.
const measured = { measuredOn: '2026-12-06', projectionHorizon: '2027-03-06' };
const ehbo = { id: 'site-ehbo', kind: 'certificate', certificateTypeId: 'ehbo', count: 3 } as const;
const holder = (id: string, expiresOn: string | null, extra: Partial<TMemberInput> = {}) =>
  member(id, { certificates: [{ certificateTypeId: 'ehbo', expiresOn }], ...extra });

const anna = holder('anna', '2028-06-30');
const bram = holder('bram', '2027-01-05');
const carla = holder('carla', '2027-09-30');
const dirk = holder('dirk', '2028-01-01');
const eva = member('eva');

function zonnebloem(
  people: { peuters?: TMemberInput[]; bso?: TMemberInput[] } = {},
  exemptions?: TExemptionInput[],
) {
  return computeSiteCoverage({
    siteId: 'zonnebloem',
    teams: [
      { teamId: 'peuters', members: people.peuters ?? [anna, bram] },
      { teamId: 'bso', members: people.bso ?? [bram, carla] },
      { teamId: 'oud', archived: true, members: [dirk] },
    ],
    requirements: [ehbo],
    ...(exemptions ? { exemptions } : {}),
    ...measured,
  });
}

function only(site: ReturnType<typeof zonnebloem>) {
  const rc = site.requirements[0];
  if (!rc) throw new Error('no requirement');
  return rc;
}

describe('rule 18 — certificate requirements of a site', () => {
  it('counts each person of the non-archived teams once: Bram in two teams, Dirk only in an archived one', () => {
    expect(
      siteMembers([
        { teamId: 'peuters', members: [anna, bram] },
        { teamId: 'bso', members: [bram, carla] },
        { teamId: 'oud', archived: true, members: [dirk] },
      ]).map((m) => m.employeeId),
    ).toEqual(['anna', 'bram', 'carla']);
    const site = zonnebloem();
    const rc = only(site);
    expect(site.people).toBe(3);
    expect(rc.suppliers.map((s) => s.employeeId)).toEqual(['anna', 'bram', 'carla']);
    expect([rc.supply.headcount, rc.status, rc.gap]).toEqual([3, 'no_margin', 0]);
    expect(site.summary).toMatchObject({ requirements: 1, noMargin: 1, gaps: 0, totalGap: 0 });
  });

  it('the same line per team would read a gap: the site counts its people, not a team', () => {
    const peuters = computeTeamCoverage({
      teamId: 'peuters',
      members: [anna, bram],
      requirements: [{ ...ehbo, id: 'team-ehbo' }],
      ...measured,
    });
    expect(peuters.requirements[0]?.status).toBe('gap');
  });

  it('a certificate lapsing before the horizon takes its holder out of the projection (rule 10)', () => {
    const rc = only(zonnebloem());
    expect(rc.lapsing?.map((s) => s.employeeId)).toEqual(['bram']);
    expect([rc.projected.supply.headcount, rc.projected.status, rc.projected.gap]).toEqual([2, 'gap', 1]);
  });

  it('an expired certificate does not count today', () => {
    const expired = holder('carla', '2026-11-30');
    const rc = only(zonnebloem({ bso: [bram, expired] }));
    expect([rc.supply.headcount, rc.status, rc.gap]).toEqual([2, 'gap', 1]);
  });

  it('a planned refresher course brings the lapsing holder back into the projection', () => {
    const course = { certificateTypeId: 'ehbo', sourceId: 'course-1', expectedDate: '2027-01-10' } as const;
    const bramWithCourse = holder('bram', '2027-01-05', { certificateCourses: [course] });
    const rc = only(zonnebloem({ peuters: [anna, bramWithCourse], bso: [bramWithCourse, carla] }));
    expect(rc.pipeline.map((p) => p.employeeId)).toEqual(['bram']);
    expect([rc.projected.supply.headcount, rc.projected.status]).toEqual([3, 'no_margin']);
  });

  it('a person exemption from the site requirement counts her as a holder while it runs (rule 17)', () => {
    const exemption = {
      id: 'ex-eva',
      requirementId: 'site-ehbo',
      employeeId: 'eva',
      startsOn: '2026-12-01',
      endsOn: '2027-12-31',
    };
    const rc = only(zonnebloem({ peuters: [anna, bram, eva] }, [exemption]));
    expect(rc.exemptHolders?.map((h) => h.employeeId)).toEqual(['eva']);
    expect([rc.supply.headcount, rc.status]).toEqual([4, 'covered']);
    expect([rc.projected.supply.headcount, rc.projected.status]).toEqual([3, 'no_margin']);
    const ended = only(zonnebloem({ peuters: [anna, bram, eva] }, [{ ...exemption, endsOn: '2026-12-05' }]));
    expect(ended.exemptHolders).toBeUndefined();
    expect(ended.supply.headcount).toBe(3);
  });

  it('a site exemption (no person) reads exempt with the hidden figures, out of the ranking, until it ends (rule 17)', () => {
    // Carla's certificate expired: 2/3 gap, 1 missing. HR exempts the site through 31 January 2027.
    const people = { bso: [bram, holder('carla', '2026-11-30')] };
    const exemption = {
      id: 'ex-site',
      requirementId: 'site-ehbo',
      employeeId: null,
      startsOn: '2026-12-06',
      endsOn: '2027-01-31',
    };
    const site = zonnebloem(people, [exemption]);
    const rc = only(site);
    expect([rc.status, rc.gap, rc.severity]).toEqual(['exempt', 0, 0]);
    expect(rc.exemption).toEqual({ exemptionId: 'ex-site', endsOn: '2027-01-31', status: 'gap', gap: 1 });
    expect(site.summary).toMatchObject({ gaps: 0, exempt: 1, totalGap: 0 });
    expect(siteRankingEntries(site)).toEqual([]);
    // It ends before the horizon: projected as without it (Bram lapses too: 1/3 gap).
    expect([rc.projected.status, rc.projected.gap]).toEqual(['gap', 2]);
    // Ended early on 6 December (its last day was the 5th), or not started: the gap is back.
    for (const other of [
      { ...exemption, endedOn: '2026-12-06' },
      { ...exemption, startsOn: '2026-12-07' },
    ]) {
      const back = only(zonnebloem(people, [other]));
      expect([back.status, back.gap, back.exemption]).toEqual(['gap', 1, undefined]);
    }
  });

  it('ranks uncovered site requirements with the site and no team, beside the team entries', () => {
    const gap = zonnebloem({ bso: [bram] });
    const entries = siteRankingEntries(gap);
    expect(entries).toEqual([
      {
        teamId: null,
        siteId: 'zonnebloem',
        requirementId: 'site-ehbo',
        kind: 'certificate',
        certificateTypeId: 'ehbo',
        count: 3,
        headcount: 2,
        gap: 1,
        projectedGap: 2,
        status: 'gap',
        severity: only(gap).severity,
      },
    ]);
    const covered = zonnebloem({ peuters: [anna, bram, carla, dirk], bso: [] });
    expect(only(covered).status).toBe('covered');
    expect(siteRankingEntries(covered)).toEqual([]);

    const [siteEntry] = entries;
    if (!siteEntry) throw new Error('no site entry');
    const milder: TRankingEntry = { ...siteEntry, teamId: 'peuters', severity: 0.5 };
    const merged = mergeRanking<TRankingEntry | (typeof entries)[number]>([milder], entries);
    expect(merged.map((e) => e.teamId)).toEqual([null, 'peuters']);
  });
});

describe('mergeRanking with a limit', () => {
  type Entry = Pick<TRankingEntry, 'severity' | 'gap' | 'status' | 'requirementId' | 'siteId'> & {
    teamId: string | null;
  };
  const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  /** The reference: one sort of everything by the ranking's full order, then the top. */
  const reference = (entries: Entry[]) =>
    entries
      .slice()
      .sort(
        (a, b) =>
          b.severity - a.severity ||
          b.gap - a.gap ||
          statusRank(b.status) - statusRank(a.status) ||
          byString(a.teamId ?? '', b.teamId ?? '') ||
          byString(a.siteId ?? '', b.siteId ?? '') ||
          byString(a.requirementId, b.requirementId),
      );
  const arbEntry = (team: boolean) =>
    fc.record({
      teamId: team ? fc.constantFrom('t1', 't10', 't2', 'T') : fc.constant(null),
      siteId: fc.constantFrom('s1', 's2'),
      requirementId: fc.constantFrom('r0', 'r1', 'r10', 'r9', 'R', 'a'),
      severity: fc.constantFrom(0, 0.5, 1, 2.25),
      gap: fc.integer({ min: 0, max: 3 }),
      status: fc.constantFrom('gap', 'single_point', 'no_margin' as const),
    });

  it('equals sorting team and site entries together and taking the first `limit`', () => {
    fc.assert(
      fc.property(
        fc.array(arbEntry(true), { maxLength: 30 }),
        fc.array(arbEntry(false), { maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        (teamEntries, siteEntries, limit) => {
          const unique = (entries: Entry[]) => [
            ...new Map(entries.map((e) => [`${e.teamId}|${e.siteId}|${e.requirementId}`, e])).values(),
          ];
          // The team entries arrive sorted, as computeOrganisationCoverage gives them.
          const team = reference(unique(teamEntries));
          const site = unique(siteEntries);
          const all = reference([...team, ...site]);
          expect(mergeRanking<Entry>(team, site, limit)).toEqual(all.slice(0, limit));
          expect(mergeRanking<Entry>(team, site)).toEqual(all);
        },
      ),
    );
  });
});
