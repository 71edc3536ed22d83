import { describe, expect, it } from 'vitest';
import { member } from '../../test/builders.js';
import type { TMemberInput } from '../contracts/inputs.js';
import { actionTargetsGap } from './planned.js';
import { computeSiteCoverage, siteMembers, type TSiteTeamInput } from './site-coverage.js';
import { siteCourseCandidates } from './site-plan.js';

// docs/coverage-rules.md, rule 18: planning the gap of Locatie Zonnebloem (measured 6 December 2026).
const measured = { measuredOn: '2026-12-06', projectionHorizon: '2027-03-06' };
const ehbo = { id: 'site-ehbo', kind: 'certificate', certificateTypeId: 'ehbo', count: 4 } as const;
const holder = (id: string, expiresOn: string | null, extra: Partial<TMemberInput> = {}) =>
  member(id, { certificates: [{ certificateTypeId: 'ehbo', expiresOn }], ...extra });

const anna = holder('anna', '2028-06-30');
const bram = holder('bram', '2027-01-05');
const carla = holder('carla', '2027-09-30');
const dirk = holder('dirk', '2028-01-01');
const eva = member('eva');

function candidatesOf(peuters: TMemberInput[]) {
  const teams: TSiteTeamInput[] = [
    { teamId: 'peuters', members: peuters },
    { teamId: 'bso', members: [bram, carla] },
    { teamId: 'oud', archived: true, members: [dirk] },
  ];
  const site = computeSiteCoverage({ siteId: 'zonnebloem', teams, requirements: [ehbo], ...measured });
  const rc = site.requirements[0];
  if (!rc) throw new Error('no requirement');
  return { rc, candidates: siteCourseCandidates(siteMembers(teams), rc) };
}

describe('site gaps in the development plan (rule 18)', () => {
  it('offers a course to the lapsing holder first, then to those without one; never to valid holders or the archived team', () => {
    const { rc, candidates } = candidatesOf([anna, bram, eva]);
    expect([rc.status, rc.gap]).toEqual(['gap', 1]);
    expect(candidates).toEqual([
      { employeeId: 'bram', reason: 'lapsing' },
      { employeeId: 'eva', reason: 'none' },
    ]);
  });

  it('a planned refresher takes Bram out of the candidates and into the pipeline', () => {
    const bramWithCourse = holder('bram', '2027-01-05', {
      certificateCourses: [{ certificateTypeId: 'ehbo', expectedDate: '2027-01-10' }],
    });
    const { rc, candidates } = candidatesOf([anna, bramWithCourse, eva]);
    expect(rc.pipeline.map((entry) => entry.employeeId)).toEqual(['bram']);
    expect(candidates).toEqual([{ employeeId: 'eva', reason: 'none' }]);
  });

  it("counts an open action as planned for the site's gap: a person at the site, or a vacancy in one of its teams", () => {
    const gap = { teamId: null, kind: 'certificate', certificateTypeId: 'ehbo' } as const;
    const atSite = (id: string) => ['anna', 'bram', 'eva'].includes(id);
    const siteTeam = (id: string) => ['peuters', 'bso'].includes(id);
    const action = { type: 'training', employeeId: 'eva', teamId: null, area: null, targetLevel: null };
    expect(actionTargetsGap({ ...action, targetCertificateTypeId: 'ehbo' }, gap, atSite, siteTeam)).toBe(
      true,
    );
    expect(actionTargetsGap({ ...action, targetCertificateTypeId: 'bhv' }, gap, atSite, siteTeam)).toBe(
      false,
    );
    const outsider = { ...action, employeeId: 'dirk', targetCertificateTypeId: 'ehbo' };
    expect(actionTargetsGap(outsider, gap, atSite, siteTeam)).toBe(false);
    const hire = { ...action, type: 'werving', employeeId: null, targetCertificateTypeId: 'ehbo' };
    expect(actionTargetsGap({ ...hire, teamId: 'bso' }, gap, atSite, siteTeam)).toBe(true);
    expect(actionTargetsGap({ ...hire, teamId: 'elders' }, gap, atSite, siteTeam)).toBe(false);
    // Without isOwnTeam a vacancy never matches a gap without a team.
    expect(actionTargetsGap({ ...hire, teamId: 'bso' }, gap, atSite)).toBe(false);
  });
});
