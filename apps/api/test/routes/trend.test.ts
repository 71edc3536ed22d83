import { addDays } from '@teamspiegel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { type Call, caller, DEMO, errorPaths, type TestDb, testDb, ZON } from '../helpers/people-fixtures.ts';

type Totals = {
  requirements: number;
  covered: number;
  singlePoints: number;
  noMargin: number;
  gaps: number;
  totalGap: number;
};
type Point = { month: string; at: string; totals: Totals; byArea: Record<string, number> };

const pick = (totals: Totals) => ({
  requirements: totals.requirements,
  covered: totals.covered,
  singlePoints: totals.singlePoints,
  noMargin: totals.noMargin,
  gaps: totals.gaps,
  totalGap: totals.totalGap,
});

function monthsAgo(months: number, day = 15): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day, 12));
}

describe('GET /api/organisation/coverage/trend', () => {
  let t: TestApp;
  let db: TestDb;
  let call: Call;

  beforeAll(async () => {
    t = await buildTestApp();
    db = testDb(t);
    call = caller(t);
  });
  afterAll(async () => {
    await db.$disconnect();
    await t.close();
  });

  it('gives one point per month, oldest first, the last equal to today’s organisation coverage', async () => {
    const trend = await call(DEMO.board, 'GET', '/api/organisation/coverage/trend?months=12');
    expect(trend.status).toBe(200);
    const points = trend.body.points as Point[];
    expect(points).toHaveLength(12);
    const months = points.map((point) => point.month);
    expect([...months].sort()).toEqual(months);
    const now = new Date();
    expect(months.at(-1)).toBe(`${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`);
    expect(Object.keys(points[0]?.byArea ?? {})).toHaveLength(8);

    const today = await call(DEMO.board, 'GET', '/api/organisation/coverage');
    expect(today.status).toBe(200);
    expect(pick(points.at(-1)?.totals as Totals)).toEqual(pick(today.body.totals.overall));
    for (const [area, totals] of Object.entries(
      today.body.totals.byArea as Record<string, { gaps: number }>,
    )) {
      expect(points.at(-1)?.byArea[area]).toBe(totals.gaps);
    }
    // The seed has level history: the past is not simply a copy of today.
    const distinct = new Set(points.map((point) => JSON.stringify(point.totals)));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('filters by site and scopes managers to their teams, still ending at today’s totals', async () => {
    const today = await call(DEMO.board, 'GET', '/api/organisation/coverage');
    const site = today.body.sites[0] as { id: string };
    const [bySite, todayBySite] = await Promise.all([
      call(DEMO.hr, 'GET', `/api/organisation/coverage/trend?months=3&siteId=${site.id}`),
      call(DEMO.hr, 'GET', `/api/organisation/coverage?siteId=${site.id}`),
    ]);
    expect(bySite.status).toBe(200);
    expect(bySite.body.siteId).toBe(site.id);
    expect(pick((bySite.body.points as Point[]).at(-1)?.totals as Totals)).toEqual(
      pick(todayBySite.body.totals.overall),
    );

    const [managerTrend, managerToday] = await Promise.all([
      call(DEMO.manager, 'GET', '/api/organisation/coverage/trend?months=6'),
      call(DEMO.manager, 'GET', '/api/organisation/coverage'),
    ]);
    expect(managerTrend.status).toBe(200);
    expect(managerTrend.body.points).toHaveLength(6);
    expect(pick((managerTrend.body.points as Point[]).at(-1)?.totals as Totals)).toEqual(
      pick(managerToday.body.totals.overall),
    );
    expect(managerToday.body.totals.overall.requirements).toBeLessThan(
      today.body.totals.overall.requirements,
    );
  });

  it('a level recorded 3 months ago changes exactly the months from then on', async () => {
    const site = await db.site.findFirstOrThrow({
      where: { organisation: { slug: 'demo' } },
      orderBy: { name: 'asc' },
    });
    const team = await call(DEMO.hr, 'POST', '/api/teams', {
      siteId: site.id,
      name: 'Trendteam',
      kind: 'overig',
    });
    expect(team.status).toBe(201);
    const requirement = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId: team.body.id,
      kind: 'area',
      area: 'gezondheid',
      minLevel: 'ervaren',
      count: 1,
    });
    expect(requirement.status).toBe(201);
    // The team and its requirement existed for two years (rule 6 counts nothing before a team existed).
    await db.team.updateMany({ where: { id: team.body.id }, data: { createdAt: monthsAgo(24) } });
    await db.teamRequirementVersion.updateMany({
      where: { requirementId: requirement.body.id },
      data: { validFrom: monthsAgo(24) },
    });
    const employee = await call(DEMO.hr, 'POST', '/api/employees', {
      firstName: 'Trend',
      lastName: 'Volger',
      email: 'trend.volger@example.org',
    });
    expect(employee.status).toBe(201);
    const membership = await call(DEMO.hr, 'POST', '/api/memberships', {
      teamId: team.body.id,
      employeeId: employee.body.id,
      startDate: monthsAgo(24).toISOString().slice(0, 10),
    });
    expect(membership.status).toBe(201);

    const before = await call(DEMO.board, 'GET', '/api/organisation/coverage/trend?months=12');
    const beforePoints = before.body.points as Point[];

    // History written straight into the table: starter from 20 months ago, ervaren from 3 months ago.
    const raisedAt = monthsAgo(3);
    const organisationId = site.organisationId;
    await db.areaLevel.create({
      data: {
        organisationId,
        employeeId: employee.body.id,
        area: 'gezondheid',
        level: 'starter',
        status: 'validated',
        validFrom: monthsAgo(20),
        validTo: raisedAt,
        isCurrent: null,
      },
    });
    await db.areaLevel.create({
      data: {
        organisationId,
        employeeId: employee.body.id,
        area: 'gezondheid',
        level: 'ervaren',
        status: 'validated',
        validFrom: raisedAt,
        validTo: null,
        isCurrent: true,
      },
    });

    const after = await call(DEMO.board, 'GET', '/api/organisation/coverage/trend?months=12');
    const afterPoints = after.body.points as Point[];
    expect(afterPoints.map((p) => p.month)).toEqual(beforePoints.map((p) => p.month));
    const changed: string[] = [];
    afterPoints.forEach((point, index) => {
      const old = beforePoints[index] as Point;
      const at = new Date(point.at);
      if (at < raisedAt) {
        expect(point.totals).toEqual(old.totals);
        expect(point.byArea).toEqual(old.byArea);
      } else {
        changed.push(point.month);
        // The one-person requirement went from a gap to covered by exactly one (a single point of failure).
        expect(point.totals.gaps).toBe(old.totals.gaps - 1);
        expect(point.totals.totalGap).toBe(old.totals.totalGap - 1);
        expect(point.totals.singlePoints).toBe(old.totals.singlePoints + 1);
        expect(point.totals.requirements).toBe(old.totals.requirements);
        expect(point.byArea.gezondheid).toBe((old.byArea.gezondheid ?? 0) - 1);
      }
    });
    // The month of the change and the three after it (… , this month).
    expect(changed).toEqual(afterPoints.slice(-4).map((point) => point.month));
  });

  it('roles: board, hr and manager read it; trainer and employee get 403; no token 401', async () => {
    for (const email of [DEMO.board, DEMO.hr, DEMO.manager]) {
      expect((await call(email, 'GET', '/api/organisation/coverage/trend?months=2')).status).toBe(200);
    }
    for (const email of [DEMO.trainer, DEMO.employee]) {
      const response = await call(email, 'GET', '/api/organisation/coverage/trend?months=2');
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/organisation/coverage/trend' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('another tenant’s site is 404; each tenant sees only its own teams', async () => {
    const zonSite = await db.site.findFirstOrThrow({ where: { organisation: { slug: 'kinderopvang-zon' } } });
    const response = await call(DEMO.board, 'GET', `/api/organisation/coverage/trend?siteId=${zonSite.id}`);
    expect(response.status).toBe(404);
    const [zonTrend, zonToday] = await Promise.all([
      call(ZON.board, 'GET', '/api/organisation/coverage/trend?months=1'),
      call(ZON.board, 'GET', '/api/organisation/coverage'),
    ]);
    expect(zonTrend.body.points).toHaveLength(1);
    expect(pick(zonTrend.body.points[0].totals)).toEqual(pick(zonToday.body.totals.overall));
  });

  it('validates months (1–36) and the site id: 400 with the field path', async () => {
    for (const query of ['months=0', 'months=37', 'months=abc', 'siteId=not-a-uuid']) {
      const response = await call(DEMO.board, 'GET', `/api/organisation/coverage/trend?${query}`);
      expect(response.status, query).toBe(400);
      expect(String(response.headers['content-type'])).toContain('application/problem+json');
      const field = query.split('=')[0] as string;
      expect(
        errorPaths(response.body).some((path) => path.endsWith(field)),
        query,
      ).toBe(true);
    }
    const defaulted = await call(DEMO.board, 'GET', '/api/organisation/coverage/trend');
    expect(defaulted.body.points).toHaveLength(12);
  });
  it('months before a team existed show no gaps; a past month is measured against its own requirements', async () => {
    const before = await call(DEMO.board, 'GET', '/api/organisation/coverage/trend?months=6');
    const beforePoints = before.body.points as Point[];
    const site = await db.site.findFirstOrThrow({ where: { organisation: { slug: 'demo' } } });
    const team = await call(DEMO.hr, 'POST', '/api/teams', {
      siteId: site.id,
      name: 'Nieuw team',
      kind: 'overig',
    });
    expect(team.status).toBe(201);
    const created = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId: team.body.id,
      kind: 'circle',
      circle: 'wetenschap',
      count: 2,
    });
    expect(created.status).toBe(201);
    const after = await call(DEMO.board, 'GET', '/api/organisation/coverage/trend?months=6');
    const afterPoints = after.body.points as Point[];
    // The new team (nobody in it, one requirement of 2) is a gap today, and nothing in the months before.
    afterPoints.slice(0, -1).forEach((point, index) => {
      expect(point.totals).toEqual(beforePoints[index]?.totals);
    });
    expect(afterPoints.at(-1)?.totals.gaps).toBe((beforePoints.at(-1)?.totals.gaps ?? 0) + 1);
    expect(afterPoints.at(-1)?.totals.totalGap).toBe((beforePoints.at(-1)?.totals.totalGap ?? 0) + 2);

    // A demo requirement raised today changes today's point only: the months before keep the old one.
    const requirement = await db.teamRequirement.findFirstOrThrow({
      where: { organisation: { slug: 'demo' }, kind: 'circle' },
      orderBy: { id: 'asc' },
    });
    const raised = await call(
      DEMO.hr,
      'PATCH',
      `/api/team-requirements/${requirement.id}`,
      { kind: 'circle', circle: requirement.circle, count: requirement.count + 40 },
      { 'if-match': `W/"${requirement.version}"` },
    );
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    const versions = await db.teamRequirementVersion.findMany({
      where: { requirementId: requirement.id },
      orderBy: { validFrom: 'asc' },
    });
    expect(versions.map((v) => [v.count, v.validTo === null])).toEqual([
      [requirement.count, false],
      [requirement.count + 40, true],
    ]);
    const raisedTrend = await call(DEMO.board, 'GET', '/api/organisation/coverage/trend?months=6');
    const raisedPoints = raisedTrend.body.points as Point[];
    raisedPoints.slice(0, -1).forEach((point, index) => {
      expect(point.totals).toEqual(afterPoints[index]?.totals);
    });
    expect(raisedPoints.at(-1)?.totals.totalGap).toBeGreaterThan(afterPoints.at(-1)?.totals.totalGap ?? 0);
  });

  it('applies the exemptions running on each point’s day: the change tile is the trend’s last point minus the one before', async () => {
    // A team of nobody with two gaps, both requirements there for two years.
    const site = await db.site.findFirstOrThrow({ where: { organisation: { slug: 'demo' } } });
    const team = await call(DEMO.hr, 'POST', '/api/teams', { siteId: site.id, name: 'Vrijgesteld team' });
    expect(team.status).toBe(201);
    const requirementIds: string[] = [];
    for (const area of ['gezondheid', 'didactiek']) {
      const created = await call(DEMO.hr, 'POST', '/api/team-requirements', {
        teamId: team.body.id,
        kind: 'area',
        area,
        minLevel: 'ervaren',
        count: 1,
      });
      expect(created.status).toBe(201);
      requirementIds.push(created.body.id);
    }
    const [today, earlier] = requirementIds as [string, string];
    await db.team.updateMany({ where: { id: team.body.id }, data: { createdAt: monthsAgo(24) } });
    await db.teamRequirementVersion.updateMany({
      where: { requirementId: { in: requirementIds } },
      data: { validFrom: monthsAgo(24) },
    });

    const tileAndTrend = async () => {
      const [coverage, trend] = await Promise.all([
        call(DEMO.board, 'GET', '/api/organisation/coverage'),
        call(DEMO.board, 'GET', '/api/organisation/coverage/trend?months=3'),
      ]);
      expect(coverage.status).toBe(200);
      expect(trend.status).toBe(200);
      const points = trend.body.points as Point[];
      const [previous, current] = points.slice(-2) as [Point, Point];
      const change = coverage.body.change as { since: string; delta: Totals };
      expect(change.since).toBe(previous.month);
      // The tile and the trend agree on every field, and the trend ends at today's figures.
      for (const key of Object.keys(pick(current.totals)) as Array<keyof Totals>) {
        expect(change.delta[key], key).toBe(current.totals[key] - previous.totals[key]);
      }
      expect(pick(current.totals)).toEqual(pick(coverage.body.totals.overall));
      return { points, delta: change.delta };
    };
    // Read first, so the tile's last month is cached and the writes below must patch it.
    const before = await tileAndTrend();

    // 1. An exemption from today: only today's point changes.
    const exemptToday = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId: today,
      reason: 'Cursus gepland',
      endsOn: addDays(new Date().toISOString().slice(0, 10), 60),
    });
    expect(exemptToday.status).toBe(201);
    const afterToday = await tileAndTrend();
    expect(afterToday.points.slice(0, -1)).toEqual(before.points.slice(0, -1));
    expect(afterToday.points.at(-1)?.totals.gaps).toBe((before.points.at(-1)?.totals.gaps ?? 0) - 1);
    expect(afterToday.delta.gaps).toBe(before.delta.gaps - 1);

    // 2. One from the first day of last month, ended today: it ran through yesterday, so last
    //    month's point applies it and today's does not; the month before it started is untouched.
    const lastMonthStart = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1));
    const backdated = await call(DEMO.hr, 'POST', '/api/exemptions', {
      requirementId: earlier,
      reason: 'Waarneming door de regio',
      startsOn: lastMonthStart.toISOString().slice(0, 10),
      endsOn: addDays(new Date().toISOString().slice(0, 10), 30),
    });
    expect(backdated.status, JSON.stringify(backdated.body)).toBe(201);
    expect((await call(DEMO.hr, 'POST', `/api/exemptions/${backdated.body.id}/end`)).status).toBe(200);
    const afterEnded = await tileAndTrend();
    const [first, previous, current] = afterEnded.points as [Point, Point, Point];
    expect(first).toEqual(afterToday.points[0]);
    expect(previous.totals.gaps).toBe((afterToday.points[1]?.totals.gaps ?? 0) - 1);
    expect(previous.byArea.didactiek).toBe((afterToday.points[1]?.byArea.didactiek ?? 0) - 1);
    expect(current.totals).toEqual(afterToday.points[2]?.totals);
    expect(current.byArea).toEqual(afterToday.points[2]?.byArea);
    expect(afterEnded.delta.gaps).toBe(afterToday.delta.gaps + 1);
  });
});
