import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { AREA_IDS, COMPETENCY_IDS, LEVEL_IDS } from '@teamspiegel/domain';
import { ZOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetPreviousMonths } from '../../src/services/coverage-change.ts';
import type { SnapshotEvent } from '../../src/services/coverage-snapshot.ts';
import { coverageTrend } from '../../src/services/coverage-trend.ts';
import { overdueFilter, reassessmentInfo, teamCoverageView } from '../../src/services/coverage-views.ts';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';
import { expectedOrganisationBody, fullLoad } from '../helpers/full-coverage.ts';

/*
 * Correctness of the incrementally maintained coverage: random sequences of changes (levels,
 * memberships, requirements, ambitions, actions, team moves and renames, role assignments,
 * ratings, certificates, certificate requirements and their exemptions, site requirements and
 * theirs, erasure) are written straight to the database (so the triggers' change log is what
 * tells the API), and after each one the API's organisation coverage (with its certificate cells and columns) and the touched
 * team's coverage must equal a fresh full computation. The API must have patched its snapshot (not
 * reloaded it) for most of them, or the test would not be testing the patch.
 */

const STEPS = Number(process.env.COVERAGE_PROPERTY_STEPS ?? 60);
const SEED = Number(process.env.COVERAGE_PROPERTY_SEED ?? 20261206);

