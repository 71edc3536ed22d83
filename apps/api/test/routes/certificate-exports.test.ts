import { addDays } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { type PeopleFixtures, type RoleCall, roleCaller, setUpPeopleTestApp } from '../helpers/suite.ts';

const today = () => new Date().toISOString().slice(0, 10);

describe('GET /api/exports/certificates (issue 14 item 8)', () => {
  let db: TestDb;
  let call: RoleCall;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, f } = ctx);
    call = roleCaller(ctx.t);
  });

  it("lists people's certificates with today's status; managers get their teams' members only", async () => {
    const bhv = await db.certificateType.findFirstOrThrow({
      where: { organisationId: f.demoId, code: 'bhv' },
    });
    const outsider = await db.employee.findFirstOrThrow({ where: { id: f.outsider } });
    await db.personCertificate.create({
      data: {
        organisationId: f.demoId,
        employeeId: f.outsider,
        certificateTypeId: bhv.id,
        obtainedOn: new Date('2025-11-01T00:00:00Z'),
        expiresOn: new Date(`${addDays(today(), 20)}T00:00:00Z`),
        status: 'validated',
        evidenceNumber: 'BHV-EXPORT-1',
        issuer: 'NIBHV',
      },
    });
    const csv = await call('hr', 'GET', '/api/exports/certificates?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.body;
    expect(text.split(/\r?\n/)[0]).toContain('Certificaatcode');
    const line = text.split(/\r?\n/).find((l) => l.includes('BHV-EXPORT-1'));
    expect(line).toContain(`${outsider.firstName} ${outsider.lastName}`);
    expect(line).toContain('bhv');
    expect(line).toContain(addDays(today(), 20));
    expect(line).toContain('Verloopt binnenkort');

    const manager = await call('manager', 'GET', '/api/exports/certificates?format=csv');
    expect(manager.statusCode).toBe(200);
    expect(manager.body).not.toContain('BHV-EXPORT-1');

    const english = await call('board', 'GET', '/api/exports/certificates?format=csv&locale=en');
    expect(english.body.split(/\r?\n/).find((l) => l.includes('BHV-EXPORT-1'))).toContain('Expiring soon');

    const xlsx = await call('hr', 'GET', '/api/exports/certificates');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/certificaten-\d{4}-\d{2}-\d{2}\.xlsx/);
    expect((await call('employee', 'GET', '/api/exports/certificates')).statusCode).toBe(403);
  });
});
