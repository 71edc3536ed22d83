import {
  certificateProjectionHorizon,
  computeTeamCoverage,
  type TMemberInput,
  type TRequirement,
  type TRoleDefinition,
} from '@teamspiegel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareNl } from '../../src/lib/compare-nl.ts';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

/** The CHECK constraint guarantees the columns of a requirement's kind are set. */
function present<T>(value: T | null): T {
  if (value === null) throw new Error('requirement column unexpectedly empty');
  return value;
}

/**
 * Loads one team straight from the tables (independently of the API's snapshot loader) and
 * runs the domain engine on it: the coverage endpoint must agree with this.
 */
async function engineCoverageFromTables(t: TestApp, teamId: string) {
  const db = t.app.systemDb;
  const team = await db.team.findFirstOrThrow({ where: { id: teamId } });
  const today = new Date();
  const memberships = await db.teamMembership.findMany({
    where: { teamId, startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] },
    include: {
      employee: {
        include: {
          areaLevels: { orderBy: { validFrom: 'asc' } },
          roleAssignments: {
            where: { startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] },
          },
          competencyRatings: true,
          surroundingsContacts: true,
          ambitions: { where: { status: 'active' } },
          developmentActions: { where: { status: { in: ['planned', 'in_progress'] } } },
          certificates: { where: { status: 'validated', obtainedOn: { lte: today } } },
        },
      },
    },
  });
  const members = new Map<string, TMemberInput>();
  for (const { employee } of memberships) {
    if (!employee.active || employee.erasedAt) continue;
    // Rule 4: the current level when validated, else the last validated one before it.
    const levels: TMemberInput['levels'] = {};
    for (const row of employee.areaLevels) {
      if (row.status !== 'validated') continue;
      if (row.isCurrent || employee.areaLevels.some((r) => r.isCurrent && r.area === row.area)) {
        levels[row.area] = row.level;
      }
    }
    const roleIds = employee.roleAssignments
      .filter((row) => row.teamId === null || row.teamId === teamId)
      .map((row) => row.roleDefinitionId);
    members.set(employee.id, {
      employeeId: employee.id,
      fte: employee.fte,
      levels,
      ...(roleIds.length > 0 ? { roleIds } : {}),
      ...(employee.certificates.length > 0
        ? {
            certificates: employee.certificates.map((row) => ({
              certificateTypeId: row.certificateTypeId,
              expiresOn: row.expiresOn?.toISOString().slice(0, 10) ?? null,
            })),
          }
        : {}),
      ...(employee.developmentActions.some((row) => row.targetCertificateTypeId)
        ? {
            certificateCourses: employee.developmentActions
              .filter((row) => row.targetCertificateTypeId)
              .map((row) => ({
                certificateTypeId: present(row.targetCertificateTypeId),
                sourceId: row.id,
                expectedDate: row.expectedEndDate?.toISOString().slice(0, 10) ?? null,
                actionType: row.type,
              })),
          }
        : {}),
      competencies: Object.fromEntries(employee.competencyRatings.map((row) => [row.competency, row.score])),
      circles: [...new Set(employee.surroundingsContacts.map((row) => row.circle))],
      development: [
        ...employee.ambitions.map((row) => ({
          source: 'ambition' as const,
          sourceId: row.id,
          area: row.area,
          level: row.targetLevel,
          expectedDate: row.horizonDate?.toISOString().slice(0, 10) ?? null,
        })),
        ...employee.developmentActions
          .filter((row) => row.area && row.targetLevel)
          .map((row) => ({
            source: 'action' as const,
            sourceId: row.id,
            area: row.area as NonNullable<typeof row.area>,
            level: row.targetLevel as NonNullable<typeof row.targetLevel>,
            expectedDate: row.expectedEndDate?.toISOString().slice(0, 10) ?? null,
            actionType: row.type,
          })),
      ],
    });
  }
  const requirementRows = await db.teamRequirement.findMany({ where: { teamId } });
  const requirements: TRequirement[] = requirementRows.map((row) => {
    switch (row.kind) {
      case 'area':
        return {
          id: row.id,
          kind: 'area',
          area: present(row.area),
          minLevel: present(row.minLevel),
          count: row.count,
        };
      case 'role':
        return { id: row.id, kind: 'role', roleId: present(row.roleDefinitionId), count: row.count };
      case 'competency':
        return {
          id: row.id,
          kind: 'competency',
          competency: present(row.competency),
          minScore: present(row.minScore),
          count: row.count,
        };
      case 'certificate':
        return {
          id: row.id,
          kind: 'certificate',
          certificateTypeId: present(row.certificateTypeId),
          count: row.count,
        };
      default:
        return { id: row.id, kind: 'circle', circle: present(row.circle), count: row.count };
    }
  });
  const roles: TRoleDefinition[] = (
    await db.roleDefinition.findMany({ where: { organisationId: team.organisationId } })
  ).map((row) => ({
    id: row.id,
    requirements: row.areaRequirements as unknown as TRoleDefinition['requirements'],
    areaMatch: row.areaMatch,
    competencies: row.competencyRequirements as unknown as TRoleDefinition['competencies'],
  }));
  const hires = await db.developmentAction.findMany({
    where: { teamId, type: 'werving', employeeId: null, status: { in: ['planned', 'in_progress'] } },
  });
  const vacancies = hires
    .filter((row) => row.area && row.targetLevel)
    .map((row) => ({
      id: row.id,
      area: present(row.area),
      level: present(row.targetLevel),
      expectedDate: row.expectedEndDate?.toISOString().slice(0, 10) ?? null,
    }));
  // Rule 17: the team's exemptions with their periods; the engine applies those running today.
  const exemptions = (await db.requirementExemption.findMany({ where: { teamId } })).map((row) => ({
    id: row.id,
    requirementId: present(row.requirementId),
    employeeId: row.employeeId,
    startsOn: row.startsOn.toISOString().slice(0, 10),
    endsOn: row.endsOn.toISOString().slice(0, 10),
    endedOn: row.endedAt?.toISOString().slice(0, 10) ?? null,
  }));
  return computeTeamCoverage(
    {
      teamId,
      siteId: team.siteId,
      name: team.name,
      members: [...members.values()],
      requirements,
      vacancies,
      // Rule 10: certificates valid today, and projected on the day after the warning period.
      measuredOn: today.toISOString().slice(0, 10),
      projectionHorizon: certificateProjectionHorizon(today.toISOString().slice(0, 10)),
      exemptions,
    },
    roles,
  );
}

