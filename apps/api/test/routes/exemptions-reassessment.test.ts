import { addDays, addMonths } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { auditCounter, type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

const today = () => new Date().toISOString().slice(0, 10);
type Line = {
  requirement: { id: string };
  status: string;
  gap: number;
  exemption?: unknown;
  exemptHolders?: unknown;
};

describe('reassessment cycle and exemptions (issue 14, rules 16 and 17)', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  const unique = () => Math.random().toString(36).slice(2, 8);

  async function newPerson() {
    const created = await call(DEMO.hr, 'POST', '/api/employees', {
      firstName: 'Cyclus',
      lastName: unique(),
      email: `cyclus-${unique()}@example.org`,
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  /** A fresh team (in the manager's site) with these members, so the figures are this test's own. */
  async function teamWith(...employeeIds: string[]) {
    const site = await db.site.findFirstOrThrow({ where: { organisationId: f.demoId, archivedAt: null } });
    const team = await call(DEMO.hr, 'POST', '/api/teams', {
      siteId: site.id,
      name: `Vrijstelling ${unique()}`,
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

  async function requirement(teamId: string, body: Record<string, unknown>) {
    const created = await call(DEMO.hr, 'POST', '/api/team-requirements', { teamId, ...body });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  async function lineOf(teamId: string, requirementId: string, query = '') {
    const coverage = await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage${query}`);
    expect(coverage.status).toBe(200);
    const line = (coverage.body.requirements as Line[]).find((r) => r.requirement.id === requirementId);
    if (!line) throw new Error('requirement missing');
    return { line, body: coverage.body };
  }

  it('the demo organisation shows each compliance feature: levels overdue and due, running and ended exemptions', async () => {
    // Rule 16: a 36-month cycle; the manager's queue holds three overdue and three due levels.
    const queue = await call(DEMO.manager, 'GET', '/api/reassessments?pageSize=200');
    expect(queue.status).toBe(200);
    expect(queue.body.reassessmentMonths).toBe(36);
    const statuses = (queue.body.items as Array<{ status: string }>).map((item) => item.status);
    expect(statuses).toHaveLength(6);
    // Dated from the day the demo was written: the due ones turn overdue as the weeks pass.
    expect(statuses.filter((status) => status === 'overdue').length).toBeGreaterThanOrEqual(3);
    // The switch: without overdue levels, a requirement of the manager's teams counts fewer people.
    const headcounts = async (teamId: string, query: string) => {
      const coverage = await call(DEMO.manager, 'GET', `/api/teams/${teamId}/coverage${query}`);
      expect(coverage.status).toBe(200);
      return (coverage.body.requirements as Array<{ supply: { headcount: number } }>).map(
        (line) => line.supply.headcount,
      );
    };
    let fewer = 0;
    for (const teamId of f.managedTeamIds) {
      const [included, excluded] = [
        await headcounts(teamId, ''),
        await headcounts(teamId, '?overdue=exclude'),
      ];
      fewer += included.filter((count, index) => count > (excluded[index] ?? 0)).length;
    }
    expect(fewer).toBeGreaterThan(0);

    // Rule 17: the bso's BHV gap is exempt, a baby-group member counts for kinder-EHBO through her
    // exemption, and an exemption HR ended last month stays listed.
    const listed = await call(DEMO.hr, 'GET', '/api/exemptions?pageSize=100');
    type Listed = {
      id: string;
      teamId: string;
      requirementId: string;
      requirementKind: string;
      employeeId: string | null;
      status: string;
      approvedBy: unknown;
    };
    const items = listed.body.items as Listed[];
    expect(
      items.map((item) => ({
        status: item.status,
        person: item.employeeId !== null,
        requirementKind: item.requirementKind,
        approved: item.approvedBy !== null,
      })),
    ).toEqual(
      expect.arrayContaining([
        { status: 'active', person: false, requirementKind: 'certificate', approved: true },
        { status: 'active', person: true, requirementKind: 'certificate', approved: true },
        { status: 'ended', person: false, requirementKind: 'area', approved: true },
      ]),
    );
    expect(items).toHaveLength(3);
    const teamExemption = items.find((item) => item.employeeId === null && item.status === 'active');
    const personExemption = items.find((item) => item.employeeId !== null);
    if (!teamExemption || !personExemption) throw new Error('the demo exemptions are missing');
    expect((await lineOf(teamExemption.teamId, teamExemption.requirementId)).line).toMatchObject({
      status: 'exempt',
      gap: 0,
      exemption: { exemptionId: teamExemption.id, status: 'gap', gap: 1 },
    });
    const holder = (await lineOf(personExemption.teamId, personExemption.requirementId)).line;
    expect(holder.exemptHolders).toEqual([
      expect.objectContaining({ employeeId: personExemption.employeeId, exemptionId: personExemption.id }),
    ]);
  });

  it('hr exempts a team from a certificate requirement: exempt, not a gap, audited; ending it brings the gap back', async () => {
    const ehbo = (await call(DEMO.hr, 'GET', '/api/certificate-types?code=kinder-ehbo')).body.items[0].id;
    const teamId = await teamWith(await newPerson());
    const requirementId = await requirement(teamId, {
      kind: 'certificate',
      certificateTypeId: ehbo,
      count: 1,
    });
    expect((await lineOf(teamId, requirementId)).line).toMatchObject({ status: 'gap', gap: 1 });

    const endsOn = addDays(today(), 40);
    const created = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId,
      reason: 'EHBO-cursus gepland in januari',
      endsOn,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      teamId,
      requirementId,
      requirementKind: 'certificate',
      employeeId: null,
      startsOn: today(),
      endsOn,
      status: 'active',
      approvedBy: { id: f.userIds.hr },
    });
    const audits = auditCounter(db, f.demoId, 'RequirementExemption');
    expect(await audits(created.body.id, 'create')).toBe(1);

    const { line, body } = await lineOf(teamId, requirementId);
    expect(line).toMatchObject({
      status: 'exempt',
      gap: 0,
      exemption: { exemptionId: created.body.id, endsOn, status: 'gap', gap: 1 },
    });
    expect(body.summary).toMatchObject({ gaps: 0, exempt: 1, totalGap: 0 });
    // The overview ranks no exempt requirement and counts no gap for it.
    const overview = await call(DEMO.hr, 'GET', '/api/organisation/coverage?rankingLimit=500');
    expect(overview.status).toBe(200);
    expect(
      overview.body.ranking.filter(
        (entry: { requirementId: string }) => entry.requirementId === requirementId,
      ),
    ).toEqual([]);
    const plan = await call(DEMO.hr, 'GET', '/api/development-plan/gaps?pageSize=200');
    expect(JSON.stringify(plan.body)).not.toContain(requirementId);

    // Listed for leaders (a manager sees only her teams': this team is not hers).
    const listed = await call(DEMO.board, 'GET', `/api/exemptions?teamId=${teamId}`);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    const managerList = await call(DEMO.manager, 'GET', `/api/exemptions?teamId=${teamId}`);
    expect(managerList.body.total).toBe(0);
    expect((await call(DEMO.manager, 'GET', `/api/exemptions/${created.body.id}`)).status).toBe(404);
    expect((await call(DEMO.manager, 'POST', `/api/exemptions/${created.body.id}/end`)).status).toBe(403);

    const ended = await call(DEMO.hr, 'POST', `/api/exemptions/${created.body.id}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe('ended');
    expect(await audits(created.body.id, 'end')).toBe(1);
    expect((await lineOf(teamId, requirementId)).line).toMatchObject({ status: 'gap', gap: 1 });
    const again = await call(DEMO.hr, 'POST', `/api/exemptions/${created.body.id}/end`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('exemption_ended');
    const current = await call(DEMO.hr, 'GET', `/api/exemptions?teamId=${teamId}&state=current`);
    expect(current.body.total).toBe(0);
  });

  it('an exemption that ended yesterday no longer applies (computed from today, no job)', async () => {
    const teamId = await teamWith(await newPerson());
    const requirementId = await requirement(teamId, { kind: 'circle', circle: 'wetenschap', count: 1 });
    const created = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId,
      reason: 'Tijdelijk',
      endsOn: today(),
    });
    expect(created.status).toBe(201);
    expect((await lineOf(teamId, requirementId)).line.status).toBe('exempt');
    // Move its period into the past, as the calendar would (the trigger tells the cache).
    await db.requirementExemption.updateMany({
      where: { id: created.body.id },
      data: {
        startsOn: new Date(`${addDays(today(), -10)}T00:00:00Z`),
        endsOn: new Date(`${addDays(today(), -1)}T00:00:00Z`),
      },
    });
    expect((await lineOf(teamId, requirementId)).line).toMatchObject({ status: 'gap', gap: 1 });
    const read = await call(DEMO.hr, 'GET', `/api/exemptions/${created.body.id}`);
    expect(read.body.status).toBe('expired');
  });

  it('a person exempt from a certificate requirement counts as holder; not from other kinds', async () => {
    const ehbo = (await call(DEMO.hr, 'GET', '/api/certificate-types?code=kinder-ehbo')).body.items[0].id;
    const anna = await newPerson();
    const teamId = await teamWith(anna);
    const certificate = await requirement(teamId, { kind: 'certificate', certificateTypeId: ehbo, count: 1 });
    const created = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId: certificate,
      employeeId: anna,
      reason: 'BIG-geregistreerd verpleegkundige',
      endsOn: '2099-12-31',
    });
    expect(created.status).toBe(201);
    const { line } = await lineOf(teamId, certificate);
    expect(line).toMatchObject({ status: 'single_point', gap: 0 });
    expect(line.exemptHolders).toMatchObject([{ employeeId: anna, exemptionId: created.body.id }]);

    const area = await requirement(teamId, {
      kind: 'area',
      area: 'pedagogiek',
      minLevel: 'ervaren',
      count: 1,
    });
    const refused = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId: area,
      employeeId: anna,
      reason: 'Niet toegestaan',
      endsOn: '2099-12-31',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('person_exemption_certificate_only');
  });

  it('refuses bad input: unknown or foreign requirement, end before start, end in the past; writes nothing', async () => {
    const teamId = await teamWith();
    const requirementId = await requirement(teamId, { kind: 'circle', circle: 'buurt', count: 1 });
    const zonRequirement = await db.teamRequirement.findFirstOrThrow({ where: { organisationId: f.zonId } });
    const before = await db.requirementExemption.count();
    const foreign = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId: zonRequirement.id,
      reason: 'Vreemd',
      endsOn: '2099-12-31',
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe('invalid_reference');
    const backwards = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId,
      reason: 'Achterstevoren',
      startsOn: '2099-06-01',
      endsOn: '2099-05-31',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('invalid_date_range');
    const past = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId,
      reason: 'Voorbij',
      startsOn: '2020-01-01',
      endsOn: '2020-12-31',
    });
    expect(past.status).toBe(422);
    expect(past.body.code).toBe('exemption_in_past');
    const noReason = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId,
      reason: '',
      endsOn: '2099-12-31',
    });
    expect(noReason.status).toBe(400);
    expect(await db.requirementExemption.count()).toBe(before);
  });

  it('the reassessment cycle: hr sets it (audited), managers see due levels, figures with or without overdue ones', async () => {
    // The demo is seeded with a 36-month cycle (demo-compliance.ts).
    const settings = await call(DEMO.employee, 'GET', '/api/organisation/settings');
    expect(settings.body).toEqual({ reassessmentMonths: 36 });
    expect(
      (await call(DEMO.manager, 'PATCH', '/api/organisation/settings', { reassessmentMonths: 24 })).status,
    ).toBe(403);
    expect(
      (await call(DEMO.hr, 'PATCH', '/api/organisation/settings', { reassessmentMonths: 0 })).status,
    ).toBe(400);

    // Three ervaren colleagues in a team of the manager's (rule 16's worked example, relative to today).
    const [anna, bram, carla] = [await newPerson(), await newPerson(), await newPerson()];
    const teamId = f.managedTeamIds[0] as string;
    const ownTeam = await teamWith(anna, bram, carla);
    for (const employeeId of [anna, bram, carla]) {
      await call(DEMO.hr, 'POST', '/api/memberships', { teamId, employeeId, startDate: '2024-01-01' });
      const level = await call(DEMO.hr, 'POST', '/api/area-levels', {
        employeeId,
        area: 'pedagogiek',
        level: 'ervaren',
      });
      expect(level.status).toBe(201);
    }
    const validated = {
      anna: addMonths(today(), -25),
      bram: addDays(addMonths(today(), -24), 40),
      carla: addMonths(today(), -6),
    };
    for (const [employeeId, day] of [
      [anna, validated.anna],
      [bram, validated.bram],
      [carla, validated.carla],
    ] as const) {
      await db.areaLevel.updateMany({
        where: { employeeId, area: 'pedagogiek', isCurrent: true },
        data: { validatedAt: new Date(`${day}T12:00:00Z`), validFrom: new Date(`${day}T12:00:00Z`) },
      });
    }
    const requirementId = await requirement(ownTeam, {
      kind: 'area',
      area: 'pedagogiek',
      minLevel: 'ervaren',
      count: 2,
    });

    // Without a cycle: nothing is due, both views agree.
    expect(
      (await call(DEMO.hr, 'PATCH', '/api/organisation/settings', { reassessmentMonths: null })).status,
    ).toBe(200);
    expect((await call(DEMO.hr, 'GET', '/api/reassessments')).body).toMatchObject({
      total: 0,
      reassessmentMonths: null,
    });
    expect((await lineOf(ownTeam, requirementId, '?overdue=exclude')).line.status).toBe('covered');

    const changed = await call(DEMO.hr, 'PATCH', '/api/organisation/settings', { reassessmentMonths: 24 });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ reassessmentMonths: 24 });
    // Two settings writes: switched off above, then on.
    expect(await auditCounter(db, f.demoId, 'Organisation')(f.demoId, 'settings')).toBe(2);

    const queue = await call(DEMO.manager, 'GET', `/api/reassessments?teamId=${teamId}&pageSize=200`);
    expect(queue.status).toBe(200);
    const mine = queue.body.items.filter((item: { employeeId: string }) =>
      [anna, bram, carla].includes(item.employeeId),
    );
    expect(mine).toEqual([
      expect.objectContaining({
        employeeId: anna,
        area: 'pedagogiek',
        status: 'overdue',
        validatedOn: validated.anna,
        dueOn: addMonths(validated.anna, 24),
      }),
      expect.objectContaining({ employeeId: bram, status: 'due', dueOn: addMonths(validated.bram, 24) }),
    ]);
    const overdueOnly = await call(DEMO.hr, 'GET', `/api/reassessments?status=overdue&teamId=${ownTeam}`);
    expect(overdueOnly.body.items.map((item: { employeeId: string }) => item.employeeId)).toEqual([anna]);

    const included = await lineOf(ownTeam, requirementId);
    expect(included.line).toMatchObject({ status: 'covered', gap: 0 });
    expect(included.body.reassessment).toEqual({ cycleMonths: 24, overdueLevels: 1, included: true });
    const excluded = await lineOf(ownTeam, requirementId, '?overdue=exclude');
    expect(excluded.line).toMatchObject({ status: 'no_margin', gap: 0 });
    expect(excluded.body.reassessment).toEqual({ cycleMonths: 24, overdueLevels: 1, included: false });
    const overview = await call(DEMO.hr, 'GET', '/api/organisation/coverage?overdue=exclude');
    expect(overview.body.reassessment).toMatchObject({ cycleMonths: 24, included: false });
    expect(overview.body.reassessment.overdueLevels).toBeGreaterThanOrEqual(1);

    // Validating a new level starts a new cycle: Anna leaves the queue.
    await call(DEMO.hr, 'POST', '/api/area-levels', {
      employeeId: anna,
      area: 'pedagogiek',
      level: 'expert',
    });
    const after = await call(DEMO.hr, 'GET', `/api/reassessments?teamId=${ownTeam}`);
    expect(after.body.items.map((item: { employeeId: string }) => item.employeeId)).toEqual([bram]);
    expect((await lineOf(ownTeam, requirementId, '?overdue=exclude')).line.status).toBe('covered');
    await call(DEMO.hr, 'PATCH', '/api/organisation/settings', { reassessmentMonths: 36 });
  });
});
