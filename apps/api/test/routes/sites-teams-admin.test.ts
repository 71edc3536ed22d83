import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageSnapshot } from '../../src/services/coverage-snapshot.ts';
import { coverageTrend } from '../../src/services/coverage-trend.ts';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

/** Issue 12: sites and teams run from the admin screens (archive, template, counts, concurrency). */
describe('sites and teams administration', () => {
  let t: TestApp;
  let demoOrg: string;
  let hr: { authorization: string };

  beforeAll(async () => {
    t = await buildTestApp();
    demoOrg = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
    hr = { authorization: `Bearer ${await t.tokenFor(DEMO.hr)}` };
  });
  afterAll(async () => {
    await t?.close();
  });

  const auditCount = (entityId: string, action: string) =>
    t.app.systemDb.auditEvent.count({ where: { entityId, action } });

  async function createSite(name: string) {
    const response = await t.request().post('/api/sites').set(hr).send({ name, city: 'Utrecht' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { id: string; version: number };
  }

  describe('sites', () => {
    it('lists current sites with their counts of current teams and of people in them today', async () => {
      const response = await t.request().get('/api/sites?pageSize=200').set(hr);
      expect(response.status).toBe(200);
      const site = await t.app.systemDb.site.findFirstOrThrow({
        where: { organisationId: demoOrg, teams: { some: { memberships: { some: { endDate: null } } } } },
        orderBy: { name: 'asc' },
      });
      const today = new Date();
      const memberships = await t.app.systemDb.teamMembership.findMany({
        where: {
          organisationId: demoOrg,
          team: { siteId: site.id, archivedAt: null },
          startDate: { lte: today },
          OR: [{ endDate: null }, { endDate: { gte: new Date(today.toISOString().slice(0, 10)) } }],
        },
        select: { employeeId: true },
      });
      const teams = await t.app.systemDb.team.count({ where: { siteId: site.id, archivedAt: null } });
      const row = response.body.items.find((item: { id: string }) => item.id === site.id);
      expect(row).toMatchObject({
        teamCount: teams,
        peopleCount: new Set(memberships.map((m) => m.employeeId)).size,
        archivedAt: null,
      });
      expect(row.peopleCount).toBeGreaterThan(0);
    });

    it('refuses a second site with the same name (a double click) with a field error', async () => {
      await createSite('IKC De Dubbelklik');
      const again = await t.request().post('/api/sites').set(hr).send({ name: 'ikc de dubbelklik' });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'name_taken', errors: [{ path: 'name' }] });
      expect(
        await t.app.systemDb.site.count({
          where: { organisationId: demoOrg, name: { startsWith: 'IKC De Dubbel' } },
        }),
      ).toBe(1);
    });

    it('renames with If-Match and refuses a stale version (412)', async () => {
      const site = await createSite('IKC Oud');
      const renamed = await t
        .request()
        .patch(`/api/sites/${site.id}`)
        .set(hr)
        .set('if-match', `W/"${site.version}"`)
        .send({ name: 'IKC Nieuw' });
      expect(renamed.status).toBe(200);
      expect(renamed.body.name).toBe('IKC Nieuw');
      const stale = await t
        .request()
        .patch(`/api/sites/${site.id}`)
        .set(hr)
        .set('if-match', `W/"${site.version}"`)
        .send({ name: 'IKC Anders' });
      expect(stale.status).toBe(412);
    });

    it('archives an empty site (once, even when asked twice), hides it from the list and brings it back', async () => {
      const site = await createSite('IKC Archief');
      const first = await t
        .request()
        .post(`/api/sites/${site.id}/archive`)
        .set(hr)
        .set('if-match', `W/"${site.version}"`);
      expect(first.status).toBe(200);
      expect(first.body.archivedAt).not.toBeNull();
      const second = await t
        .request()
        .post(`/api/sites/${site.id}/archive`)
        .set(hr)
        .set('if-match', `W/"${site.version}"`);
      expect(second.status).toBe(200);
      expect(await auditCount(site.id, 'archive')).toBe(1);

      const current = await t.request().get('/api/sites?q=IKC%20Archief').set(hr);
      expect(current.body.items).toEqual([]);
      const archived = await t.request().get('/api/sites?q=IKC%20Archief&status=archived').set(hr);
      expect(archived.body.items.map((s: { id: string }) => s.id)).toEqual([site.id]);

      const team = await t.request().post('/api/teams').set(hr).send({ siteId: site.id, name: 'Nergens' });
      expect(team.status).toBe(422);
      expect(team.body).toMatchObject({ code: 'site_archived', errors: [{ path: 'siteId' }] });

      const back = await t.request().post(`/api/sites/${site.id}/unarchive`).set(hr);
      expect(back.status).toBe(200);
      expect(back.body.archivedAt).toBeNull();
    });

    it('refuses to archive a site that still has current teams (409)', async () => {
      const site = await createSite('IKC Vol');
      await t.request().post('/api/teams').set(hr).send({ siteId: site.id, name: 'Groep 1' }).expect(201);
      const response = await t.request().post(`/api/sites/${site.id}/archive`).set(hr);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('site_has_teams');
    });

    it('is HR work: a manager may not archive', async () => {
      const site = await createSite('IKC Manager');
      const manager = { authorization: `Bearer ${await t.tokenFor(DEMO.manager)}` };
      expect((await t.request().post(`/api/sites/${site.id}/archive`).set(manager)).status).toBe(403);
    });
  });

  describe('teams', () => {
    it('creates a team with a template as its target profile, in one step', async () => {
      const site = await createSite('IKC Sjabloon');
      const response = await t
        .request()
        .post('/api/teams')
        .set(hr)
        .send({ siteId: site.id, name: 'Bso De Vlinder', templateId: 'bso' });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body).toMatchObject({ kind: 'bso', archivedAt: null, memberCount: 0 });
      const templates = await t.request().get('/api/requirement-templates').set(hr);
      const bso = templates.body.items.find((item: { id: string }) => item.id === 'bso');
      const profile = await t.request().get(`/api/teams/${response.body.id}/requirements`).set(hr);
      expect(profile.body.requirements).toHaveLength(bso.requirements.length);
      expect(await auditCount(response.body.id, 'apply_template')).toBe(1);

      const again = await t
        .request()
        .post('/api/teams')
        .set(hr)
        .send({ siteId: site.id, name: 'Bso De Vlinder', templateId: 'bso' });
      expect(again.status).toBe(409);
      expect(again.body.errors[0].path).toBe('name');

      const unknown = await t
        .request()
        .post('/api/teams')
        .set(hr)
        .send({ siteId: site.id, name: 'X', templateId: 'nope' });
      expect(unknown.status).toBe(404);
      expect(await t.app.systemDb.team.count({ where: { siteId: site.id } })).toBe(1);
    });

    it('moves a team to another site with If-Match; a move onto a name in use is refused', async () => {
      const from = await createSite('IKC Van');
      const to = await createSite('IKC Naar');
      const team = (
        await t.request().post('/api/teams').set(hr).send({ siteId: from.id, name: 'Verhuizers' })
      ).body;
      await t.request().post('/api/teams').set(hr).send({ siteId: to.id, name: 'Verhuizers' }).expect(201);
      const clash = await t
        .request()
        .patch(`/api/teams/${team.id}`)
        .set(hr)
        .set('if-match', `W/"${team.version}"`)
        .send({ siteId: to.id });
      expect(clash.status).toBe(409);
      const moved = await t
        .request()
        .patch(`/api/teams/${team.id}`)
        .set(hr)
        .set('if-match', `W/"${team.version}"`)
        .send({ siteId: to.id, name: 'Verhuisd', kind: 'zorgteam' });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ site: { id: to.id }, name: 'Verhuisd', kind: 'zorgteam' });
    });

    it('an archived team leaves the list and the organisation coverage but stays in this month of the trend', async () => {
      const site = await createSite('IKC Trend');
      const team = (
        await t
          .request()
          .post('/api/teams')
          .set(hr)
          .send({ siteId: site.id, name: 'Zorg', templateId: 'zorgteam' })
      ).body;
      const coverageBefore = await t.request().get('/api/organisation/coverage?pageSize=200').set(hr);
      expect(coverageBefore.body.matrix.items.map((row: { teamId: string }) => row.teamId)).toContain(
        team.id,
      );

      const archived = await t
        .request()
        .post(`/api/teams/${team.id}/archive`)
        .set(hr)
        .set('if-match', `W/"${team.version}"`);
      expect(archived.status).toBe(200);
      expect(
        (await t.request().get('/api/teams?pageSize=200').set(hr)).body.items.map(
          (x: { id: string }) => x.id,
        ),
      ).not.toContain(team.id);
      expect(
        (await t.request().get('/api/teams?pageSize=200&status=archived').set(hr)).body.items.map(
          (x: { id: string }) => x.id,
        ),
      ).toContain(team.id);

      const coverage = await t.request().get('/api/organisation/coverage?pageSize=200').set(hr);
      expect(coverage.body.matrix.items.map((row: { teamId: string }) => row.teamId)).not.toContain(team.id);
      expect(coverage.body.totals.overall.requirements).toBeLessThan(
        coverageBefore.body.totals.overall.requirements,
      );
      const trend = await t.request().get('/api/organisation/coverage/trend?months=1').set(hr);
      expect(trend.status).toBe(200);
      // The team existed this month: its requirements (all gaps, nobody is in it) still count here.
      expect(trend.body.points[0].totals.requirements).toBe(coverageBefore.body.totals.overall.requirements);

      const back = await t.request().post(`/api/teams/${team.id}/unarchive`).set(hr);
      expect(back.status).toBe(200);
      const after = await t.request().get('/api/organisation/coverage?pageSize=200').set(hr);
      expect(after.body.matrix.items.map((row: { teamId: string }) => row.teamId)).toContain(team.id);
    });

    it('the trend measures an archived team only in the months it existed', async () => {
      const site = await createSite('IKC Verleden');
      const team = (
        await t
          .request()
          .post('/api/teams')
          .set(hr)
          .send({ siteId: site.id, name: 'Bovenbouw', templateId: 'bovenbouw' })
      ).body;
      const now = new Date();
      const monthStart = (back: number) =>
        new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
      // Created five months ago, archived in the middle of two months ago.
      const created = monthStart(5);
      const archivedAt = new Date(monthStart(2).getTime() + 14 * 86_400_000);
      await t.app.systemDb.team.updateMany({
        where: { id: team.id },
        data: { createdAt: created, archivedAt },
      });
      await t.app.systemDb.teamRequirementVersion.updateMany({
        where: { teamId: team.id },
        data: { validFrom: created },
      });
      await t.app.systemDb.organisation.update({
        where: { id: demoOrg },
        data: { dataVersion: { increment: 1 } },
      });

      const snapshot = await coverageSnapshot(t.app.systemDb, demoOrg);
      expect(snapshot.teams.has(team.id)).toBe(false);
      expect(snapshot.archivedTeams.has(team.id)).toBe(true);
      const trend = await coverageTrend(t.app.systemDb, snapshot, {
        months: 7,
        teamIds: [team.id],
        siteId: null,
        now,
      });
      const measured = trend.points.map((point) => point.totals.requirements > 0);
      // Oldest first: 6 and 5+… months back; existed from 5 months back up to 2 months back.
      expect(measured).toEqual([false, true, true, true, true, false, false]);
    });
  });

  describe('applying a template to many teams', () => {
    it('replaces every current team of a kind at once, audited; a second call changes nothing', async () => {
      const site = await createSite('IKC Veel');
      await t
        .request()
        .post('/api/teams')
        .set(hr)
        .send({ siteId: site.id, name: 'Peuters A', kind: 'peuter' })
        .expect(201);
      await t
        .request()
        .post('/api/teams')
        .set(hr)
        .send({ siteId: site.id, name: 'Peuters B', kind: 'peuter' })
        .expect(201);
      const kindTeams = await t.app.systemDb.team.count({
        where: { organisationId: demoOrg, kind: 'peuter', archivedAt: null },
      });
      const first = await t
        .request()
        .post('/api/requirement-templates/baby_dreumes/apply')
        .set(hr)
        .send({ kind: 'peuter' });
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      expect(first.body).toMatchObject({
        templateId: 'baby_dreumes',
        matched: kindTeams,
        changed: kindTeams,
      });
      const second = await t
        .request()
        .post('/api/requirement-templates/baby_dreumes/apply')
        .set(hr)
        .send({ kind: 'peuter' });
      expect(second.body).toMatchObject({ matched: kindTeams, changed: 0 });
      const bySite = await t
        .request()
        .post('/api/requirement-templates/bso/apply')
        .set(hr)
        .send({ siteId: site.id });
      expect(bySite.body).toMatchObject({ matched: 2, changed: 2 });
      for (const id of bySite.body.changedTeamIds) expect(await auditCount(id, 'apply_template')).toBe(2);
    });

    it('is all or nothing: one unknown (or other tenant’s) team and no team changes', async () => {
      const site = await createSite('IKC Alles');
      const team = (await t.request().post('/api/teams').set(hr).send({ siteId: site.id, name: 'Eén' })).body;
      const zonOrg = (
        await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } })
      ).id;
      const zonTeam = await t.app.systemDb.team.findFirstOrThrow({ where: { organisationId: zonOrg } });
      const zonBefore = await t.app.systemDb.teamRequirement.count({ where: { teamId: zonTeam.id } });
      const response = await t
        .request()
        .post('/api/requirement-templates/zorgteam/apply')
        .set(hr)
        .send({ teamIds: [team.id, zonTeam.id] });
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([expect.objectContaining({ path: 'teamIds.1' })]);
      expect(await t.app.systemDb.teamRequirement.count({ where: { teamId: team.id } })).toBe(0);
      expect(await t.app.systemDb.teamRequirement.count({ where: { teamId: zonTeam.id } })).toBe(zonBefore);

      const both = await t
        .request()
        .post('/api/requirement-templates/zorgteam/apply')
        .set(hr)
        .send({ teamIds: [team.id], kind: 'bso' });
      expect(both.status).toBe(400);
      const zonHr = { authorization: `Bearer ${await t.tokenFor(ZON.hr)}` };
      const employee = { authorization: `Bearer ${await t.tokenFor(DEMO.employee)}` };
      expect(
        (
          await t
            .request()
            .post('/api/requirement-templates/zorgteam/apply')
            .set(employee)
            .send({ teamIds: [team.id] })
        ).status,
      ).toBe(403);
      expect(
        (
          await t
            .request()
            .post('/api/requirement-templates/zorgteam/apply')
            .set(zonHr)
            .send({ teamIds: [team.id] })
        ).status,
      ).toBe(422);
    });
  });
});
