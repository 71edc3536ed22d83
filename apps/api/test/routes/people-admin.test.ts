import { describe, expect, it } from 'vitest';
import { seedId } from '../../src/db/seed/ids.ts';
import { startOfUtcDay } from '../../src/lib/http.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { type RoleCall, roleCaller, setUpTestApp } from '../helpers/suite.ts';

const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 24 * 60 * 60 * 1000);

/** People administration (issue 12): deactivating a leaver, moving between teams, the team matrix. */
describe('people administration', () => {
  let db: TestDb;
  let demoOrg: string;
  let call: RoleCall;
  const baby = seedId('demo', 'team', 'baby');
  const peuter = seedId('demo', 'team', 'peuter');
  const bovenbouw = seedId('demo', 'team', 'bovenbouw');
  const today = startOfUtcDay();

  setUpTestApp(async (ctx) => {
    ({ db, demoOrg } = ctx);
    call = roleCaller(ctx.t);
  });

  async function newPerson(suffix: string, extra: Record<string, unknown> = {}) {
    const response = await call('hr', 'POST', '/api/employees', {
      firstName: 'Test',
      lastName: suffix,
      email: `test.${suffix.toLowerCase()}@example.nl`,
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number; endDate: string | null };
  }

  it('a second create with the same e-mail is refused (409 email_taken, with the field)', async () => {
    const person = await newPerson('Dubbel', { startDate: '2024-01-01', endDate: '2026-12-31', fte: 0.8 });
    expect(person.endDate).toBe('2026-12-31');
    const twin = await call('hr', 'POST', '/api/employees', {
      firstName: 'Test',
      lastName: 'Dubbel',
      email: 'TEST.dubbel@example.nl',
    });
    expect(twin.statusCode).toBe(409);
    expect(twin.json()).toMatchObject({ code: 'email_taken', errors: [{ path: 'body.email' }] });
    expect(await db.employee.count({ where: { organisationId: demoOrg, lastName: 'Dubbel' } })).toBe(1);
  });

  it('refuses a contract that ends before it starts (422 with the field)', async () => {
    const response = await call('hr', 'POST', '/api/employees', {
      firstName: 'Test',
      lastName: 'Periode',
      email: 'test.periode@example.nl',
      startDate: '2025-01-01',
      endDate: '2024-01-01',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'invalid_period', errors: [{ path: 'body.endDate' }] });
  });

  it('moves a person between teams in one step: ends one membership, starts the other', async () => {
    const person = await newPerson('Verhuizer');
    const start = await call('hr', 'POST', '/api/memberships', {
      teamId: baby,
      employeeId: person.id,
      startDate: '2024-01-01',
      fte: 0.6,
    });
    expect(start.statusCode).toBe(201);
    const membership = start.json();
    expect(membership.fte).toBe(0.6);
    const second = await call('hr', 'POST', '/api/memberships', {
      teamId: bovenbouw,
      employeeId: person.id,
      startDate: '2024-01-01',
      fte: 0.2,
    });
    expect(second.statusCode).toBe(201);
    expect((await call('hr', 'GET', `/api/employees/${person.id}`)).json().teams).toHaveLength(2);

    const stale = await call(
      'hr',
      'POST',
      `/api/memberships/${membership.id}/move`,
      { toTeamId: peuter, date: iso(today) },
      { 'if-match': 'W/"9"' },
    );
    expect(stale.statusCode).toBe(412);
    const sameTeam = await call('hr', 'POST', `/api/memberships/${membership.id}/move`, {
      toTeamId: baby,
      date: iso(today),
    });
    expect(sameTeam.statusCode).toBe(422);
    const tooEarly = await call('hr', 'POST', `/api/memberships/${membership.id}/move`, {
      toTeamId: peuter,
      date: '2023-06-01',
    });
    expect(tooEarly.statusCode).toBe(422);
    expect(tooEarly.json().errors[0].path).toBe('body.date');

    const auditsBefore = await db.auditEvent.count({ where: { organisationId: demoOrg } });
    const moved = await call(
      'hr',
      'POST',
      `/api/memberships/${membership.id}/move`,
      { toTeamId: peuter, date: iso(today) },
      { 'if-match': `W/"${membership.version}"` },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      ended: { id: membership.id, teamId: baby, endDate: iso(addDays(today, -1)), current: false },
      started: { teamId: peuter, startDate: iso(today), endDate: null, fte: 0.6, current: true },
    });
    expect(await db.auditEvent.count({ where: { organisationId: demoOrg } })).toBe(auditsBefore + 2);
    const teams = (await call('hr', 'GET', `/api/employees/${person.id}`))
      .json()
      .teams.map((team: { id: string }) => team.id);
    expect(teams.sort()).toEqual([bovenbouw, peuter].sort());

    const again = await call('hr', 'POST', `/api/memberships/${moved.json().started.id}/move`, {
      toTeamId: bovenbouw,
      date: iso(addDays(today, 1)),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('membership_overlap');
  });

  it('deactivates a leaver: memberships end, open actions are cancelled, levels stay, coverage drops', async () => {
    const person = await newPerson('Vertrekker', { startDate: '2020-01-01' });
    await db.teamMembership.create({
      data: {
        organisationId: demoOrg,
        teamId: baby,
        employeeId: person.id,
        startDate: new Date('2020-01-01'),
      },
    });
    await db.areaLevel.create({
      data: {
        organisationId: demoOrg,
        employeeId: person.id,
        area: 'pedagogiek',
        level: 'expert',
        status: 'validated',
        validFrom: new Date('2021-01-01'),
        isCurrent: true,
      },
    });
    const action = await db.developmentAction.create({
      data: {
        organisationId: demoOrg,
        employeeId: person.id,
        type: 'training',
        title: 'Cursus',
        status: 'planned',
      },
    });
    const coverage = async () =>
      (await call('hr', 'GET', `/api/teams/${baby}/coverage`)).json().profile.memberCount as number;
    const before = await coverage();
    const current = (await call('hr', 'GET', `/api/employees/${person.id}`)).json();

    for (const role of ['board', 'manager'] as const) {
      const refused = await call(role, 'POST', `/api/employees/${person.id}/deactivate`, {
        date: iso(today),
      });
      expect(refused.statusCode, role).toBe(403);
    }
    const stale = await call(
      'hr',
      'POST',
      `/api/employees/${person.id}/deactivate`,
      { date: iso(today) },
      { 'if-match': `W/"${current.version + 1}"` },
    );
    expect(stale.statusCode).toBe(412);
    const response = await call(
      'hr',
      'POST',
      `/api/employees/${person.id}/deactivate`,
      { date: iso(today) },
      { 'if-match': `W/"${current.version}"` },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      membershipsEnded: 1,
      actionsCancelled: 1,
      employee: { active: false, endDate: iso(addDays(today, -1)), teams: [] },
    });
    expect(response.json().employee.levels.pedagogiek).toEqual({ level: 'expert', status: 'validated' });
    expect((await db.developmentAction.findFirstOrThrow({ where: { id: action.id } })).status).toBe(
      'cancelled',
    );
    expect(await coverage()).toBe(before - 1);
    const twice = await call('hr', 'POST', `/api/employees/${person.id}/deactivate`, { date: iso(today) });
    expect(twice.statusCode).toBe(409);
  });

  it('nobody joins an archived team: create and move answer 422 team_archived on the team field', async () => {
    const person = await newPerson('Archief');
    const team = (
      await call('hr', 'POST', '/api/teams', {
        siteId: (await db.team.findFirstOrThrow({ where: { id: baby } })).siteId,
        name: 'Archief Groep',
      })
    ).json() as { id: string; version: number };
    const archived = await call(
      'hr',
      'POST',
      `/api/teams/${team.id}/archive`,
      {},
      {
        'if-match': `W/"${team.version}"`,
      },
    );
    expect(archived.statusCode, archived.body).toBe(200);

    const joined = await call('hr', 'POST', '/api/memberships', {
      teamId: team.id,
      employeeId: person.id,
      startDate: '2024-01-01',
    });
    expect(joined.statusCode).toBe(422);
    expect(joined.json()).toMatchObject({
      code: 'team_archived',
      errors: [{ path: 'body.teamId', code: 'team_archived' }],
    });

    const start = await call('hr', 'POST', '/api/memberships', {
      teamId: baby,
      employeeId: person.id,
      startDate: '2024-01-01',
    });
    expect(start.statusCode).toBe(201);
    const moved = await call('hr', 'POST', `/api/memberships/${start.json().id}/move`, {
      toTeamId: team.id,
      date: iso(today),
    });
    expect(moved.statusCode).toBe(422);
    expect(moved.json()).toMatchObject({
      code: 'team_archived',
      errors: [{ path: 'body.toTeamId', code: 'team_archived' }],
    });
    expect(await db.teamMembership.count({ where: { employeeId: person.id } })).toBe(1);
    expect(await db.teamMembership.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("a leaver's role assignments end the day before her date (future ones go), audited in the same step", async () => {
    const person = await newPerson('Rolhouder', { startDate: '2020-01-01' });
    const [role, otherRole] = await db.roleDefinition.findMany({
      where: { organisationId: demoOrg },
      orderBy: { key: 'asc' },
      take: 2,
    });
    if (!role || !otherRole) throw new Error('the demo has no role definitions');
    const running = await db.roleAssignment.create({
      data: {
        organisationId: demoOrg,
        employeeId: person.id,
        roleDefinitionId: role.id,
        startDate: new Date('2021-01-01'),
      },
    });
    const ended = await db.roleAssignment.create({
      data: {
        organisationId: demoOrg,
        employeeId: person.id,
        roleDefinitionId: otherRole.id,
        startDate: new Date('2021-01-01'),
        endDate: new Date('2022-01-01'),
      },
    });
    const date = today;
    const future = await db.roleAssignment.create({
      data: {
        organisationId: demoOrg,
        employeeId: person.id,
        roleDefinitionId: otherRole.id,
        startDate: addDays(date, 5),
      },
    });
    const auditsBefore = await db.auditEvent.count({
      where: { organisationId: demoOrg, entity: 'RoleAssignment' },
    });

    const response = await call('hr', 'POST', `/api/employees/${person.id}/deactivate`, { date: iso(date) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ roleAssignmentsEnded: 2, membershipsEnded: 0 });
    const rows = await db.roleAssignment.findMany({ where: { employeeId: person.id } });
    const endOf = new Map(rows.map((row) => [row.id, row.endDate ? iso(row.endDate) : null]));
    expect(endOf).toEqual(
      new Map([
        [running.id, iso(addDays(date, -1))],
        [ended.id, '2022-01-01'],
      ]),
    );
    expect(rows.some((row) => row.id === future.id)).toBe(false);
    const audits = await db.auditEvent.findMany({
      where: { organisationId: demoOrg, entity: 'RoleAssignment', entityId: { in: [running.id, future.id] } },
      select: { entityId: true, action: true },
    });
    expect(audits.map((a) => [a.entityId, a.action]).sort()).toEqual(
      [
        [running.id, 'update'],
        [future.id, 'delete'],
      ].sort(),
    );
    expect(await db.auditEvent.count({ where: { organisationId: demoOrg, entity: 'RoleAssignment' } })).toBe(
      auditsBefore + 2,
    );
  });

  it('a leaver with a future date stays active until then; her memberships end the day before', async () => {
    const person = await newPerson('Later', { startDate: '2020-01-01' });
    await db.teamMembership.create({
      data: {
        organisationId: demoOrg,
        teamId: baby,
        employeeId: person.id,
        startDate: new Date('2020-01-01'),
      },
    });
    const date = addDays(today, 30);
    const response = await call('hr', 'POST', `/api/employees/${person.id}/deactivate`, { date: iso(date) });
    expect(response.statusCode).toBe(200);
    expect(response.json().employee).toMatchObject({ active: true, endDate: iso(addDays(date, -1)) });
    const row = await db.teamMembership.findFirstOrThrow({ where: { employeeId: person.id } });
    expect(row.endDate?.toISOString().slice(0, 10)).toBe(iso(addDays(date, -1)));
  });

  it('filters people by a catalogue role they hold today', async () => {
    const role = await db.roleDefinition.findFirstOrThrow({ where: { organisationId: demoOrg } });
    const holders = await db.roleAssignment.findMany({
      where: {
        organisationId: demoOrg,
        roleDefinitionId: role.id,
        startDate: { lte: new Date() },
        endDate: null,
      },
      select: { employeeId: true },
      distinct: ['employeeId'],
    });
    const body = (await call('hr', 'GET', `/api/employees?roleDefinitionId=${role.id}&pageSize=200`)).json();
    expect(body.total).toBe(holders.length);
  });

  it('the team matrix: members × areas with self-assessed levels marked, sorted and paginated', async () => {
    const person = await newPerson('Zelfbeoordeeld');
    await db.teamMembership.create({
      data: {
        organisationId: demoOrg,
        teamId: baby,
        employeeId: person.id,
        startDate: new Date('2020-01-01'),
      },
    });
    await db.areaLevel.create({
      data: {
        organisationId: demoOrg,
        employeeId: person.id,
        area: 'verzorging',
        level: 'ervaren',
        status: 'self_assessed',
        isCurrent: true,
      },
    });
    const matrix = await call('hr', 'GET', `/api/teams/${baby}/matrix?pageSize=200`);
    expect(matrix.statusCode).toBe(200);
    const body = matrix.json();
    expect(body.areas).toHaveLength(8);
    const coverage = (await call('hr', 'GET', `/api/teams/${baby}/coverage`)).json();
    expect(body.total).toBe(coverage.members.length);
    const names = body.items.map((row: { name: string }) => row.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'nl')));

    const selfAssessed = (await call('hr', 'GET', `/api/employees?teamId=${baby}&pageSize=200`))
      .json()
      .items.flatMap((person: { id: string; levels: Record<string, { status: string }> }) =>
        Object.entries(person.levels)
          .filter(([, cell]) => cell.status === 'self_assessed')
          .map(([area]) => `${person.id}:${area}`),
      );
    const marked = body.items.flatMap(
      (row: { employeeId: string; levels: Record<string, { status: string }> }) =>
        Object.entries(row.levels)
          .filter(([, cell]) => cell.status === 'self_assessed')
          .map(([area]) => `${row.employeeId}:${area}`),
    );
    expect(marked.sort()).toEqual(selfAssessed.sort());
    expect(marked).toContain(`${person.id}:verzorging`);
    const rank = { in_opleiding: 1, starter: 2, ervaren: 3, expert: 4 } as Record<string, number>;
    const sorted = (await call('hr', 'GET', `/api/teams/${baby}/matrix?sort=pedagogiek&dir=desc`)).json();
    const ranks = sorted.items.map(
      (row: { levels: Record<string, { level: string }> }) => rank[row.levels.pedagogiek?.level ?? ''] ?? 0,
    );
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => b - a));
    const page2 = (await call('hr', 'GET', `/api/teams/${baby}/matrix?pageSize=2&page=2`)).json();
    expect(page2.items).toEqual(body.items.slice(2, 4));

    expect((await call('manager', 'GET', `/api/teams/${bovenbouw}/matrix`)).statusCode).toBe(404);
    expect((await call('manager', 'GET', `/api/teams/${baby}/matrix`)).statusCode).toBe(200);
    for (const role of ['trainer', 'employee'] as const) {
      expect((await call(role, 'GET', `/api/teams/${baby}/matrix`)).statusCode, role).toBe(403);
    }
    expect((await call('hr', 'GET', `/api/teams/${baby}/matrix?sort=nonsense`)).statusCode).toBe(400);
  });
});
