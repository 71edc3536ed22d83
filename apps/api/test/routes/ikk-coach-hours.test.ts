import { describe, expect, it } from 'vitest';
import { seedId } from '../../src/db/seed/ids.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { type RoleCall, roleCaller, setUpTestApp } from '../helpers/suite.ts';

type Figures = { kindercentra: number; pmFte: number; requiredHours: number; assignedHours: number };
type Body = {
  peildatum: string;
  organisation: Figures & { shortfallHours: number; covered: boolean; unallocatedHours: number };
  sites: Array<Figures & { siteId: string; name: string }>;
};

describe('GET /api/compliance/ikk-coach-hours (Wet IKK, rule 15)', () => {
  let db: TestDb;
  let demoOrg: string;
  let call: RoleCall;
  const site = (key: string) => seedId('demo', 'site', key);
  const today = new Date().toISOString().slice(0, 10);
  const read = async (query = `?on=${today}`) => {
    const response = await call('board', 'GET', `/api/compliance/ikk-coach-hours${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Body;
    const bySite = new Map(body.sites.map((s) => [s.siteId, s]));
    return { body, bySite };
  };

  setUpTestApp(async (ctx) => {
    ({ db, demoOrg } = ctx);
    call = roleCaller(ctx.t);
  });

  it('counts kindercentra per site from its team kinds and takes the count on 1 January', async () => {
    const { body, bySite } = await read('');
    expect(body.peildatum).toBe(`${today.slice(0, 4)}-01-01`);
    expect(bySite.get(site('wilgenhoek'))?.kindercentra).toBe(2); // day care + bso
    expect(bySite.get(site('baken'))?.kindercentra).toBe(1); // bso beside school teams
    expect(bySite.get(site('boomgaard'))?.kindercentra).toBe(1);
    expect(body.organisation.kindercentra).toBe(4);
    for (const figures of [...body.sites, body.organisation]) {
      expect(figures.requiredHours).toBeCloseTo(50 * figures.kindercentra + 10 * figures.pmFte, 1);
    }
  });

  it("adds 10 h per FTE of a new pedagogisch medewerker at her site's figure", async () => {
    const before = await read();
    const employee = await db.employee.create({
      data: {
        organisationId: demoOrg,
        firstName: 'Ilse',
        lastName: 'IKK',
        email: 'ilse.ikk@example.org',
        fte: 0.5,
      },
    });
    await db.teamMembership.create({
      data: {
        organisationId: demoOrg,
        employeeId: employee.id,
        teamId: seedId('demo', 'team', 'bso-vlot'),
        startDate: new Date('2020-01-01'),
      },
    });
    await db.roleAssignment.create({
      data: {
        organisationId: demoOrg,
        employeeId: employee.id,
        roleDefinitionId: seedId('demo', 'role', 'bso_medewerker'),
        startDate: new Date('2020-01-01'),
      },
    });
    const after = await read();
    const baken = site('baken');
    expect(after.bySite.get(baken)?.pmFte).toBeCloseTo((before.bySite.get(baken)?.pmFte ?? 0) + 0.5, 2);
    expect(after.bySite.get(baken)?.requiredHours).toBeCloseTo(
      (before.bySite.get(baken)?.requiredHours ?? 0) + 5,
      2,
    );
    expect(after.body.organisation.requiredHours).toBeCloseTo(before.body.organisation.requiredHours + 5, 2);
  });

  it("hr sets coach hours on a coach's assignment; they count at the team's site", async () => {
    const assignment = await db.roleAssignment.findFirstOrThrow({
      where: {
        organisationId: demoOrg,
        roleDefinitionId: seedId('demo', 'role', 'pedagogisch_coach'),
        teamId: seedId('demo', 'team', 'appeltjes'),
      },
    });
    const before = await read();
    const previous = assignment.coachHoursPerYear ?? 0;
    const patched = await call('hr', 'PATCH', `/api/role-assignments/${assignment.id}`, {
      coachHoursPerYear: previous + 120,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().coachHoursPerYear).toBe(previous + 120);
    const after = await read();
    const boomgaard = site('boomgaard');
    expect(after.bySite.get(boomgaard)?.assignedHours).toBeCloseTo(
      (before.bySite.get(boomgaard)?.assignedHours ?? 0) + 120,
      2,
    );
    expect(after.body.organisation.assignedHours).toBeCloseTo(
      before.body.organisation.assignedHours + 120,
      2,
    );
    const { organisation } = after.body;
    expect(organisation.shortfallHours).toBeCloseTo(
      Math.max(0, organisation.requiredHours - organisation.assignedHours),
      2,
    );
    expect(organisation.covered).toBe(organisation.shortfallHours === 0);
  });

  it('refuses negative coach hours with 400 and writes nothing', async () => {
    const assignment = await db.roleAssignment.findFirstOrThrow({
      where: { organisationId: demoOrg, roleDefinitionId: seedId('demo', 'role', 'pedagogisch_coach') },
    });
    const response = await call('hr', 'PATCH', `/api/role-assignments/${assignment.id}`, {
      coachHoursPerYear: -5,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const stored = await db.roleAssignment.findFirstOrThrow({ where: { id: assignment.id } });
    expect(stored.coachHoursPerYear).toBe(assignment.coachHoursPerYear);
  });

  it('managers, trainers and employees may not read it', async () => {
    for (const role of ['manager', 'trainer', 'employee'] as const) {
      const response = await call(role, 'GET', '/api/compliance/ikk-coach-hours');
      expect(response.statusCode, role).toBe(403);
    }
  });
});
