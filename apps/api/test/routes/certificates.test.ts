import { addDays, CERTIFICATE_CATALOGUE } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

const today = () => new Date().toISOString().slice(0, 10);

describe('certificates (issue 14)', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  const typeId = async (code: string) => {
    const list = await call(DEMO.hr, 'GET', `/api/certificate-types?code=${code}`);
    expect(list.body.total).toBe(1);
    return list.body.items[0].id as string;
  };

  /** A fresh team with the given members, so the figures are this test's own. */
  async function teamWith(...employeeIds: string[]) {
    const site = await db.site.findFirstOrThrow({ where: { organisationId: f.demoId, archivedAt: null } });
    const team = await call(DEMO.hr, 'POST', '/api/teams', {
      siteId: site.id,
      name: `Certificaten ${Math.random().toString(36).slice(2, 8)}`,
    });
    expect(team.status).toBe(201);
    for (const employeeId of employeeIds) {
      const membership = await call(DEMO.hr, 'POST', '/api/memberships', {
        teamId: team.body.id,
        employeeId,
        startDate: '2024-01-01',
      });
      expect(membership.status).toBe(201);
    }
    return team.body.id as string;
  }

  it("seeds the sector's catalogue for every organisation; everyone reads it, only hr adapts it", async () => {
    const list = await call(DEMO.employee, 'GET', '/api/certificate-types?pageSize=200');
    expect(list.status).toBe(200);
    const codes = list.body.items.map((item: { code: string }) => item.code);
    for (const entry of CERTIFICATE_CATALOGUE) expect(codes).toContain(entry.code);
    const ehbo = list.body.items.find((item: { code: string }) => item.code === 'kinder-ehbo');
    expect(ehbo).toMatchObject({ labelNl: 'Kinder-EHBO', validityMonths: 24, renewalRequired: true });
    const zonTypes = await db.certificateType.count({ where: { organisationId: f.zonId } });
    expect(zonTypes).toBe(CERTIFICATE_CATALOGUE.length);

    const created = await call(DEMO.hr, 'POST', '/api/certificate-types', {
      code: 'ehbo-baby',
      labelNl: 'EHBO baby',
      labelEn: 'Baby first aid',
      validityMonths: 24,
    });
    expect(created.status).toBe(201);
    const duplicate = await call(DEMO.hr, 'POST', '/api/certificate-types', {
      code: 'ehbo-baby',
      labelNl: 'Dubbel',
      labelEn: 'Duplicate',
      validityMonths: null,
    });
    expect(duplicate.status).toBe(409);
    expect((await call(DEMO.manager, 'POST', '/api/certificate-types', created.body)).status).toBe(403);
    const bad = await call(DEMO.hr, 'POST', '/api/certificate-types', {
      code: 'Met Spaties',
      labelNl: 'x',
      labelEn: 'x',
      validityMonths: 12,
    });
    expect(bad.status).toBe(400);
    expect((await call(DEMO.hr, 'DELETE', `/api/certificate-types/${created.body.id}`)).status).toBe(204);
  });

  it('hr records a kinder-EHBO certificate expiring in 30 days: expiring; the team requiring 1 holder shows 1/1 now and a gap projected', async () => {
    const ehbo = await typeId('kinder-ehbo');
    const teamId = await teamWith(f.teamMember);
    const requirement = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId,
      kind: 'certificate',
      certificateTypeId: ehbo,
      count: 1,
    });
    expect(requirement.status).toBe(201);
    expect(requirement.body).toMatchObject({ kind: 'certificate', certificateTypeId: ehbo, area: null });

    const before = await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage`);
    const line = (body: { requirements: Array<{ requirement: { kind: string } }> }) =>
      body.requirements.find((r) => r.requirement.kind === 'certificate') as
        | {
            status: string;
            supply: { headcount: number };
            projected: { status: string; gap: number };
            certificateLabel: { nl: string; code: string };
            lapsing: Array<{ employeeId: string; name: string | null }>;
          }
        | undefined;
    expect(line(before.body)).toMatchObject({ status: 'gap', supply: { headcount: 0 } });
    expect(line(before.body)?.certificateLabel).toMatchObject({ nl: 'Kinder-EHBO', code: 'kinder-ehbo' });

    const expiresOn = addDays(today(), 30);
    const recorded = await call(DEMO.hr, 'POST', '/api/person-certificates', {
      employeeId: f.teamMember,
      certificateTypeId: ehbo,
      obtainedOn: '2025-01-10',
      expiresOn,
      evidenceNumber: 'OK-123456',
      issuer: 'Het Oranje Kruis',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      employeeId: f.teamMember,
      certificateCode: 'kinder-ehbo',
      expiresOn,
      status: 'expiring',
      validation: 'validated',
      issuer: 'Het Oranje Kruis',
    });

    const after = line((await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage`)).body);
    expect(after).toMatchObject({
      status: 'single_point',
      supply: { headcount: 1 },
      projected: { status: 'gap', gap: 1 },
    });
    expect(after?.lapsing.map((s) => s.employeeId)).toEqual([f.teamMember]);

    // A renewal is a new row: the history keeps both, and the projection is covered again.
    const renewed = await call(DEMO.hr, 'POST', '/api/person-certificates', {
      employeeId: f.teamMember,
      certificateTypeId: ehbo,
      obtainedOn: today(),
    });
    expect(renewed.status).toBe(201);
    expect(renewed.body.expiresOn > addDays(today(), 700)).toBe(true);
    expect(renewed.body.status).toBe('valid');
    const history = await call(
      DEMO.hr,
      'GET',
      `/api/person-certificates?employeeId=${f.teamMember}&certificateTypeId=${ehbo}`,
    );
    expect(history.body.total).toBe(2);
    const renewedLine = line((await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage`)).body);
    expect(renewedLine).toMatchObject({
      status: 'single_point',
      projected: { status: 'single_point', gap: 0 },
    });

    // A type in use stays.
    const removed = await call(DEMO.hr, 'DELETE', `/api/certificate-types/${ehbo}`);
    expect(removed.status).toBe(409);
    expect(removed.body.code).toBe('certificate_type_in_use');
  });

  it('the expiry is computed from the validity unless given; it cannot lie before the date obtained', async () => {
    const bhv = await typeId('bhv');
    const computed = await call(DEMO.hr, 'POST', '/api/person-certificates', {
      employeeId: f.outsider,
      certificateTypeId: bhv,
      obtainedOn: '2024-03-01',
    });
    expect(computed.status).toBe(201);
    expect(computed.body).toMatchObject({ expiresOn: '2025-02-28', status: 'expired' });
    const vog = await typeId('vog-personenregister');
    const never = await call(DEMO.hr, 'POST', '/api/person-certificates', {
      employeeId: f.outsider,
      certificateTypeId: vog,
      obtainedOn: '2024-03-01',
    });
    expect(never.body).toMatchObject({ expiresOn: null, status: 'valid' });
    const backwards = await call(DEMO.hr, 'POST', '/api/person-certificates', {
      employeeId: f.outsider,
      certificateTypeId: vog,
      obtainedOn: '2024-03-01',
      expiresOn: '2024-02-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('invalid_date_range');
  });

  it('an employee submits her own (pending, not counted); her manager validates it (counted); nobody validates her own', async () => {
    const taal = await typeId('taalniveau-3f');
    const teamId = await teamWith(f.marjo);
    await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId,
      kind: 'certificate',
      certificateTypeId: taal,
      count: 1,
    });
    const submitted = await call(DEMO.employee, 'POST', '/api/me/certificates', {
      certificateTypeId: taal,
      obtainedOn: '2023-06-01',
      evidenceFileName: 'taaltoets-3f.pdf',
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ employeeId: f.marjo, validation: 'pending', status: 'valid' });

    const coverage = async () =>
      (await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage`)).body.requirements.find(
        (r: { requirement: { kind: string } }) => r.requirement.kind === 'certificate',
      );
    expect((await coverage()).supply.headcount).toBe(0);

    const own = await call(DEMO.employee, 'GET', '/api/person-certificates');
    expect(own.body.items.every((item: { employeeId: string }) => item.employeeId === f.marjo)).toBe(true);
    expect(own.body.items.map((item: { id: string }) => item.id)).toContain(submitted.body.id);
    // Not recorded by the employee for someone else, nor validated by herself.
    expect(
      (
        await call(DEMO.employee, 'POST', '/api/person-certificates', {
          employeeId: f.marjo,
          certificateTypeId: taal,
          obtainedOn: '2023-06-01',
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(DEMO.employee, 'POST', `/api/person-certificates/${submitted.body.id}/validate`)).status,
    ).toBe(403);

    const validated = await call(
      DEMO.manager,
      'POST',
      `/api/person-certificates/${submitted.body.id}/validate`,
    );
    expect(validated.status).toBe(200);
    expect(validated.body).toMatchObject({ validation: 'validated' });
    expect((await coverage()).supply.headcount).toBe(1);
    const again = await call(DEMO.manager, 'POST', `/api/person-certificates/${submitted.body.id}/validate`);
    expect(again.status).toBe(409);

    // A manager records only for members of the teams she leads.
    const outside = await call(DEMO.manager, 'POST', '/api/person-certificates', {
      employeeId: f.outsider,
      certificateTypeId: taal,
      obtainedOn: '2023-06-01',
    });
    expect(outside.status).toBe(403);
    const audit = await db.auditEvent.count({
      where: { organisationId: f.demoId, entity: 'PersonCertificate', entityId: submitted.body.id },
    });
    expect(audit).toBe(2);
  });
});
