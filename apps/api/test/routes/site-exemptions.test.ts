import { addDays } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { auditCounter, type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

const today = () => new Date().toISOString().slice(0, 10);

type SiteLine = {
  requirementId: string;
  headcount: number;
  gap: number;
  status: string;
  exemptHolders: number;
  exemption?: { exemptionId: string; endsOn: string; status: string; gap: number };
};
type SiteView = { siteId: string; exempt: number; requirements: SiteLine[] };

// docs/coverage-rules.md, rules 17 and 18: exemptions from a site's certificate requirements.
describe('exemptions from site requirements (rules 17 and 18)', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  const unique = () => Math.random().toString(36).slice(2, 8);
  const ehboId = async () =>
    (await db.certificateType.findFirstOrThrow({ where: { organisationId: f.demoId, code: 'kinder-ehbo' } }))
      .id;

  async function newPerson() {
    const created = await call(DEMO.hr, 'POST', '/api/employees', {
      firstName: 'Locatie',
      lastName: unique(),
      email: `locatie-${unique()}@example.org`,
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  async function newTeam(siteId: string, ...employeeIds: string[]) {
    const team = await call(DEMO.hr, 'POST', '/api/teams', { siteId, name: `Team ${unique()}` });
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

  /** A fresh site with one team of these people and "≥ count kinder-EHBO" (nobody holds one). */
  async function siteWithRequirement(count: number, ...employeeIds: string[]) {
    const site = await call(DEMO.hr, 'POST', '/api/sites', { name: `Locatie ${unique()}` });
    expect(site.status).toBe(201);
    const siteId = site.body.id as string;
    await newTeam(siteId, ...employeeIds);
    const requirement = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId,
      certificateTypeId: await ehboId(),
      count,
    });
    expect(requirement.status).toBe(201);
    return { siteId, siteName: site.body.name as string, siteRequirementId: requirement.body.id as string };
  }

  const overview = async (email: string, siteId: string) => {
    const response = await call(email, 'GET', '/api/organisation/coverage?rankingLimit=500');
    expect(response.status).toBe(200);
    const site = (response.body.siteRequirements as SiteView[]).find((s) => s.siteId === siteId);
    const ranked = (response.body.ranking as Array<{ siteId: string; teamId: string | null }>).filter(
      (entry) => entry.siteId === siteId && entry.teamId === null,
    );
    return { site, line: site?.requirements[0], ranked };
  };

  const exempt = (body: Record<string, unknown>) =>
    call(DEMO.hr, 'POST', '/api/exemptions', { reason: 'EHBO-cursus gepland in januari', ...body });

  it('hr exempts a site from its requirement: exempt with the hidden figures, not ranked, listed with the site; ending it brings the gap back', async () => {
    const { siteId, siteName, siteRequirementId } = await siteWithRequirement(
      1,
      await newPerson(),
      await newPerson(),
    );
    let view = await overview(DEMO.board, siteId);
    expect(view.line).toMatchObject({ status: 'gap', gap: 1 });
    expect(view.ranked).toHaveLength(1);

    const endsOn = addDays(today(), 40);
    const created = await exempt({ siteRequirementId, endsOn });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      teamId: null,
      teamName: null,
      requirementId: null,
      siteId,
      siteName,
      siteRequirementId,
      requirementKind: 'certificate',
      employeeId: null,
      startsOn: today(),
      endsOn,
      status: 'active',
      approvedBy: { id: f.userIds.hr },
    });
    const id = created.body.id as string;
    const audits = auditCounter(db, f.demoId, 'RequirementExemption');
    expect(await audits(id, 'create')).toBe(1);

    view = await overview(DEMO.board, siteId);
    expect(view.line).toMatchObject({
      status: 'exempt',
      gap: 0,
      exemption: { exemptionId: id, endsOn, status: 'gap', gap: 1 },
    });
    expect(view.site?.exempt).toBe(1);
    expect(view.ranked).toEqual([]);

    // Listed by site for leaders; the manager leads no team at this site: not hers to read.
    const listed = await call(DEMO.board, 'GET', `/api/exemptions?siteId=${siteId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id, siteName, teamName: null })]);
    const bySiteRequirement = await call(
      DEMO.hr,
      'GET',
      `/api/exemptions?siteRequirementId=${siteRequirementId}`,
    );
    expect(bySiteRequirement.body.total).toBe(1);
    expect((await call(DEMO.manager, 'GET', `/api/exemptions?siteId=${siteId}`)).body.total).toBe(0);
    expect((await call(DEMO.manager, 'GET', `/api/exemptions/${id}`)).status).toBe(404);
    expect((await call(DEMO.manager, 'POST', `/api/exemptions/${id}/end`)).status).toBe(403);

    const ended = await call(DEMO.hr, 'POST', `/api/exemptions/${id}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', siteId });
    expect(await audits(id, 'end')).toBe(1);
    view = await overview(DEMO.board, siteId);
    expect(view.line).toMatchObject({ status: 'gap', gap: 1 });
    expect(view.line?.exemption).toBeUndefined();
    expect(view.site?.exempt).toBe(0);
    expect(view.ranked).toHaveLength(1);
    expect((await call(DEMO.hr, 'POST', `/api/exemptions/${id}/end`)).status).toBe(409);
  });

  it('a site exemption past its end date no longer applies (computed from today, no job)', async () => {
    const { siteId, siteRequirementId } = await siteWithRequirement(1, await newPerson());
    const created = await exempt({ siteRequirementId, endsOn: today() });
    expect(created.status).toBe(201);
    expect((await overview(DEMO.hr, siteId)).line?.status).toBe('exempt');
    // Move its period into the past, as the calendar would (the trigger tells the cache).
    await db.requirementExemption.updateMany({
      where: { id: created.body.id },
      data: {
        startsOn: new Date(`${addDays(today(), -10)}T00:00:00Z`),
        endsOn: new Date(`${addDays(today(), -1)}T00:00:00Z`),
      },
    });
    expect((await overview(DEMO.hr, siteId)).line).toMatchObject({ status: 'gap', gap: 1 });
    expect((await call(DEMO.hr, 'GET', `/api/exemptions/${created.body.id}`)).body.status).toBe('expired');
  });

  it('a person working at the site counts as holder; someone not at the site (or only in an archived team) is refused 422', async () => {
    const anna = await newPerson();
    const { siteId, siteRequirementId } = await siteWithRequirement(1, anna);
    const holder = await exempt({ siteRequirementId, employeeId: anna, endsOn: '2099-12-31' });
    expect(holder.status, JSON.stringify(holder.body)).toBe(201);
    expect((await overview(DEMO.hr, siteId)).line).toMatchObject({
      status: 'single_point',
      headcount: 1,
      exemptHolders: 1,
    });

    const before = await db.requirementExemption.count();
    const outsider = await exempt({ siteRequirementId, employeeId: f.outsider, endsOn: '2099-12-31' });
    expect(outsider.status).toBe(422);
    expect(outsider.headers['content-type']).toContain('application/problem+json');
    expect(outsider.body.code).toBe('person_not_at_site');
    const bram = await newPerson();
    const oud = await newTeam(siteId, bram);
    expect((await call(DEMO.hr, 'POST', `/api/teams/${oud}/archive`, {})).status).toBe(200);
    const archived = await exempt({ siteRequirementId, employeeId: bram, endsOn: '2099-12-31' });
    expect(archived.status).toBe(422);
    expect(archived.body.code).toBe('person_not_at_site');
    expect(await db.requirementExemption.count()).toBe(before);
  });

  it("refuses another tenant's site requirement (404) and a body with both or no target (400); writes nothing", async () => {
    const zonSite = await db.site.findFirstOrThrow({ where: { organisationId: f.zonId } });
    const zonType = await db.certificateType.findFirstOrThrow({ where: { organisationId: f.zonId } });
    const zonRequirement = await db.siteRequirement.create({
      data: { organisationId: f.zonId, siteId: zonSite.id, certificateTypeId: zonType.id, count: 1 },
    });
    const before = await db.requirementExemption.count();
    const foreign = await exempt({ siteRequirementId: zonRequirement.id, endsOn: '2099-12-31' });
    expect(foreign.status).toBe(404);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect(foreign.body.code).toBe('not_found');

    const { siteId, siteRequirementId } = await siteWithRequirement(1);
    const teamRequirement = await db.teamRequirement.findFirstOrThrow({
      where: { organisationId: f.demoId },
    });
    const both = await exempt({ siteRequirementId, requirementId: teamRequirement.id, endsOn: '2099-12-31' });
    expect(both.status).toBe(400);
    const neither = await exempt({ endsOn: '2099-12-31' });
    expect(neither.status).toBe(400);
    expect(await db.requirementExemption.count()).toBe(before);
    // The database refuses a row with two targets too.
    await expect(
      db.requirementExemption.create({
        data: {
          organisationId: f.demoId,
          teamId: teamRequirement.teamId,
          requirementId: teamRequirement.id,
          siteId,
          siteRequirementId,
          reason: 'Twee doelen',
          startsOn: new Date(),
          endsOn: new Date('2099-12-31'),
        },
      }),
    ).rejects.toThrow(/RequirementExemption_one_target/);
  });

  it("a manager reads the exemptions of the sites where she leads a team, not only her teams'", async () => {
    const team = await db.team.findFirstOrThrow({ where: { id: { in: f.managedTeamIds } } });
    const requirement = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId: team.siteId,
      certificateTypeId: await ehboId(),
      count: 40,
    });
    expect(requirement.status).toBe(201);
    const created = await exempt({ siteRequirementId: requirement.body.id, endsOn: '2099-12-31' });
    expect(created.status).toBe(201);
    const listed = await call(DEMO.manager, 'GET', `/api/exemptions?siteId=${team.siteId}`);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    expect((await call(DEMO.manager, 'GET', `/api/exemptions/${created.body.id}`)).status).toBe(200);
    const line = (await overview(DEMO.manager, team.siteId)).site?.requirements.find(
      (r) => r.requirementId === requirement.body.id,
    );
    expect(line).toMatchObject({
      status: 'exempt',
      exemption: { exemptionId: created.body.id, status: 'gap' },
    });
  });
});
