import { addDays } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { auditCounter, type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

const today = () => new Date().toISOString().slice(0, 10);

type SiteView = {
  siteId: string;
  people: number;
  requirements: Array<{
    requirementId: string;
    certificateLabel: { code: string } | null;
    count: number;
    headcount: number;
    gap: number;
    status: string;
    projected: { headcount: number; gap: number; status: string };
    lapsing: number;
  }>;
};

// docs/coverage-rules.md, rule 18: certificate requirements of a whole site.
describe('site certificate requirements (rule 18)', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  const ehboId = async (organisationId = f.demoId) =>
    (await db.certificateType.findFirstOrThrow({ where: { organisationId, code: 'kinder-ehbo' } })).id;

  /** A fresh site with two teams; `both` is in both, `second` only in the second. */
  async function siteWithTeams(both: string, second: string) {
    const site = await call(DEMO.hr, 'POST', '/api/sites', {
      name: `Locatie ${Math.random().toString(36).slice(2, 8)}`,
    });
    expect(site.status).toBe(201);
    const teams: string[] = [];
    for (const name of ['Peuters', 'BSO']) {
      const team = await call(DEMO.hr, 'POST', '/api/teams', {
        siteId: site.body.id,
        name: `${name} ${site.body.name}`,
      });
      expect(team.status).toBe(201);
      teams.push(team.body.id);
    }
    const memberships: Array<[string, string]> = [
      [teams[0] as string, both],
      [teams[1] as string, both],
      [teams[1] as string, second],
    ];
    for (const [teamId, employeeId] of memberships) {
      const membership = await call(DEMO.hr, 'POST', '/api/memberships', {
        teamId,
        employeeId,
        startDate: '2024-01-01',
      });
      expect(membership.status, JSON.stringify(membership.body)).toBe(201);
    }
    return site.body.id as string;
  }

  const siteView = async (email: string, siteId: string) => {
    const response = await call(email, 'GET', '/api/organisation/coverage?rankingLimit=500');
    expect(response.status).toBe(200);
    const site = (response.body.siteRequirements as SiteView[]).find((s) => s.siteId === siteId);
    const ranking = (
      response.body.ranking as Array<{
        teamId: string | null;
        siteId: string;
        requirementId: string;
        siteName: string;
        status: string;
        gap: number;
      }>
    ).filter((entry) => entry.siteId === siteId && entry.teamId === null);
    return { site, ranking };
  };

  // First: the later tests give demo people certificates.
  it('the demo seed: IKC De Wilgenhoek needs 3 kinder-EHBO holders, has 3 (no margin) and one lapses before the horizon', async () => {
    const site = await db.site.findFirstOrThrow({
      where: { organisationId: f.demoId, name: 'IKC De Wilgenhoek' },
    });
    const { site: view, ranking } = await siteView(DEMO.board, site.id);
    expect(view?.requirements).toEqual([
      expect.objectContaining({
        certificateLabel: expect.objectContaining({ code: 'kinder-ehbo' }),
        count: 3,
        headcount: 3,
        status: 'no_margin',
        lapsing: 1,
        projected: { headcount: 2, gap: 1, status: 'gap' },
      }),
    ]);
    expect(ranking).toEqual([
      expect.objectContaining({ status: 'no_margin', siteName: 'IKC De Wilgenhoek' }),
    ]);
  });

  it('hr adds "≥ 2 kinder-EHBO" to a site: counted over the distinct people of its teams, ranked without a team, audited', async () => {
    const ehbo = await ehboId();
    const siteId = await siteWithTeams(f.teamMember, f.outsider);
    const audits = auditCounter(db, f.demoId, 'SiteRequirement');

    const created = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId,
      certificateTypeId: ehbo,
      count: 2,
      note: 'Besluit kwaliteit kinderopvang',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ siteId, certificateTypeId: ehbo, count: 2, version: 1 });
    const id = created.body.id as string;
    expect(await audits(id, 'create')).toBe(1);

    // Nobody holds one yet: 0/2 gap, and the board sees the site (no team) in the ranking.
    let view = await siteView(DEMO.board, siteId);
    expect(view.site?.people).toBe(2);
    expect(view.site?.requirements[0]).toMatchObject({
      requirementId: id,
      certificateLabel: { code: 'kinder-ehbo' },
      count: 2,
      headcount: 0,
      gap: 2,
      status: 'gap',
    });
    expect(view.ranking).toHaveLength(1);
    expect(view.ranking[0]).toMatchObject({ requirementId: id, gap: 2, status: 'gap' });

    // The person in both teams holds one (lapsing in 30 days): she counts once, 1/2, projected 0/2.
    const first = await call(DEMO.hr, 'POST', '/api/person-certificates', {
      employeeId: f.teamMember,
      certificateTypeId: ehbo,
      obtainedOn: '2025-01-10',
      expiresOn: addDays(today(), 30),
    });
    expect(first.status).toBe(201);
    view = await siteView(DEMO.hr, siteId);
    expect(view.site?.requirements[0]).toMatchObject({
      headcount: 1,
      gap: 1,
      status: 'gap',
      lapsing: 1,
      projected: { headcount: 0, gap: 2, status: 'gap' },
    });

    // The second holder: 2/2 no margin, still ranked (no margin is a risk) with nothing missing.
    const second = await call(DEMO.hr, 'POST', '/api/person-certificates', {
      employeeId: f.outsider,
      certificateTypeId: ehbo,
      obtainedOn: today(),
    });
    expect(second.status).toBe(201);
    view = await siteView(DEMO.board, siteId);
    expect(view.site?.requirements[0]).toMatchObject({ headcount: 2, gap: 0, status: 'no_margin' });
    expect(view.ranking[0]).toMatchObject({ status: 'no_margin', gap: 0 });

    // Lowering the count to 1 makes it covered (2 for 1): out of the ranking. Audited update.
    const updated = await call(
      DEMO.hr,
      'PATCH',
      `/api/site-requirements/${id}`,
      { count: 1 },
      { 'if-match': '"1"' },
    );
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.version).toBe(2);
    expect(await audits(id, 'update')).toBe(1);
    view = await siteView(DEMO.board, siteId);
    expect(view.site?.requirements[0]).toMatchObject({ headcount: 2, status: 'covered' });
    expect(view.ranking).toEqual([]);

    // A stale version is refused; a manager may read but not write.
    const stale = await call(
      DEMO.hr,
      'PATCH',
      `/api/site-requirements/${id}`,
      { count: 3 },
      { 'if-match': '"1"' },
    );
    expect(stale.status).toBe(412);
    expect((await call(DEMO.manager, 'GET', `/api/site-requirements?siteId=${siteId}`)).body.total).toBe(1);
    expect((await call(DEMO.manager, 'PATCH', `/api/site-requirements/${id}`, { count: 3 })).status).toBe(
      403,
    );
    // The manager leads no team of this site: its requirements are not in her overview.
    expect((await siteView(DEMO.manager, siteId)).site).toBeUndefined();

    expect((await call(DEMO.hr, 'DELETE', `/api/site-requirements/${id}`)).status).toBe(204);
    expect(await audits(id, 'delete')).toBe(1);
    expect((await siteView(DEMO.board, siteId)).site).toBeUndefined();
  });

  it('refuses invalid lines as problem+json: bad count 400, unknown or foreign certificate type and unknown or archived site 422', async () => {
    const ehbo = await ehboId();
    const site = await db.site.findFirstOrThrow({ where: { organisationId: f.demoId, archivedAt: null } });
    const badCount = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId: site.id,
      certificateTypeId: ehbo,
      count: 51,
    });
    expect(badCount.status).toBe(400);
    expect(badCount.headers['content-type']).toContain('application/problem+json');

    const foreignType = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId: site.id,
      certificateTypeId: await ehboId(f.zonId),
      count: 1,
    });
    expect(foreignType.status).toBe(422);
    expect(foreignType.headers['content-type']).toContain('application/problem+json');
    expect(foreignType.body.errors).toEqual([expect.objectContaining({ path: 'certificateTypeId' })]);

    const zonSite = await db.site.findFirstOrThrow({ where: { organisationId: f.zonId } });
    const foreignSite = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId: zonSite.id,
      certificateTypeId: ehbo,
      count: 1,
    });
    expect(foreignSite.status).toBe(422);
    expect(foreignSite.body.errors).toEqual([expect.objectContaining({ path: 'siteId' })]);

    const empty = await call(DEMO.hr, 'POST', '/api/sites', {
      name: `Leeg ${Math.random().toString(36).slice(2, 8)}`,
    });
    expect((await call(DEMO.hr, 'POST', `/api/sites/${empty.body.id}/archive`, {})).status).toBe(200);
    const archived = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId: empty.body.id,
      certificateTypeId: ehbo,
      count: 1,
    });
    expect(archived.status).toBe(422);

    // The certificate type is now in use by a site: it cannot be deleted.
    const line = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId: site.id,
      certificateTypeId: ehbo,
      count: 1,
    });
    expect(line.status).toBe(201);
    const custom = await call(DEMO.hr, 'POST', '/api/certificate-types', {
      code: `site-${Math.random().toString(36).slice(2, 8)}`,
      labelNl: 'Eigen',
      labelEn: 'Own',
      validityMonths: null,
    });
    const used = await call(DEMO.hr, 'POST', '/api/site-requirements', {
      siteId: site.id,
      certificateTypeId: custom.body.id,
      count: 1,
    });
    expect(used.status).toBe(201);
    const refused = await call(DEMO.hr, 'DELETE', `/api/certificate-types/${custom.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('certificate_type_in_use');
  });
});