/** mulberry32: a repeatable sequence (the seed is printed on failure). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let t: TestApp;
let organisationId: string;
let authorization: string;
const events: SnapshotEvent[] = [];
const onEvent = (message: unknown) => events.push(message as SnapshotEvent);

beforeAll(async () => {
  t = await buildTestApp();
  organisationId = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  authorization = `Bearer ${await t.tokenFor(DEMO.board)}`;
  // Move the demo's history 70 days back, so last month has levels, memberships and requirements
  // and the change since last month has something to keep up to date.
  const shifts: Array<[string, string[]]> = [
    ['AreaLevel', ['validFrom', 'validTo']],
    ['TeamMembership', ['startDate', 'endDate']],
    ['RoleAssignment', ['startDate', 'endDate']],
    ['TeamRequirementVersion', ['validFrom', 'validTo']],
    ['Team', ['createdAt']],
  ];
  for (const [table, columns] of shifts) {
    const set = columns.map((column) => `"${column}" = "${column}" - interval '70 days'`).join(', ');
    await t.app.systemDb.$executeRawUnsafe(
      `UPDATE "${table}" SET ${set} WHERE "organisationId" = $1::uuid`,
      organisationId,
    );
  }
  subscribe('teamspiegel:coverage-snapshot', onEvent);
});

afterAll(async () => {
  unsubscribe('teamspiegel:coverage-snapshot', onEvent);
  await t?.close();
});

const fresh = () => fullLoad(t.app.systemDb, organisationId);

async function get(url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { authorization } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The API's answers equal the views of a snapshot loaded afresh, with and without pending levels. */
async function expectEqualToFullComputation(teamIds: string[], step: string) {
  for (const included of [false, true]) {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/organisation/coverage?pageSize=1000&rankingLimit=500${included ? '&include=pending' : ''}`,
      headers: { authorization },
    });
    expect(response.statusCode, response.body).toBe(200);
    const api = response.json();
    const snapshot = await fresh();
    const ids = [...snapshot.teams.keys()];
    // The change since last month is the trend's (test/routes/coverage.test.ts checks it); this
    // test is about the snapshot, so it takes the API's.
    const expected = expectedOrganisationBody(snapshot, included, api.change);
    // Byte for byte (with the demo's reassessment cycle, rule 16): the API assembles its JSON from
    // per-team fragments kept across versions.
    expect(response.body, `${step}: organisation coverage (pending ${included})`).toBe(expected);
    // The assembled JSON still has the contract's shape (the route bypasses the serializer).
    expect(ZOrganisationCoverageView.strict().parse(api), `${step}: contract`).toEqual(api);
    // The change since last month, kept up to date per team, equals the trend reconstructed in full.
    const trend = await coverageTrend(t.app.systemDb, snapshot, {
      months: 2,
      teamIds: [...ids, ...snapshot.archivedTeams.keys()],
      siteId: null,
    });
    const [previous, current] = trend.points;
    expect(api.change?.since, `${step}: change since`).toBe(previous?.month);
    for (const key of Object.keys(current?.totals ?? {}) as Array<
      keyof NonNullable<typeof current>['totals']
    >) {
      expect(api.change?.delta[key], `${step}: change in ${key}`).toBe(
        (current?.totals[key] ?? 0) - (previous?.totals[key] ?? 0),
      );
    }
    for (const teamId of teamIds) {
      if (!snapshot.teams.has(teamId)) continue;
      const team = await get(`/api/teams/${teamId}/coverage${included ? '?include=pending' : ''}`);
      const view = {
        ...teamCoverageView(snapshot, teamId, { anonymised: false, selfEmployeeId: null }, included),
        ...reassessmentInfo(snapshot, [teamId], overdueFilter(snapshot), false),
      };
      expect(team, `${step}: team ${teamId} (pending ${included})`).toEqual(JSON.parse(JSON.stringify(view)));
    }
  }
}

describe('incrementally maintained coverage', () => {
  it(`equals a full computation after each of ${STEPS} random changes (seed ${SEED})`, async () => {
    const db = t.app.systemDb;
    const rand = prng(SEED);
    const pick = <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('nothing to pick from');
      return items[Math.floor(rand() * items.length)] as T;
    };
    const scope = { organisationId };
    const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000);
    const today = new Date(new Date().toISOString().slice(0, 10));
    const employees = async () =>
      db.employee.findMany({ where: { ...scope, active: true, erasedAt: null }, select: { id: true } });
    const teams = await db.team.findMany({ where: scope, select: { id: true } });
    const sites = await db.site.findMany({ where: scope, select: { id: true } });
    const roles = await db.roleDefinition.findMany({ where: scope, select: { id: true } });
    const certificateTypes = await db.certificateType.findMany({ where: scope, select: { id: true } });

    // Warm the cache, so every change below is applied to a cached snapshot.
    await expectEqualToFullComputation([], 'start');

    const changes: Array<[string, () => Promise<string[]>]> = [
      [
        'level',
        async () => {
          const employeeId = pick(await employees()).id;
          const area = pick(AREA_IDS);
          await db.$transaction([
            db.areaLevel.updateMany({
              where: { ...scope, employeeId, area, isCurrent: true },
              data: { isCurrent: null, validTo: new Date() },
            }),
            db.areaLevel.create({
              data: {
                ...scope,
                employeeId,
                area,
                level: pick(LEVEL_IDS),
                status: rand() < 0.7 ? 'validated' : 'self_assessed',
              },
            }),
          ]);
          return teamsOf(employeeId);
        },
      ],
      [
        'membership added',
        async () => {
          const teamId = pick(teams).id;
          // Someone not yet starting in this team today (one membership per team, person and start day).
          const starting = await db.teamMembership.findMany({
            where: { ...scope, teamId, startDate: day(0) },
            select: { employeeId: true },
          });
          const taken = new Set(starting.map((row) => row.employeeId));
          const candidates = (await employees()).filter((employee) => !taken.has(employee.id));
          if (candidates.length === 0) return [];
          await db.teamMembership.create({
            data: { ...scope, teamId, employeeId: pick(candidates).id, startDate: day(0) },
          });
          return [teamId];
        },
      ],
      [
        'membership ended',
        async () => {
          const rows = await db.teamMembership.findMany({ where: { ...scope, endDate: null }, take: 200 });
          const row = pick(rows);
          await db.teamMembership.updateMany({
            where: { id: row.id },
            data: { endDate: new Date(Math.max(row.startDate.getTime(), day(1).getTime())) },
          });
          return [row.teamId];
        },
      ],
      [
        'team move of a person',
        async () => {
          const rows = await db.teamMembership.findMany({ where: { ...scope, endDate: null }, take: 200 });
          const row = pick(rows);
          const teamId = pick(teams).id;
          await db.teamMembership.updateMany({ where: { id: row.id }, data: { teamId } });
          return [row.teamId, teamId];
        },
      ],
      [
        'requirement changed',
        async () => {
          const row = pick(await db.teamRequirement.findMany({ where: scope, take: 300 }));
          await db.teamRequirement.updateMany({
            where: { id: row.id },
            data: { count: Math.floor(rand() * 5) },
          });
          return [row.teamId];
        },
      ],
      [
        'requirement added or removed',
        async () => {
          const teamId = pick(teams).id;
          if (rand() < 0.5) {
            const row = await db.teamRequirement.findFirst({ where: { ...scope, teamId } });
            if (row) await db.teamRequirement.deleteMany({ where: { id: row.id } });
          } else {
            await db.teamRequirement.create({
              data: {
                ...scope,
                teamId,
                kind: 'area',
                area: pick(AREA_IDS),
                minLevel: pick(LEVEL_IDS),
                count: 1 + Math.floor(rand() * 3),
              },
            });
          }
          return [teamId];
        },
      ],
      [
        'ambition',
        async () => {
          const employeeId = pick(await employees()).id;
          await db.ambition.create({
            data: {
              ...scope,
              employeeId,
              direction: 'verdiepen',
              area: pick(AREA_IDS),
              targetLevel: pick(LEVEL_IDS),
              horizonDate: day(200),
            },
          });
          return teamsOf(employeeId);
        },
      ],
      [
        'development action or vacancy',
        async () => {
          if (rand() < 0.5) {
            const employeeId = pick(await employees()).id;
            await db.developmentAction.create({
              data: {
                ...scope,
                employeeId,
                type: 'training',
                title: 'Cursus',
                area: pick(AREA_IDS),
                targetLevel: pick(LEVEL_IDS),
                expectedEndDate: day(120),
              },
            });
            return teamsOf(employeeId);
          }
          const teamId = pick(teams).id;
          await db.developmentAction.create({
            data: {
              ...scope,
              teamId,
              type: 'werving',
              title: 'Vacature',
              area: pick(AREA_IDS),
              targetLevel: pick(LEVEL_IDS),
            },
          });
          return [teamId];
        },
      ],
      [
        'team moved to another site and renamed',
        async () => {
          const teamId = pick(teams).id;
          await db.team.updateMany({
            where: { id: teamId },
            data: { siteId: pick(sites).id, name: `Team ${Math.floor(rand() * 1000)}` },
          });
          return [teamId];
        },
      ],
      [
        'role assignment and rating',
        async () => {
          const employeeId = pick(await employees()).id;
          const ids = await teamsOf(employeeId);
          await db.roleAssignment.create({
            data: {
              ...scope,
              employeeId,
              roleDefinitionId: pick(roles).id,
              teamId: rand() < 0.5 && ids.length > 0 ? pick(ids) : null,
              startDate: day(0),
            },
          });
          const competency = pick(COMPETENCY_IDS);
          await db.$transaction([
            db.competencyRating.deleteMany({ where: { ...scope, employeeId, competency } }),
            db.competencyRating.create({
              data: { ...scope, employeeId, competency, score: 1 + Math.floor(rand() * 5) },
            }),
          ]);
          return ids;
        },
      ],
      [
        // Rule 18: a site's certificate requirement and a certificate of someone at the site.
        'site requirement and certificate',
        async () => {
          const siteId = pick(sites).id;
          const existing = await db.siteRequirement.findFirst({ where: { ...scope, siteId } });
          const roll = rand();
          if (existing && roll < 0.3) await db.siteRequirement.deleteMany({ where: { id: existing.id } });
          else if (existing && roll < 0.6) {
            await db.siteRequirement.updateMany({
              where: { id: existing.id },
              data: { count: Math.floor(rand() * 6) },
            });
          } else {
            await db.siteRequirement.create({
              data: {
                ...scope,
                siteId,
                certificateTypeId: pick(certificateTypes).id,
                count: 1 + Math.floor(rand() * 4),
              },
            });
          }
          const employeeId = pick(await employees()).id;
          await db.personCertificate.create({
            data: {
              ...scope,
              employeeId,
              certificateTypeId: pick(certificateTypes).id,
              obtainedOn: day(0),
              expiresOn:
                rand() < 0.5 ? null : new Date(today.getTime() + Math.floor(rand() * 120) * 86_400_000),
              status: 'validated',
            },
          });
          return teamsOf(employeeId);
        },
      ],
      [
        // Rules 17 and 18: a site exempt from its requirement, a person at the site exempt, or one ended.
        'site requirement exempted or exemption ended',
        async () => {
          const running = await db.requirementExemption.findFirst({
            where: { ...scope, siteRequirementId: { not: null }, endedAt: null },
          });
          if (running && rand() < 0.3) {
            await db.requirementExemption.updateMany({
              where: { id: running.id },
              data: { endedAt: new Date() },
            });
            return [];
          }
          const requirements = await db.siteRequirement.findMany({
            where: scope,
            select: { id: true, siteId: true },
          });
          if (requirements.length === 0) return [];
          const requirement = pick(requirements);
          const atSite = await db.teamMembership.findFirst({
            where: { ...scope, team: { siteId: requirement.siteId, archivedAt: null }, endDate: null },
            select: { employeeId: true },
          });
          await db.requirementExemption.create({
            data: {
              ...scope,
              siteId: requirement.siteId,
              siteRequirementId: requirement.id,
              employeeId: atSite && rand() < 0.5 ? atSite.employeeId : null,
              reason: 'Cursus gepland',
              startsOn: today,
              endsOn: new Date(today.getTime() + 30 * 86_400_000),
            },
          });
          return [];
        },
      ],
      [
        'certificate obtained, lapsing or expired',
        async () => {
          const employeeId = pick(await employees()).id;
          // Expired, expiring within the warning period, valid for long, or never expiring (rule 10).
          const expiresOn = pick([-5, 20, 400, null]);
          await db.personCertificate.create({
            data: {
              ...scope,
              employeeId,
              certificateTypeId: pick(certificateTypes).id,
              obtainedOn: new Date(today.getTime() - 300 * 86_400_000),
              expiresOn: expiresOn === null ? null : new Date(today.getTime() + expiresOn * 86_400_000),
              status: rand() < 0.8 ? 'validated' : 'pending',
            },
          });
          return teamsOf(employeeId);
        },
      ],
      [
        'certificate requirement added or changed',
        async () => {
          const teamId = pick(teams).id;
          const existing = await db.teamRequirement.findFirst({
            where: { ...scope, teamId, kind: 'certificate' },
          });
          if (existing && rand() < 0.5) {
            await db.teamRequirement.updateMany({
              where: { id: existing.id },
              data: { count: 1 + Math.floor(rand() * 3) },
            });
          } else {
            await db.teamRequirement.create({
              data: {
                ...scope,
                teamId,
                kind: 'certificate',
                certificateTypeId: pick(certificateTypes).id,
                count: 1 + Math.floor(rand() * 3),
              },
            });
          }
          return [teamId];
        },
      ],
      [
        'certificate requirement exempted',
        async () => {
          const requirements = await db.teamRequirement.findMany({
            where: { ...scope, kind: 'certificate' },
            select: { id: true, teamId: true },
          });
          const requirement = pick(requirements);
          await db.requirementExemption.create({
            data: {
              ...scope,
              teamId: requirement.teamId,
              requirementId: requirement.id,
              reason: 'Cursus gepland',
              startsOn: today,
              endsOn: new Date(today.getTime() + 30 * 86_400_000),
            },
          });
          return [requirement.teamId];
        },
      ],
      [
        'erasure',
        async () => {
          const employeeId = pick(await employees()).id;
          const ids = await teamsOf(employeeId);
          await db.employee.updateMany({
            where: { id: employeeId },
            data: { erasedAt: new Date(), active: false, firstName: '—', lastName: '—' },
          });
          return ids;
        },
      ],
    ];

    async function teamsOf(employeeId: string) {
      const rows = await db.teamMembership.findMany({
        where: { ...scope, employeeId, startDate: { lte: today } },
        select: { teamId: true },
      });
      return [...new Set(rows.map((row) => row.teamId))];
    }

    events.length = 0;
    for (let step = 0; step < STEPS; step++) {
      const [name, change] = pick(changes);
      const touched = await change();
      // Now and then the process forgets last month's point, as a new process starts: it reads the
      // point stored at an older version (CoverageMonthPoint) and patches it through the change log.
      if (step % 5 === 4) forgetPreviousMonths(t.app.db);
      await expectEqualToFullComputation(touched.slice(0, 2), `step ${step} (${name}, seed ${SEED})`);
    }
    // Last month's point was stored, and read back rather than recomputed: rows at an older version.
    const stored = await db.coverageMonthPoint.findMany({ where: scope, select: { version: true } });
    expect(stored.length).toBeGreaterThan(0);
    const { dataVersion } = await db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    expect(Math.min(...stored.map((row) => row.version))).toBeLessThan(dataVersion);
    // The certificate columns were part of what was compared (rule 10).
    const last = await get('/api/organisation/coverage?pageSize=1000');
    expect(last.certificateColumns.length).toBeGreaterThan(0);
    // So were site exemptions (rules 17 and 18).
    expect(
      await db.requirementExemption.count({ where: { siteRequirementId: { not: null } } }),
    ).toBeGreaterThan(0);
    const rebuilds = events.filter((event) => !event.hit);
    expect(rebuilds.length).toBeGreaterThan(STEPS / 2);
    // Each change was applied as a patch to the cached snapshot, not as a reload.
    expect(rebuilds.filter((event) => !event.hit && event.patched).length).toBe(rebuilds.length);
  }, 600_000);
});
