import { addDays } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

const today = () => new Date().toISOString().slice(0, 10);

type Line = {
  status: string;
  supply: { headcount: number };
  pipeline: Array<{ employeeId: string; sourceId?: string }>;
  lapsing: Array<{ employeeId: string }>;
  projected: { status: string; gap: number; supply: { headcount: number } };
};

describe('a planned course for a certificate (rule 10)', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  it('a refresher course for a lapsing kinder-EHBO covers the projection again; cancelling it brings the gap back', async () => {
    const ehbo = (
      await db.certificateType.findFirstOrThrow({ where: { organisationId: f.demoId, code: 'kinder-ehbo' } })
    ).id;
    const site = await db.site.findFirstOrThrow({ where: { organisationId: f.demoId, archivedAt: null } });
    const team = await call(DEMO.hr, 'POST', '/api/teams', { siteId: site.id, name: 'Cursus EHBO' });
    expect(team.status).toBe(201);
    const teamId = team.body.id as string;
    expect(
      (
        await call(DEMO.hr, 'POST', '/api/memberships', {
          teamId,
          employeeId: f.teamMember,
          startDate: '2024-01-01',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(DEMO.hr, 'POST', '/api/team-requirements', {
          teamId,
          kind: 'certificate',
          certificateTypeId: ehbo,
          count: 1,
        })
      ).status,
    ).toBe(201);
    const recorded = await call(DEMO.hr, 'POST', '/api/person-certificates', {
      employeeId: f.teamMember,
      certificateTypeId: ehbo,
      obtainedOn: '2025-01-10',
      expiresOn: addDays(today(), 30),
    });
    expect(recorded.status).toBe(201);
    const line = async () => {
      const body = (await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage`)).body as {
        requirements: Array<Line & { requirement: { kind: string } }>;
      };
      return body.requirements.find((r) => r.requirement.kind === 'certificate') as Line;
    };
    const before = await line();
    expect([before.status, before.projected.status, before.projected.gap]).toEqual([
      'single_point',
      'gap',
      1,
    ]);

    const course = await call(DEMO.hr, 'POST', '/api/development-actions', {
      type: 'training',
      title: 'Opfriscursus kinder-EHBO',
      employeeId: f.teamMember,
      targetCertificateTypeId: ehbo,
      expectedEndDate: addDays(today(), 20),
    });
    expect(course.status, JSON.stringify(course.body)).toBe(201);
    expect(course.body.targetCertificateTypeId).toBe(ehbo);

    const after = await line();
    expect(after.status).toBe('single_point');
    expect(after.lapsing.map((s) => s.employeeId)).toEqual([f.teamMember]);
    expect(after.pipeline.map((p) => [p.employeeId, p.sourceId])).toEqual([[f.teamMember, course.body.id]]);
    expect([after.projected.status, after.projected.gap, after.projected.supply.headcount]).toEqual([
      'single_point',
      0,
      1,
    ]);

    // Cancelling the course brings the projected gap back.
    const cancelled = await call(
      DEMO.hr,
      'PATCH',
      `/api/development-actions/${course.body.id}`,
      {
        status: 'cancelled',
      },
      { 'if-match': `W/"${course.body.version}"` },
    );
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect((await line()).projected.status).toBe('gap');
  });

  it("one target at most, and the certificate type must be the organisation's own (422)", async () => {
    const ehbo = (
      await db.certificateType.findFirstOrThrow({ where: { organisationId: f.demoId, code: 'kinder-ehbo' } })
    ).id;
    const zonType = (await db.certificateType.findFirstOrThrow({ where: { organisationId: f.zonId } })).id;
    const base = { type: 'training', title: 'Cursus', employeeId: f.teamMember };
    const both = await call(DEMO.hr, 'POST', '/api/development-actions', {
      ...base,
      targetCircle: 'buurt',
      targetCertificateTypeId: ehbo,
    });
    expect([both.status, both.body.code]).toEqual([422, 'one_target_only']);
    const foreign = await call(DEMO.hr, 'POST', '/api/development-actions', {
      ...base,
      targetCertificateTypeId: zonType,
    });
    expect([foreign.status, foreign.body.code]).toEqual([422, 'invalid_reference']);
  });
});
