import { addDays } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { auditCounter, type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

const today = () => new Date().toISOString().slice(0, 10);

type PlanGap = {
  teamId: string | null;
  siteId: string | null;
  siteName: string | null;
  requirementId: string;
  kind: string;
  gap: number;
  plannedActions: Array<{ id: string; employeeId: string | null; vacancy: boolean }>;
  coveredByPlan: boolean;
  hireTarget: Record<string, string> | null;
  courseCandidates?: Array<{ employeeId: string; reason: string }>;
  vacancyTeams?: Array<{ id: string; name: string }>;
};

// docs/coverage-rules.md, rules 7 and 18: a site's certificate gap in the development plan.
describe('planning a site certificate requirement gap (rule 18)', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  it('lists the gap without a team, plans a refresher (pipeline) and a vacancy idempotently, refuses what does not fit', async () => {
    const ehbo = (
      await db.certificateType.findFirstOrThrow({ where: { organisationId: f.demoId, code: 'kinder-ehbo' } })
    ).id;
    const [holder, elsewhere] = await db.employee.findMany({
      where: { organisationId: f.demoId, active: true, id: { notIn: [f.teamMember, f.outsider] } },
      orderBy: { id: 'asc' },
      take: 2,
    });
    if (!holder || !elsewhere) throw new Error('the demo tenant has too few people');

    // A site with two teams: teamMember (lapsing) in both, outsider (none) and holder (valid) in BSO.
    const site = await call(DEMO.hr, 'POST', '/api/sites', {
      name: `Locatie ${Math.random().toString(36).slice(2, 8)}`,
    });
    expect(site.status).toBe(201);
    const siteId = site.body.id as string;
    const teams: Record<string, string> = {};
    for (const name of ['Peuters', 'BSO']) {
      const team = await call(DEMO.hr, 'POST', '/api/teams', { siteId, name: `${name} ${site.body.name}` });
      expect(team.status).toBe(201);
      teams[name] = team.body.id as string;
    }
    const peuters = teams.Peuters as string;
    const bso = teams.BSO as string;
    for (const [teamId, employeeId] of [
      [peuters, f.teamMember],
      [bso, f.teamMember],
      [bso, f.outsider],
      [bso, holder.id],
    ] as const) {
      const membership = await call(DEMO.hr, 'POST', '/api/memberships', {
        teamId,
        employeeId,
        startDate: '2024-01-01',
      });
      expect(membership.status, JSON.stringify(membership.body)).toBe(201);
    }
    const certificate = (employeeId: string, expiresOn: string | null) =>
      call(DEMO.hr, 'POST', '/api/person-certificates', {
        employeeId,
        certificateTypeId: ehbo,
        // Without an end date the type's validity runs from today: well past the horizon.
        obtainedOn: expiresOn ? '2025-01-10' : today(),
        ...(expiresOn ? { expiresOn } : {}),
      });
    expect((await certificate(f.teamMember, addDays(today(), 30))).status).toBe(201);
    expect((await certificate(holder.id, null)).status).toBe(201);
    const requirement = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId,
      certificateTypeId: ehbo,
      count: 3,
    });
    expect(requirement.status, JSON.stringify(requirement.body)).toBe(201);
    const requirementId = requirement.body.id as string;

    const planGaps = async (email: string, query = `siteId=${siteId}`) => {
      const response = await call(email, 'GET', `/api/development-plan/gaps?${query}&pageSize=200`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return (response.body.items as PlanGap[]).filter((gap) => gap.requirementId === requirementId);
    };
    const siteLine = async () => {
      const response = await call(DEMO.hr, 'GET', `/api/organisation/coverage?siteId=${siteId}`);
      const view = (
        response.body.siteRequirements as Array<{
          siteId: string;
          requirements: Array<{ pipeline: number; projected: { headcount: number; gap: number } }>;
        }>
      ).find((entry) => entry.siteId === siteId);
      return view?.requirements[0];
    };
    const plan = (body: Record<string, unknown>) =>
      call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', { siteId, requirementId, ...body });
    const audits = auditCounter(db, f.demoId, 'DevelopmentAction');

    // 2/3 today (holder, teamMember), a gap of 1; projected teamMember lapses: 1/3.
    const [gap] = await planGaps(DEMO.hr);
    expect(gap).toMatchObject({
      teamId: null,
      siteId,
      siteName: site.body.name,
      kind: 'certificate',
      gap: 1,
      plannedActions: [],
      coveredByPlan: false,
      hireTarget: { targetCertificateTypeId: ehbo },
    });
    expect(gap?.courseCandidates?.map((c) => [c.employeeId, c.reason])).toEqual([
      [f.teamMember, 'lapsing'],
      [f.outsider, 'none'],
    ]);
    expect(gap?.vacancyTeams?.map((team) => team.id)).toEqual([bso, peuters]);
    // In the whole list too; not under a team filter; the board sees it, a manager of no team here does not.
    expect(await planGaps(DEMO.hr, 'page=1')).toHaveLength(1);
    expect(await planGaps(DEMO.hr, `teamId=${bso}`)).toEqual([]);
    expect(await planGaps(DEMO.board)).toHaveLength(1);
    expect(await planGaps(DEMO.manager, 'page=1')).toEqual([]);
    expect(await siteLine()).toMatchObject({ pipeline: 0, projected: { headcount: 1, gap: 2 } });

    // A refresher for the lapsing holder: created, audited, idempotent on a second click.
    const course = await plan({ employeeId: f.teamMember, expectedEndDate: addDays(today(), 20) });
    expect(course.status, JSON.stringify(course.body)).toBe(201);
    expect(course.body.action).toMatchObject({
      type: 'training',
      employeeId: f.teamMember,
      targetCertificateTypeId: ehbo,
      status: 'planned',
    });
    expect(course.body.action.title).toMatch(/^Opfriscursus /);
    const again = await plan({ employeeId: f.teamMember });
    expect([again.status, again.body.created, again.body.action.id]).toEqual([
      200,
      false,
      course.body.action.id,
    ]);
    expect(await audits(course.body.action.id, 'create')).toBe(1);

    // The site's projection counts her as pipeline; the plan shows the course and offers her no more.
    expect(await siteLine()).toMatchObject({ pipeline: 1, projected: { headcount: 2, gap: 1 } });
    const [planned] = await planGaps(DEMO.hr);
    expect(planned?.plannedActions.map((a) => [a.id, a.vacancy])).toEqual([[course.body.action.id, false]]);
    expect(planned?.courseCandidates?.map((c) => c.employeeId)).toEqual([f.outsider]);

    // A vacancy in the team HR chose; a second click (even naming the other team) finds it.
    const hire = await plan({ employeeId: null, teamId: bso });
    expect(hire.status, JSON.stringify(hire.body)).toBe(201);
    expect(hire.body.action).toMatchObject({ type: 'werving', teamId: bso, targetCertificateTypeId: ehbo });
    const hireAgain = await plan({ employeeId: null, teamId: peuters });
    expect([hireAgain.status, hireAgain.body.action.id]).toEqual([200, hire.body.action.id]);
    expect(await audits(hire.body.action.id, 'create')).toBe(1);
    expect((await planGaps(DEMO.hr))[0]?.coveredByPlan).toBe(true);

    // Refusals as problem+json: no team for the vacancy 400; not at the site, a valid holder, another
    // site's team 422; another organisation's site 404; a manager may not plan 403.
    expect((await plan({ employeeId: null })).status).toBe(400);
    const notAtSite = await plan({ employeeId: elsewhere.id });
    expect([notAtSite.status, notAtSite.body.code]).toEqual([422, 'person_not_at_site']);
    expect(notAtSite.headers['content-type']).toContain('application/problem+json');
    const validHolder = await plan({ employeeId: holder.id });
    expect([validHolder.status, validHolder.body.code]).toEqual([422, 'not_a_candidate']);
    const otherTeam = await db.team.findFirstOrThrow({
      where: { organisationId: f.demoId, siteId: { not: siteId }, archivedAt: null },
    });
    const wrongTeam = await plan({ employeeId: null, teamId: otherTeam.id });
    expect([wrongTeam.status, wrongTeam.body.code]).toEqual([422, 'team_not_at_site']);
    const zonSite = await db.site.findFirstOrThrow({ where: { organisationId: f.zonId } });
    const foreign = await call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', {
      siteId: zonSite.id,
      requirementId,
      employeeId: f.teamMember,
    });
    expect(foreign.status).toBe(404);
    expect(
      (
        await call(DEMO.manager, 'POST', '/api/development-plan/gaps/plan', {
          siteId,
          requirementId,
          employeeId: null,
          teamId: bso,
        })
      ).status,
    ).toBe(403);

    // Once the outsider holds one too the site reads 3/3: no longer a gap, so planning answers 409.
    expect((await certificate(f.outsider, null)).status).toBe(201);
    expect(await planGaps(DEMO.hr)).toEqual([]);
    const stale = await plan({ employeeId: f.outsider });
    expect([stale.status, stale.body.code]).toEqual([409, 'gap_changed']);
  });
});