describe('coverage endpoints', () => {
  let t: TestApp;
  let demoOrganisationId: string;
  let teamIds: string[];
  const auth = async (email: string) => ({ authorization: `Bearer ${await t.tokenFor(email)}` });

  beforeAll(async () => {
    t = await buildTestApp();
    demoOrganisationId = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } }))
      .id;
    teamIds = (
      await t.app.systemDb.team.findMany({
        where: { organisationId: demoOrganisationId },
        orderBy: { name: 'asc' },
      })
    ).map((team) => team.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /api/teams/:id/coverage equals the domain engine on the seeded data, for every demo team', async () => {
    expect(teamIds.length).toBeGreaterThanOrEqual(7);
    for (const teamId of teamIds) {
      const response = await t
        .request()
        .get(`/api/teams/${teamId}/coverage`)
        .set(await auth(DEMO.hr));
      expect(response.status).toBe(200);
      const expected = await engineCoverageFromTables(t, teamId);
      expect(response.body.summary).toEqual(expected.summary);
      const people = (list: unknown) =>
        (list as Array<{ employeeId: string; fte: number }>).map(({ employeeId, fte }) => ({
          employeeId,
          fte,
        }));
      const strip = (rows: Array<Record<string, unknown>>) =>
        rows.map(
          ({
            roleLabel: _label,
            certificateLabel: _certificate,
            suppliers,
            candidates,
            unqualifiedHolders,
            pipeline,
            lapsing,
            exemptHolders,
            ...rest
          }) => ({
            ...rest,
            ...(lapsing === undefined ? {} : { lapsing: people(lapsing) }),
            // The engine's exempt holders (rule 17) carry no names; the API adds them.
            ...(exemptHolders === undefined
              ? {}
              : {
                  exemptHolders: (exemptHolders as Array<Record<string, unknown>>).map(
                    ({ name: _name, ...holder }) => holder,
                  ),
                }),
            suppliers: people(suppliers),
            candidates: people(candidates),
            unqualifiedHolders: people(unqualifiedHolders),
            pipeline: (pipeline as Array<Record<string, unknown>>).map(({ name: _name, ...entry }) => entry),
          }),
        );
      expect(strip(response.body.requirements)).toEqual(expected.requirements);
    }
  });

  it('shows the seeded mix: every status (covered, no margin, single point, gap)', async () => {
    const response = await t
      .request()
      .get('/api/organisation/coverage')
      .set(await auth(DEMO.board));
    expect(response.status).toBe(200);
    const { overall } = response.body.totals;
    expect(overall.gaps).toBeGreaterThan(0);
    expect(overall.singlePoints).toBeGreaterThan(0);
    expect(overall.noMargin).toBeGreaterThan(0);
    expect(overall.covered).toBeGreaterThan(overall.gaps);
    expect(response.body.matrix.total).toBe(teamIds.length);
    expect(Object.keys(response.body.matrix.items[0].cells).sort()).toHaveLength(8);
    const severities = response.body.ranking.map((entry: { severity: number }) => entry.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    // The organisation totals are the sum over the teams.
    const sum = response.body.matrix.items.reduce(
      (total: number, row: { summary: { totalGap: number } }) => total + row.summary.totalGap,
      0,
    );
    expect(overall.totalGap).toBe(sum);
  });

  it('filters the organisation view by site and paginates the matrix', async () => {
    const all = await t
      .request()
      .get('/api/organisation/coverage')
      .set(await auth(DEMO.hr));
    const site = all.body.sites[0];
    const filtered = await t
      .request()
      .get(`/api/organisation/coverage?siteId=${site.id}&pageSize=2`)
      .set(await auth(DEMO.hr));
    expect(filtered.status).toBe(200);
    expect(filtered.body.matrix.total).toBe(site.teamCount);
    expect(filtered.body.matrix.items.length).toBeLessThanOrEqual(2);
    for (const row of filtered.body.matrix.items) expect(row.siteId).toBe(site.id);
  });

  it('opens on the answer: the headline, teams by severity and the change since last month', async () => {
    const response = await t
      .request()
      .get('/api/organisation/coverage?pageSize=1000&rankingLimit=500&sort=severity')
      .set(await auth(DEMO.board));
    expect(response.status).toBe(200);
    type Row = {
      teamId: string;
      teamName: string;
      severity: number;
      summary: { gaps: number };
      cells: Record<string, { status: string; severity: number; gap: number }>;
    };
    const { headline, matrix, ranking, change } = response.body as {
      headline: {
        teams: number;
        teamsWithGap: number;
        biggestRisk: { teamId: string; teamName: string; area: string; severity: number } | null;
      };
      matrix: { items: Row[]; total: number };
      ranking: Array<{ teamId: string; severity: number }>;
      change: { since: string; delta: Record<string, number> } | null;
    };
    expect(headline.teams).toBe(matrix.total);
    expect(headline.teamsWithGap).toBe(matrix.items.filter((row) => row.summary.gaps > 0).length);
    expect(headline.teamsWithGap).toBeGreaterThan(0);
    // The biggest risk is the heaviest heatmap cell of all teams.
    const heaviest = Math.max(
      ...matrix.items.flatMap((row) => Object.values(row.cells).map((cell) => cell.severity)),
    );
    const risk = headline.biggestRisk;
    expect(risk).not.toBeNull();
    const riskRow = matrix.items.find((row) => row.teamId === risk?.teamId);
    expect(riskRow?.teamName).toBe(risk?.teamName);
    expect(riskRow?.cells[risk?.area ?? '']?.severity).toBe(heaviest);
    expect(risk?.severity).toBe(heaviest);
    // A team's severity is the sum of its ranked requirements' severities; the matrix is sorted on it.
    for (const row of matrix.items) {
      const sum = ranking.filter((e) => e.teamId === row.teamId).reduce((total, e) => total + e.severity, 0);
      expect(row.severity).toBeCloseTo(sum, 9);
    }
    const severities = matrix.items.map((row) => row.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    // Teams of equal severity stay in site, then team name order.
    const named = matrix.items as Array<Row & { siteName: string | null }>;
    for (let i = 1; i < named.length; i++) {
      const [a, b] = [named[i - 1], named[i]];
      if (!a || !b || a.severity !== b.severity) continue;
      expect(
        compareNl(a.siteName ?? '', b.siteName ?? '') || compareNl(a.teamName, b.teamName),
      ).toBeLessThanOrEqual(0);
    }
    expect(severities[0]).toBeGreaterThan(severities.at(-1) ?? 0);
    // The change since last month is the trend's last point minus the one before.
    const trend = await t
      .request()
      .get('/api/organisation/coverage/trend?months=2')
      .set(await auth(DEMO.board));
    const [previous, current] = trend.body.points as Array<{ month: string; totals: Record<string, number> }>;
    expect(change?.since).toBe(previous?.month);
    for (const key of ['requirements', 'covered', 'noMargin', 'singlePoints', 'gaps', 'totalGap']) {
      expect(change?.delta[key]).toBe((current?.totals[key] ?? 0) - (previous?.totals[key] ?? 0));
    }
    // The default order stays by site, then team name; callers without the trend right get no change.
    const bySite = await t
      .request()
      .get('/api/organisation/coverage?pageSize=1000')
      .set(await auth(DEMO.trainer));
    expect(bySite.status).toBe(200);
    expect(bySite.body.change).toBeNull();
    expect(bySite.body.headline.teams).toBe(bySite.body.matrix.total);
    const names = bySite.body.matrix.items.map((row: { siteName: string; teamName: string }) =>
      [row.siteName, row.teamName].join('/'),
    );
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'nl')));
  });

  it('recomputes after a change: the cache follows the data version', async () => {
    const before = await t
      .request()
      .get('/api/organisation/coverage')
      .set(await auth(DEMO.hr));
    const entry = before.body.ranking.find(
      (row: { kind: string; status: string }) => row.kind === 'area' && row.status === 'gap',
    );
    expect(entry).toBeDefined();
    const teamBefore = await t
      .request()
      .get(`/api/teams/${entry.teamId}/coverage`)
      .set(await auth(DEMO.hr));
    const requirement = teamBefore.body.requirements.find(
      (row: { requirement: { id: string } }) => row.requirement.id === entry.requirementId,
    );
    // Lower the requirement's count to what is supplied: the gap must disappear.
    await t.app.systemDb.$transaction(async (tx) => {
      await tx.teamRequirement.updateMany({
        where: { id: entry.requirementId },
        data: { count: requirement.supply.headcount },
      });
      await tx.organisation.update({
        where: { id: demoOrganisationId },
        data: { dataVersion: { increment: 1 } },
      });
    });
    const teamAfter = await t
      .request()
      .get(`/api/teams/${entry.teamId}/coverage`)
      .set(await auth(DEMO.hr));
    expect(teamAfter.body.dataVersion).toBeGreaterThan(teamBefore.body.dataVersion);
    const after = teamAfter.body.requirements.find(
      (row: { requirement: { id: string } }) => row.requirement.id === entry.requirementId,
    );
    expect(after.gap).toBe(0);
  });

  it('gives employees their own team aggregated, without other people', async () => {
    const me = await t
      .request()
      .get('/api/me')
      .set(await auth(DEMO.employee));
    const employeeId = me.body.employeeId as string;
    const membership = await t.app.systemDb.teamMembership.findFirstOrThrow({ where: { employeeId } });
    const response = await t
      .request()
      .get(`/api/teams/${membership.teamId}/coverage`)
      .set(await auth(DEMO.employee));
    expect(response.status).toBe(200);
    expect(response.body.anonymised).toBe(true);
    expect(response.body.members).toEqual([]);
    for (const requirement of response.body.requirements) {
      for (const person of [...requirement.suppliers, ...requirement.pipeline]) {
        expect(person.employeeId).toBe(employeeId);
      }
    }
    const otherTeam = teamIds.find((id) => id !== membership.teamId) as string;
    const others = await t.app.systemDb.teamMembership.count({ where: { employeeId, teamId: otherTeam } });
    if (others === 0) {
      const refused = await t
        .request()
        .get(`/api/teams/${otherTeam}/coverage`)
        .set(await auth(DEMO.employee));
      expect(refused.status).toBe(404);
    }
    const organisation = await t
      .request()
      .get('/api/organisation/coverage')
      .set(await auth(DEMO.employee));
    expect(organisation.status).toBe(403);
  });

  it("returns 404 for another tenant's team and for teams a manager does not lead", async () => {
    const zonTeam = await t.app.systemDb.team.findFirstOrThrow({
      where: { organisation: { slug: 'kinderopvang-zon' } },
    });
    const foreign = await t
      .request()
      .get(`/api/teams/${zonTeam.id}/coverage`)
      .set(await auth(DEMO.hr));
    expect(foreign.status).toBe(404);
    expect(foreign.headers['content-type']).toMatch(/application\/problem\+json/);

    const me = await t
      .request()
      .get('/api/me')
      .set(await auth(DEMO.manager));
    const notLed = teamIds.find((id) => !me.body.managedTeamIds.includes(id)) as string;
    const refused = await t
      .request()
      .get(`/api/teams/${notLed}/coverage`)
      .set(await auth(DEMO.manager));
    expect(refused.status).toBe(404);
    const led = await t
      .request()
      .get(`/api/teams/${me.body.managedTeamIds[0]}/coverage`)
      .set(await auth(DEMO.manager));
    expect(led.status).toBe(200);
    expect(led.body.members.length).toBeGreaterThan(0);
  });

  it('simulates a member leaving without saving anything, and refuses unknown members', async () => {
    const teamId = teamIds[0] as string;
    const coverage = await t
      .request()
      .get(`/api/teams/${teamId}/coverage`)
      .set(await auth(DEMO.hr));
    const supplied = coverage.body.requirements.find(
      (row: { suppliers: unknown[] }) => row.suppliers.length > 0,
    );
    const leaver = supplied.suppliers[0].employeeId as string;
    const response = await t
      .request()
      .post(`/api/teams/${teamId}/simulate`)
      .set(await auth(DEMO.hr))
      .send({ changes: [{ type: 'member_leaves', employeeId: leaver }] });
    expect(response.status).toBe(200);
    const changed = response.body.differences.find(
      (row: { requirementId: string }) => row.requirementId === supplied.requirement.id,
    );
    expect(changed.after.headcount).toBe(changed.before.headcount - 1);
    const again = await t
      .request()
      .get(`/api/teams/${teamId}/coverage`)
      .set(await auth(DEMO.hr));
    expect(again.body.summary).toEqual(coverage.body.summary);

    const unknown = await t
      .request()
      .post(`/api/teams/${teamId}/simulate`)
      .set(await auth(DEMO.hr))
      .send({ changes: [{ type: 'member_leaves', employeeId: 'nobody' }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('unknown_employee');

    const invalid = await t
      .request()
      .post(`/api/teams/${teamId}/simulate`)
      .set(await auth(DEMO.hr))
      .send({
        changes: [{ type: 'member_reaches_level', employeeId: leaver, area: 'astrologie', level: 'expert' }],
      });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].path).toMatch(/^body\.changes\.0/);
  });

  it('lists candidates for an area and level, ambitions and planned actions first', async () => {
    const response = await t
      .request()
      .get('/api/candidates?area=pedagogiek&minLevel=expert&pageSize=100')
      .set(await auth(DEMO.hr));
    expect(response.status).toBe(200);
    expect(response.body.total).toBeGreaterThan(0);
    const order = { planned_action: 0, ambition: 1, one_level_below: 2, qualified: 3 } as const;
    const ranks = response.body.items.map((item: { reason: keyof typeof order }) => order[item.reason]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const item of response.body.items) expect(item.currentLevel).not.toBe('expert');

    const bad = await t
      .request()
      .get('/api/candidates?area=pedagogiek')
      .set(await auth(DEMO.hr));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('querystring.minLevel');
  });

  it('gives trainers the development demand as counts with small cells suppressed', async () => {
    const trainer = await t
      .request()
      .get('/api/development-demand')
      .set(await auth(DEMO.trainer));
    expect(trainer.status).toBe(200);
    expect(trainer.body.minCellSize).toBe(3);
    for (const row of trainer.body.rows) expect(row.people).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(trainer.body)).not.toMatch(/employeeId|motivation/);
    const hr = await t
      .request()
      .get('/api/development-demand')
      .set(await auth(DEMO.hr));
    expect(hr.body.rows.length).toBeGreaterThanOrEqual(trainer.body.rows.length);
    const employee = await t
      .request()
      .get('/api/development-demand')
      .set(await auth(DEMO.employee));
    expect(employee.status).toBe(403);
  });

  it('keeps the second tenant to its own coverage', async () => {
    const zon = await t
      .request()
      .get('/api/organisation/coverage')
      .set(await auth(ZON.board));
    expect(zon.status).toBe(200);
    for (const row of zon.body.matrix.items) expect(teamIds).not.toContain(row.teamId);
  });
});
