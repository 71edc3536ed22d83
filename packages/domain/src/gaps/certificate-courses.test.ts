import { describe, expect, it } from 'vitest';
import { member, team } from '../../test/builders.js';
import type { TMemberInput, TTeamInput } from '../contracts/inputs.js';
import { actionTargetFor, actionTargetsGap } from './planned.js';
import { computeTeamCoverage } from './team-coverage.js';

// docs/coverage-rules.md, rule 10: a planned course for a certificate adds to the projection.
const measured = { measuredOn: '2026-12-06', projectionHorizon: '2027-03-06' };
const ehbo = { id: 'ehbo-1', kind: 'certificate', certificateTypeId: 'ehbo', count: 1 } as const;
const course = {
  certificateTypeId: 'ehbo',
  sourceId: 'course-1',
  expectedDate: '2026-12-20',
  actionType: 'training',
} as const;

function coverage(members: TMemberInput[]) {
  const input: TTeamInput = { ...team(members, [ehbo]), ...measured };
  const rc = computeTeamCoverage(input).requirements[0];
  if (!rc) throw new Error('no requirement');
  return rc;
}

describe('rule 10 — a planned course for a certificate', () => {
  const anna = (extra: Partial<TMemberInput> = {}) =>
    member('anna', { certificates: [{ certificateTypeId: 'ehbo', expiresOn: '2027-01-05' }], ...extra });

  it('a refresher for a lapsing certificate keeps the projection covered; the course is pipeline', () => {
    const without = coverage([anna()]);
    expect([without.status, without.projected.status, without.projected.gap]).toEqual([
      'single_point',
      'gap',
      1,
    ]);
    const withCourse = coverage([anna({ certificateCourses: [course] })]);
    expect(withCourse.supply.headcount).toBe(1);
    expect(withCourse.lapsing?.map((s) => s.employeeId)).toEqual(['anna']);
    expect(withCourse.pipeline.map((p) => [p.employeeId, p.sourceId, p.actionType])).toEqual([
      ['anna', 'course-1', 'training'],
    ]);
    expect([
      withCourse.projected.supply.headcount,
      withCourse.projected.status,
      withCourse.projected.gap,
    ]).toEqual([1, 'single_point', 0]);
  });

  it('a first course adds a projected holder; a course for another certificate or a valid one adds none', () => {
    const bram = member('bram', { certificateCourses: [course] });
    const rc = coverage([bram]);
    expect([rc.supply.headcount, rc.status, rc.projected.supply.headcount, rc.projected.status]).toEqual([
      0,
      'gap',
      1,
      'single_point',
    ]);
    const other = coverage([
      member('bram', { certificateCourses: [{ ...course, certificateTypeId: 'bhv' }] }),
    ]);
    expect(other.projected.supply.headcount).toBe(0);
    const validAnyway = coverage([
      member('carla', {
        certificates: [{ certificateTypeId: 'ehbo', expiresOn: '2028-01-01' }],
        certificateCourses: [course],
      }),
    ]);
    expect(validAnyway.pipeline).toEqual([]);
    expect(validAnyway.projected.supply.headcount).toBe(1);
  });

  it('"al in het plan": a course aimed at the certificate marks its gap; the plan button aims there', () => {
    const gap = { teamId: 't', kind: 'certificate', certificateTypeId: 'ehbo' } as const;
    const action = {
      type: 'training',
      employeeId: 'anna',
      teamId: null,
      area: null,
      targetLevel: null,
      targetCertificateTypeId: 'ehbo',
    };
    expect(actionTargetsGap(action, gap, (id) => id === 'anna')).toBe(true);
    expect(actionTargetsGap({ ...action, targetCertificateTypeId: 'bhv' }, gap, () => true)).toBe(false);
    expect(actionTargetsGap(action, gap, () => false)).toBe(false);
    expect(actionTargetFor(gap)).toEqual({ targetCertificateTypeId: 'ehbo' });
  });
});
