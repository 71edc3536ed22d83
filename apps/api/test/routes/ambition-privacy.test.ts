import { describe, expect, it } from 'vitest';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { type Profile, unchanged } from '../helpers/profile.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

/**
 * An ambition's motivation belongs to the employee: only they write it or choose who reads it,
 * and every read path (ambitions, audit log, data exports) withholds it by the same rule.
 */
describe('ambition motivation privacy', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;
  let ambitionId: string;
  const SECRET = 'Ik overweeg eigenlijk om volgend jaar te stoppen (geheim-7f3a).';

  /** The employee (Marjo) rewrites her own ambition through her profile: motivation and visibility. */
  const employeeWrites = async (motivation: string, visibility: 'self' | 'manager' | 'hr') => {
    const read = await call(DEMO.employee, 'GET', '/api/me/profile');
    const body = unchanged(read.body as Profile);
    const ambition = body.ambitions.find((row) => row.id === ambitionId);
    if (!ambition) throw new Error('ambition missing from the profile');
    Object.assign(ambition, { motivation, visibility });
    const saved = await call(DEMO.employee, 'PUT', '/api/me/profile', body, {
      'if-match': read.headers.etag as string,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  };

  setUpPeopleTestApp(async (ctx) => {
    ({ db, call, f } = ctx);
    ambitionId = (
      await db.ambition.findFirstOrThrow({
        where: { employeeId: f.marjo },
        orderBy: { createdAt: 'asc' },
      })
    ).id;
    await employeeWrites(SECRET, 'hr');
    await employeeWrites(SECRET, 'self');
  });

  it('hr may not change visibility or motivation (403), only the rest; nothing is written', async () => {
    const before = await db.ambition.findFirstOrThrow({ where: { id: ambitionId } });
    const audits = await db.auditEvent.count({ where: { entityId: ambitionId } });
    for (const change of [{ visibility: 'hr' }, { motivation: 'HR schrijft dit' }, { motivation: null }]) {
      const response = await call(DEMO.hr, 'PATCH', `/api/ambitions/${ambitionId}`, change);
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('ambition_owner_only');
    }
    expect(await db.ambition.findFirstOrThrow({ where: { id: ambitionId } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { entityId: ambitionId } })).toBe(audits);
    const read = await call(DEMO.hr, 'GET', `/api/ambitions/${ambitionId}`);
    expect(read.body).toMatchObject({ motivation: null, motivationHidden: true, visibility: 'self' });

    const status = await call(DEMO.hr, 'PATCH', `/api/ambitions/${ambitionId}`, { status: 'achieved' });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ status: 'achieved', motivation: null, motivationHidden: true });
    await db.ambition.updateMany({ where: { id: ambitionId }, data: { status: 'active' } });
  });

  it('hr may not write a motivation for someone else when creating', async () => {
    const base = {
      employeeId: f.outsider,
      direction: 'verbreden',
      area: 'gezondheid',
      targetLevel: 'starter',
    };
    const count = await db.ambition.count();
    const response = await call(DEMO.hr, 'POST', '/api/ambitions', { ...base, motivation: 'namens jou' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('ambition_owner_only');
    expect(await db.ambition.count()).toBe(count);
    const created = await call(DEMO.hr, 'POST', '/api/ambitions', base);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ visibility: 'manager', motivation: null });
  });

  it('the audit log withholds the motivation by the same rule (from every row once it is private)', async () => {
    const trail = async (email: string) => {
      const response = await call(
        email,
        'GET',
        `/api/audit-events?entity=Ambition&entityId=${ambitionId}&pageSize=200`,
      );
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeGreaterThanOrEqual(2);
      return JSON.stringify(response.body);
    };
    // The rows hold the text (written while it was visible to hr, then made private).
    const raw = await db.auditEvent.findMany({ where: { entityId: ambitionId } });
    expect(JSON.stringify(raw)).toContain(SECRET);
    for (const email of [DEMO.hr, DEMO.board]) expect(await trail(email)).not.toContain(SECRET);

    // Visible to hr again (the employee's choice): hr reads it in the trail; the board still never.
    await employeeWrites(SECRET, 'hr');
    expect(await trail(DEMO.hr)).toContain(SECRET);
    expect(await trail(DEMO.board)).not.toContain(SECRET);
    await employeeWrites(SECRET, 'self');
    expect(await trail(DEMO.hr)).not.toContain(SECRET);
  });

  it("hr's data export withholds a private motivation, also in its audit rows; the employee's own keeps it", async () => {
    const hr = await call(DEMO.hr, 'GET', `/api/employees/${f.marjo}/data-export`);
    expect(hr.status).toBe(200);
    const hrAmbition = hr.body.ambitions.find((row: { id: string }) => row.id === ambitionId);
    expect(hrAmbition).toMatchObject({ motivation: null, motivationHidden: true, visibility: 'self' });
    expect(hr.body.auditEvents.some((row: { entityId: string }) => row.entityId === ambitionId)).toBe(true);
    expect(JSON.stringify(hr.body)).not.toContain(SECRET);

    const own = await call(DEMO.employee, 'GET', '/api/me/data-export');
    expect(own.status).toBe(200);
    const ownAmbition = own.body.ambitions.find((row: { id: string }) => row.id === ambitionId);
    expect(ownAmbition).toMatchObject({ motivation: SECRET, motivationHidden: false });
    const ownRows = own.body.auditEvents.filter((row: { entityId: string }) => row.entityId === ambitionId);
    expect(JSON.stringify(ownRows)).toContain(SECRET);
  });
});
