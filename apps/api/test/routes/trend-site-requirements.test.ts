import { describe, expect, it } from 'vitest';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

type Figures = {
  requirements: number;
  covered: number;
  noMargin: number;
  singlePoints: number;
  gaps: number;
  exempt: number;
  totalGap: number;
};
type Point = {
  month: string;
  at: string;
  totals: Record<string, number>;
  byArea: Record<string, number>;
  siteRequirements: { totals: Figures; bySite: Array<Figures & { siteId: string }> };
};

/** Noon on `day` of the month `months` back (UTC). */
function monthsAgo(months: number, day = 15): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day, 12));
}
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// docs/coverage-rules.md, rules 6 and 18: the trend measures the site requirements valid at each
// month's end over the people working at the site then.
describe('the trend of site certificate requirements (rules 6 and 18)', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  const ehboId = async () =>
    (await db.certificateType.findFirstOrThrow({ where: { organisationId: f.demoId, code: 'kinder-ehbo' } }))
      .id;

  /** A fresh site with one team of `people` fresh employees, members for two years. */
  async function siteWithPeople(people: number) {
    const site = await call(DEMO.hr, 'POST', '/api/sites', {
      name: `Locatie ${Math.random().toString(36).slice(2, 8)}`,
    });
    expect(site.status).toBe(201);
    const team = await call(DEMO.hr, 'POST', '/api/teams', { siteId: site.body.id, name: 'Peuters' });
    expect(team.status).toBe(201);
    await db.team.updateMany({ where: { id: team.body.id }, data: { createdAt: monthsAgo(24) } });
    const employeeIds: string[] = [];
    for (let index = 0; index < people; index++) {
      const employee = await call(DEMO.hr, 'POST', '/api/employees', {
        firstName: `Houder${index}`,
        lastName: site.body.name,
        email: `houder${index}.${site.body.id.slice(0, 8)}@example.org`,
      });
      expect(employee.status).toBe(201);
      const membership = await call(DEMO.hr, 'POST', '/api/memberships', {
        teamId: team.body.id,
        employeeId: employee.body.id,
        startDate: isoDay(monthsAgo(24)),
      });
      expect(membership.status).toBe(201);
      employeeIds.push(employee.body.id);
    }
    return { siteId: site.body.id as string, teamId: team.body.id as string, employeeIds };
  }

  async function certificate(employeeId: string, expiresOn: Date | null) {
    await db.personCertificate.create({
      data: {
        organisationId: f.demoId,
        employeeId,
        certificateTypeId: await ehboId(),
        obtainedOn: monthsAgo(23),
        expiresOn,
        status: 'validated',
        validatedAt: monthsAgo(23),
      },
    });
  }

  const trend = async (query = 'months=12') => {
    const response = await call(DEMO.board, 'GET', `/api/organisation/coverage/trend?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.points as Point[];
  };
  const siteOf = (point: Point | undefined, siteId: string) =>
    point?.siteRequirements.bySite.find((site) => site.siteId === siteId);

  it('keeps versions by trigger: create opens, a changed count closes and opens, a note changes nothing, delete closes and keeps them', async () => {
    const { siteId } = await siteWithPeople(0);
    const created = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId,
      certificateTypeId: await ehboId(),
      count: 1,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const versions = () =>
      db.siteRequirementVersion.findMany({
        where: { organisationId: f.demoId, siteRequirementId: id },
        orderBy: [{ validFrom: 'asc' }, { count: 'asc' }],
      });
    const opened = await versions();
    expect(opened.map((v) => [v.siteId, v.count, v.validTo])).toEqual([[siteId, 1, null]]);
    // From its creation (the transaction's start, when that is earlier than the row's createdAt).
    const openedAt = opened[0]?.validFrom.getTime() ?? 0;
    expect(openedAt).toBeLessThanOrEqual(new Date(created.body.createdAt).getTime());
    expect(new Date(created.body.createdAt).getTime() - openedAt).toBeLessThan(60_000);

    const raised = await call(
      DEMO.hr,
      'PATCH',
      `/api/site-requirements/${id}`,
      { count: 3 },
      { 'if-match': 'W/"1"' },
    );
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    const noted = await call(
      DEMO.hr,
      'PATCH',
      `/api/site-requirements/${id}`,
      { note: 'Alleen een notitie' },
      { 'if-match': 'W/"2"' },
    );
    expect(noted.status).toBe(200);
    const changed = await versions();
    expect(changed.map((v) => [v.count, v.validTo === null])).toEqual([
      [1, false],
      [3, true],
    ]);
    expect(changed[0]?.validTo?.getTime()).toBe(changed[1]?.validFrom.getTime());

    const removed = await call(DEMO.hr, 'DELETE', `/api/site-requirements/${id}`, undefined, {
      'if-match': 'W/"3"',
    });
    expect(removed.status).toBe(204);
    const kept = await versions();
    expect(kept).toHaveLength(2);
    expect(kept.every((v) => v.validTo !== null)).toBe(true);
  });

  it('a requirement raised mid-year and a certificate expiring in a month: each month shows gap or not gap; team figures unchanged', async () => {
    const { siteId, employeeIds } = await siteWithPeople(2);
    const [anna, bram] = employeeIds as [string, string];
    await certificate(anna, monthsAgo(2)); // valid through the 15th two months back
    await certificate(bram, null);
    const before = await trend();

    // "≥ 1 kinder-EHBO" since 10 months back, raised to "≥ 2" 5 months back (the history backdated).
    const created = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId,
      certificateTypeId: await ehboId(),
      count: 1,
    });
    expect(created.status).toBe(201);
    const raised = await call(
      DEMO.hr,
      'PATCH',
      `/api/site-requirements/${created.body.id}`,
      { count: 2 },
      { 'if-match': 'W/"1"' },
    );
    expect(raised.status).toBe(200);
    const [first, second] = await db.siteRequirementVersion.findMany({
      where: { siteRequirementId: created.body.id },
      orderBy: { count: 'asc' },
    });
    await db.siteRequirementVersion.update({
      where: { organisationId_id: { organisationId: f.demoId, id: first?.id as string } },
      data: { validFrom: monthsAgo(10), validTo: monthsAgo(5) },
    });
    await db.siteRequirementVersion.update({
      where: { organisationId_id: { organisationId: f.demoId, id: second?.id as string } },
      data: { validFrom: monthsAgo(5) },
    });

    const points = await trend();
    const shown = points.map((point) => {
      const site = siteOf(point, siteId);
      if (!site) return 'none';
      if (site.gaps > 0) return `gap ${site.totalGap}`;
      return site.noMargin > 0 ? 'no_margin' : site.covered > 0 ? 'covered' : 'other';
    });
    // Oldest first: 11 … 0 months back.
    expect(shown).toEqual([
      'none', // 11 months back: the requirement did not exist yet
      'covered', // 10 … 6 months back: ≥ 1, Anna and Bram hold one
      'covered',
      'covered',
      'covered',
      'covered',
      'no_margin', // 5 … 3 months back: ≥ 2, two holders
      'no_margin',
      'no_margin',
      'gap 1', // Anna's certificate expired on the 15th two months back
      'gap 1',
      'gap 1',
    ]);
    // Site requirements sit beside the team figures, never in them (rule 18).
    points.forEach((point, index) => {
      expect(point.totals).toEqual(before[index]?.totals);
      expect(point.byArea).toEqual(before[index]?.byArea);
      const others =
        (before[index]?.siteRequirements.totals.gaps ?? 0) + (shown[index]?.startsWith('gap') ? 1 : 0);
      expect(point.siteRequirements.totals.gaps).toBe(others);
    });

    // The last point equals today's site coverage (GET /api/organisation/coverage).
    const today = await call(DEMO.board, 'GET', '/api/organisation/coverage');
    const view = (
      today.body.siteRequirements as Array<{
        siteId: string;
        requirements: Array<{ status: string; gap: number }>;
      }>
    ).find((site) => site.siteId === siteId);
    expect(view?.requirements.map((rc) => [rc.status, rc.gap])).toEqual([['gap', 1]]);
    const allToday = (today.body.siteRequirements as Array<{ requirements: Array<{ status: string }> }>)
      .flatMap((site) => site.requirements)
      .filter((rc) => rc.status === 'gap').length;
    expect(points.at(-1)?.siteRequirements.totals.gaps).toBe(allToday);

    // Asked for one site: only that site.
    const bySite = await trend(`months=3&siteId=${siteId}`);
    expect(bySite.map((point) => point.siteRequirements.bySite.map((site) => site.siteId))).toEqual([
      [siteId],
      [siteId],
      [siteId],
    ]);
    expect(bySite.at(-1)?.siteRequirements.totals).toMatchObject({ requirements: 1, gaps: 1, totalGap: 1 });
  });

  it('a site requirement write shows in the next trend read (the snapshot and change log move on)', async () => {
    const { siteId, employeeIds } = await siteWithPeople(1);
    await certificate(employeeIds[0] as string, null);
    const created = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId,
      certificateTypeId: await ehboId(),
      count: 1,
    });
    expect(created.status).toBe(201);
    // Read first (trend, and the overview whose snapshot and change tile it caches).
    expect((await call(DEMO.board, 'GET', '/api/organisation/coverage')).status).toBe(200);
    const before = await trend('months=2');
    expect(siteOf(before.at(-1), siteId)).toMatchObject({ requirements: 1, singlePoints: 1, gaps: 0 });
    expect(siteOf(before[0], siteId)).toBeUndefined();

    const raised = await call(
      DEMO.hr,
      'PATCH',
      `/api/site-requirements/${created.body.id}`,
      { count: 2 },
      { 'if-match': 'W/"1"' },
    );
    expect(raised.status).toBe(200);
    const after = await trend('months=2');
    expect(siteOf(after.at(-1), siteId)).toMatchObject({ requirements: 1, gaps: 1, totalGap: 1 });
    expect(after.at(-1)?.siteRequirements.totals.gaps).toBe(
      (before.at(-1)?.siteRequirements.totals.gaps ?? 0) + 1,
    );

    const removed = await call(DEMO.hr, 'DELETE', `/api/site-requirements/${created.body.id}`, undefined, {
      'if-match': 'W/"2"',
    });
    expect(removed.status).toBe(204);
    expect(siteOf((await trend('months=2')).at(-1), siteId)).toBeUndefined();
  });

  it('applies the site exemptions running on each month-end: the whole site’s and a person’s (rule 17)', async () => {
    const { siteId, employeeIds } = await siteWithPeople(2);
    const [eva, anna] = employeeIds as [string, string];
    await certificate(anna, null);
    const created = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId,
      certificateTypeId: await ehboId(),
      count: 2,
    });
    expect(created.status).toBe(201);
    const siteRequirementId = created.body.id as string;
    // The requirement exists since six months back (its history backdated).
    await db.siteRequirementVersion.updateMany({
      where: { organisationId: f.demoId, siteRequirementId },
      data: { validFrom: monthsAgo(6) },
    });
    const exempt = async (body: Record<string, unknown>, startsOn: Date, endsOn: Date) => {
      const response = await call(DEMO.hr, 'POST', '/api/exemptions', {
        reason: 'Cursus gepland',
        siteRequirementId,
        endsOn: isoDay(monthsAgo(-1)),
        ...body,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      // Its period moved into the past, as if recorded then (the API refuses a past period).
      await db.requirementExemption.updateMany({
        where: { organisationId: f.demoId, id: response.body.id },
        data: { startsOn, endsOn },
      });
      return response.body.id as string;
    };
    // The whole site exempt from 5 through 4 months back (the 20th): only the month-end 5 months back.
    await exempt({}, monthsAgo(5, 1), monthsAgo(4, 20));
    // Eva exempt from 3 months back through today's end of the next year: she counts as holder.
    await exempt({ employeeId: eva }, monthsAgo(3, 1), monthsAgo(-12));

    const points = await trend('months=7');
    const shown = points.map((point) => {
      const site = siteOf(point, siteId);
      if (!site) return 'none';
      if (site.exempt > 0) return 'exempt';
      return site.gaps > 0 ? `gap ${site.totalGap}` : site.noMargin > 0 ? 'no_margin' : 'other';
    });
    expect(shown).toEqual([
      'gap 1', // 6 months back: Anna only (the month ended after the version opened on the 15th)
      'exempt', // 5 months back: the site's exemption runs on the month's last day
      'gap 1', // 4 months back: it ended on the 20th
      'no_margin', // 3 months back on: Anna and Eva (exempt holder)
      'no_margin',
      'no_margin',
      'no_margin',
    ]);
    // Today's point equals today's site coverage.
    const today = await call(DEMO.board, 'GET', '/api/organisation/coverage');
    const view = (
      today.body.siteRequirements as Array<{ siteId: string; requirements: Array<{ status: string }> }>
    ).find((site) => site.siteId === siteId);
    expect(view?.requirements.map((rc) => rc.status)).toEqual(['no_margin']);
  });

  it('a manager sees the site requirements of her teams’ sites only', async () => {
    const managed = await db.managedTeam.findMany({
      where: { organisationId: f.demoId, member: { user: { email: DEMO.manager } } },
      select: { team: { select: { siteId: true } } },
    });
    const hers = new Set(managed.map((row) => row.team.siteId));
    const response = await call(DEMO.manager, 'GET', '/api/organisation/coverage/trend?months=1');
    expect(response.status).toBe(200);
    const board = await trend('months=1');
    const boardSites = board.at(-1)?.siteRequirements.bySite ?? [];
    expect(boardSites.length).toBeGreaterThan(0);
    const theirs = (response.body.points as Point[]).at(-1)?.siteRequirements.bySite ?? [];
    expect(theirs).toEqual(boardSites.filter((site) => hers.has(site.siteId)));
    // The site of the test above is not hers: the board sees it, she does not.
    expect(boardSites.some((site) => !hers.has(site.siteId))).toBe(true);
  });
});
