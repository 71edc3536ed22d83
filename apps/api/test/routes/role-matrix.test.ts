import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAreaLevel } from '../../src/db/area-level-history.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { buildTestApp, DEMO, PLATFORM_ADMIN, type TestApp } from '../helpers/build.ts';
import { peopleFixtures } from '../helpers/people-fixtures.ts';
import { collectRoutes, fillPath } from '../helpers/route-inventory.ts';

/**
 * THE specification of rights, one row per registered route (`METHOD path`), checked against the
 * running API for each role of the demo tenant, the platform admin and an anonymous caller.
 *
 *  - board: reads everything in the organisation, manages team requirements;
 *  - hr: everything in the organisation, including people and development actions;
 *  - manager: their teams' members and coverage, validates their members' levels;
 *  - trainer: aggregates only (development demand, anonymised coverage), no individual people;
 *  - employee: their own profile, their own team's aggregate coverage;
 *  - admin (platform administrator, no organisation): the admin routes, nothing of a tenant.
 *
 * forbid → 403 problem+json `forbidden`; allow → neither 401 nor 403 (2xx unless `accept` says
 * otherwise); anonymous on a non-public route → 401 problem+json. A route registered without a
 * row here fails the inventory test: adding a route means deciding its rights.
 */

type Role = 'board' | 'hr' | 'manager' | 'trainer' | 'employee' | 'admin';
type Caller = Role | 'anonymous';
type Right = 'allow' | 'forbid';
type Rights = 'public' | Record<Role, Right>;
type Req = { url: string; payload?: unknown; headers?: Record<string, string> };
type Entry = {
  rights: Rights;
  /** A request valid enough to reach the handler; writes get a disposable target of their own. */
  request: (as: Caller) => Promise<Req>;
  /** Statuses that count as success for allowed callers (default: any 2xx). */
  accept?: number[];
};

const ROLES: Role[] = ['board', 'hr', 'manager', 'trainer', 'employee', 'admin'];
const ORG: Role[] = ['board', 'hr', 'manager', 'trainer', 'employee'];
const EMAIL: Record<Role, string> = { ...DEMO, admin: PLATFORM_ADMIN };

function allow(...roles: Role[]): Record<Role, Right> {
  return Object.fromEntries(ROLES.map((role) => [role, roles.includes(role) ? 'allow' : 'forbid'])) as Record<
    Role,
    Right
  >;
}

let t: TestApp;
let f: Awaited<ReturnType<typeof peopleFixtures>> & {
  siteId: string;
  managedTeam: string;
  ownTeam: string;
  roleDefinitionId: string;
};

type Response = { status: number; body: unknown; contentType: string };

async function send(as: Caller, method: string, req: Req): Promise<Response> {
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  if (as !== 'anonymous' && !headers.authorization)
    headers.authorization = `Bearer ${await t.tokenFor(EMAIL[as])}`;
  const response = await t.app.inject({
    method: method as InjectOptions['method'],
    url: req.url,
    headers,
    ...(req.payload !== undefined ? { payload: req.payload as InjectOptions['payload'] } : {}),
  });
  let body: unknown = response.body;
  try {
    body = response.body ? JSON.parse(response.body) : null;
  } catch {
    // HTML or plain text: keep it as it is.
  }
  return { status: response.statusCode, body, contentType: String(response.headers['content-type'] ?? '') };
}

/** A setup call as hr (or `as`) that must succeed; returns the parsed body. */
// biome-ignore lint/suspicious/noExplicitAny: setup reads ids from response bodies shaped by the routes' schemas.
async function setup(method: string, url: string, payload?: unknown, as: Caller = 'hr'): Promise<any> {
  const response = await send(as, method, { url, payload });
  if (response.status >= 300) {
    throw new Error(`setup ${method} ${url} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

const unique = () => randomUUID().slice(0, 8);
const person = (as: Caller) => (as === 'employee' ? f.marjo : f.teamMember);
const teamFor = (as: Caller) => (as === 'employee' ? f.ownTeam : f.managedTeam);

const memo = new Map<string, Promise<string>>();
function once(key: string, make: () => Promise<string>): Promise<string> {
  let value = memo.get(key);
  if (!value) {
    value = make();
    memo.set(key, value);
  }
  return value;
}

// Disposable rows, created through the API as hr (so they are valid by construction).
const newSite = async () =>
  (await setup('POST', '/api/sites', { name: `Matrix site ${unique()}` })).id as string;
const newTeam = async () =>
  (await setup('POST', '/api/teams', { siteId: f.siteId, name: `Matrix team ${unique()}` })).id as string;
const newEmployee = async () =>
  (
    await setup('POST', '/api/employees', {
      firstName: 'Matrix',
      lastName: unique(),
      email: `matrix-${unique()}@example.org`,
    })
  ).id as string;
const newMembership = async () =>
  (
    await setup('POST', '/api/memberships', {
      teamId: await newTeam(),
      employeeId: await newEmployee(),
      startDate: '2024-01-01',
    })
  ).id as string;
const newRoleDefinition = async () =>
  (
    await setup('POST', '/api/role-definitions', {
      key: `matrix_${unique().replace(/[^a-z0-9]/g, 'x')}`,
      labelNl: 'Matrixrol',
      labelEn: 'Matrix role',
      areaRequirements: [{ area: 'pedagogiek', minLevel: 'starter' }],
    })
  ).id as string;
const newRoleAssignment = async (employeeId: string) =>
  (await setup('POST', '/api/role-assignments', { employeeId, roleDefinitionId: await newRoleDefinition() }))
    .id as string;
const newTeamRequirement = async (teamId: string) =>
  (await setup('POST', '/api/team-requirements', { teamId, kind: 'circle', circle: 'buurt', count: 1 }))
    .id as string;
const newDevelopmentAction = async (employeeId: string) =>
  (
    await setup('POST', '/api/development-actions', {
      type: 'coaching',
      title: `Matrix coaching ${unique()}`,
      employeeId,
    })
  ).id as string;
const newRating = async (employeeId: string, competency = 'creativiteit') =>
  (await setup('POST', '/api/competency-ratings', { employeeId, competency, score: 3 })).id as string;
const newContact = async (employeeId: string) =>
  (
    await setup('POST', '/api/surroundings-contacts', {
      employeeId,
      circle: 'buurt',
      partnerName: `Buurthuis ${unique()}`,
    })
  ).id as string;
const newAmbition = async (employeeId: string) =>
  (
    await setup('POST', '/api/ambitions', {
      employeeId,
      direction: 'verbreden',
      area: 'gezondheid',
      targetLevel: 'starter',
    })
  ).id as string;
/** A notification of the caller's own employee record (a random id when the login has none). */
async function ownNotification(as: Caller): Promise<string> {
  if (as === 'anonymous' || as === 'admin') return randomUUID();
  const member = await t.app.systemDb.organisationMember.findFirst({ where: { user: { email: EMAIL[as] } } });
  if (!member?.employeeId) return randomUUID();
  const row = await t.app.systemDb.notification.create({
    data: { organisationId: f.demoId, employeeId: member.employeeId, kind: 'action_planned' },
  });
  return row.id;
}
/** An open request for training of `employeeId` (written directly: only she could ask it through the API). */
const newDevelopmentRequest = async (employeeId: string) =>
  (
    await t.app.systemDb.developmentRequest.create({
      data: {
        organisationId: f.demoId,
        employeeId,
        type: 'training',
        area: 'gezondheid',
        targetLevel: 'ervaren',
      },
    })
  ).id;
async function newInvitation(): Promise<{ id: string; token: string; email: string }> {
  const email = `matrix-invite-${unique()}@example.org`;
  const created = await setup('POST', '/api/invitations', {
    email,
    name: 'Matrix Invitee',
    role: 'employee',
  });
  const mail = [...t.mails].reverse().find((m) => m.to === email);
  const token = decodeURIComponent(mail?.link?.split('/uitnodiging/')[1] ?? '');
  if (token.length < 20) throw new Error(`no invitation token mailed to ${email}`);
  return { id: created.id as string, token, email };
}
async function newMember(): Promise<string> {
  const invitation = await newInvitation();
  await setup(
    'POST',
    '/api/invitations/accept',
    { token: invitation.token, password: 'Matrix-password-123', session: 'token' },
    'anonymous',
  );
  const member = await t.app.systemDb.organisationMember.findFirstOrThrow({
    where: { organisationId: f.demoId, user: { email: invitation.email } },
  });
  return member.id;
}
async function freshSession(): Promise<{ accessToken: string; refreshToken: string }> {
  return setup(
    'POST',
    '/api/auth/login',
    { email: DEMO.trainer, password: DEMO_PASSWORD, session: 'token' },
    'anonymous',
  );
}
async function freshRefreshToken(): Promise<string> {
  return (await freshSession()).refreshToken;
}
/** A current self-assessed level of a member of the manager's team, waiting for validation. */
async function newSelfAssessedLevel(): Promise<string> {
  const row = await t.app.systemDb.$transaction((tx) =>
    recordAreaLevel(tx, {
      organisationId: f.demoId,
      employeeId: f.teamMember,
      area: 'onderzoek_innovatie',
      level: 'starter',
      status: 'self_assessed',
      assessedByUserId: null,
    }),
  );
  return row.id;
}

/** The own profile sent back unchanged, with the version read (404 for logins without an employee). */
async function ownProfileBody(as: Caller): Promise<unknown> {
  const empty = {
    version: 1,
    areaLevels: [],
    competencyRatings: [],
    surroundingsContacts: [],
    ambitions: [],
  };
  if (as === 'anonymous' || as === 'admin') return empty;
  const response = await send(as, 'GET', { url: '/api/me/profile' });
  if (response.status !== 200) return empty;
  // biome-ignore lint/suspicious/noExplicitAny: the ZProfile response, read loosely.
  const p = response.body as any;
  return {
    version: p.version,
    // biome-ignore lint/suspicious/noExplicitAny: see above
    areaLevels: p.areaLevels.map((l: any) => ({ area: l.area, level: l.level })),
    // biome-ignore lint/suspicious/noExplicitAny: see above
    competencyRatings: p.competencyRatings.map((r: any) => ({ competency: r.competency, score: r.score })),
    // biome-ignore lint/suspicious/noExplicitAny: see above
    surroundingsContacts: p.surroundingsContacts.map((c: any) => ({
      circle: c.circle,
      partnerName: c.partnerName,
      description: c.description,
    })),
    // biome-ignore lint/suspicious/noExplicitAny: see above
    ambitions: p.ambitions.map((a: any) => ({
      id: a.id,
      direction: a.direction,
      area: a.area,
      targetLevel: a.targetLevel,
      horizonDate: a.horizonDate,
      motivation: a.motivation,
      visibility: a.visibility,
      status: a.status,
    })),
  };
}

/** A one-row import file as multipart/form-data, built by hand for inject. */
async function multipartCsv(url: string): Promise<Req> {
  const template = await t.app.inject({
    method: 'GET',
    url: '/api/imports/template?format=csv',
    headers: { authorization: `Bearer ${await t.tokenFor(DEMO.hr)}` },
  });
  const boundary = `----matrix${unique()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="matrix.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    template.rawPayload,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { url, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A finished import job of the demo tenant, written directly. */
async function newImportJob(): Promise<string> {
  const job = await t.app.systemDb.importJob.create({
    data: {
      organisationId: f.demoId,
      status: 'completed',
      fileName: 'matrix.csv',
      totalRows: 0,
      processedRows: 0,
    },
    select: { id: true },
  });
  return job.id;
}

/** A finished export job of the caller's own (a job is its creator's); any user for callers without one. */
async function exportJobOf(as: Caller): Promise<string> {
  const email = as === 'anonymous' ? DEMO.board : EMAIL[as];
  return once(`exportJob:${as}`, async () => {
    const user = await t.app.systemDb.user.findUniqueOrThrow({ where: { email } });
    const job = await t.app.systemDb.exportJob.create({
      data: {
        organisationId: f.demoId,
        createdByUserId: user.id,
        kind: 'organisation_coverage',
        format: 'csv',
        input: {},
        status: 'completed',
        progress: 100,
        fileName: 'matrix.csv',
        contentType: 'text/csv',
        byteSize: 2,
        file: new Uint8Array([111, 107]),
        expiresAt: new Date(Date.now() + 60 * 60_000),
      },
      select: { id: true },
    });
    return job.id;
  });
}

const get = (url: string) => async () => ({ url });
const at = (url: string, id: string) => fillPath(url, { id });

const NO_PROFILE = [200, 404];

const certificateTypeId = () =>
  once('certificate-type', async () => {
    const list = await setup('GET', '/api/certificate-types?code=kinder-ehbo');
    return list.items[0].id as string;
  });
const newCertificateType = async () =>
  (
    await setup('POST', '/api/certificate-types', {
      code: `matrix-${unique()}`,
      labelNl: 'Matrixcertificaat',
      labelEn: 'Matrix certificate',
      validityMonths: 12,
    })
  ).id as string;
const newSiteRequirement = async () =>
  (
    await setup('POST', '/api/site-requirements', {
      siteId: await newSite(),
      certificateTypeId: await certificateTypeId(),
      count: 1,
    })
  ).id as string;
const newPersonCertificate = async (employeeId: string) =>
  (
    await setup('POST', '/api/person-certificates', {
      employeeId,
      certificateTypeId: await certificateTypeId(),
      obtainedOn: '2026-01-15',
    })
  ).id as string;
async function newSubmittedCertificate(): Promise<string> {
  const row = await t.app.systemDb.personCertificate.create({
    data: {
      organisationId: f.demoId,
      employeeId: f.teamMember,
      certificateTypeId: await certificateTypeId(),
      obtainedOn: new Date('2026-02-01'),
      status: 'pending',
    },
  });
  return row.id;
}

// Exemptions (issue 14, rule 17): on a fresh requirement of the manager's team, so she may read it.
const newExemption = async () =>
  (
    await setup('POST', '/api/exemptions', {
      requirementId: await newTeamRequirement(f.managedTeam),
      reason: 'Matrix exemption',
      endsOn: '2099-12-31',
    })
  ).id as string;

const MATRIX: Record<string, Entry> = {
  // Public: no token needed (a token changes nothing).
  'GET /api/health': { rights: 'public', request: get('/api/health') },
  'GET /api/health/live': { rights: 'public', request: get('/api/health/live') },
  'GET /api/health/ready': { rights: 'public', request: get('/api/health/ready') },
  'POST /api/auth/login': {
    rights: 'public',
    request: async () => ({
      url: '/api/auth/login',
      payload: { email: DEMO.trainer, password: DEMO_PASSWORD, session: 'token' },
    }),
  },
  'POST /api/auth/refresh': {
    rights: 'public',
    request: async () => ({ url: '/api/auth/refresh', payload: { refreshToken: await freshRefreshToken() } }),
  },
  'POST /api/auth/logout': {
    rights: 'public',
    // Logout ends the session of the access token sent along: a disposable one, not the caller's.
    request: async () => {
      const session = await freshSession();
      return {
        url: '/api/auth/logout',
        payload: { refreshToken: session.refreshToken },
        headers: { authorization: `Bearer ${session.accessToken}` },
      };
    },
  },
  'GET /api/invitations/preview': {
    rights: 'public',
    request: async () => ({
      url: `/api/invitations/preview?token=${encodeURIComponent((await newInvitation()).token)}`,
    }),
  },
  'POST /api/invitations/accept': {
    rights: 'public',
    request: async () => ({
      url: '/api/invitations/accept',
      payload: { token: (await newInvitation()).token, password: 'Matrix-password-123', session: 'token' },
    }),
  },

  // Who am I: any signed-in login, the platform admin included.
  'GET /api/me': { rights: allow(...ORG, 'admin'), request: get('/api/me') },

  // Platform administration.
  'GET /api/admin/organisations': { rights: allow('admin'), request: get('/api/admin/organisations') },
  'POST /api/admin/organisations': {
    rights: allow('admin'),
    request: async () => {
      const id = unique();
      return {
        url: '/api/admin/organisations',
        payload: {
          name: `Matrix org ${id}`,
          slug: `matrix-${id}`,
          firstHr: { email: `hr-${id}@example.org`, name: 'Matrix HR' },
        },
      };
    },
  },

  // Sites: names only, every role reads; hr maintains.
  'GET /api/sites': { rights: allow(...ORG), request: get('/api/sites') },
  'GET /api/sites/:id': {
    rights: allow(...ORG),
    request: async () => ({ url: at('/api/sites/:id', f.siteId) }),
  },
  'POST /api/sites': {
    rights: allow('hr'),
    request: async () => ({ url: '/api/sites', payload: { name: `Matrix site ${unique()}`, city: 'Delft' } }),
  },
  'PATCH /api/sites/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/sites/:id', await newSite()), payload: { city: 'Gouda' } }),
  },
  'DELETE /api/sites/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/sites/:id', await newSite()) }),
  },
  'POST /api/sites/:id/archive': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/sites/:id/archive', await newSite()), payload: {} }),
  },
  'POST /api/sites/:id/unarchive': {
    rights: allow('hr'),
    request: async () => {
      const id = await newSite();
      await setup('POST', at('/api/sites/:id/archive', id), {});
      return { url: at('/api/sites/:id/unarchive', id), payload: {} };
    },
  },

  // Teams: names and head counts, every role reads; hr maintains.
  'GET /api/teams': { rights: allow(...ORG), request: get('/api/teams') },
  'GET /api/teams/:id': {
    rights: allow(...ORG),
    request: async (as) => ({ url: at('/api/teams/:id', teamFor(as)) }),
  },
  'POST /api/teams': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/teams',
      payload: { siteId: f.siteId, name: `Matrix team ${unique()}` },
    }),
  },
  'PATCH /api/teams/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/teams/:id', await newTeam()), payload: { description: 'Matrix' } }),
  },
  'DELETE /api/teams/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/teams/:id', await newTeam()) }),
  },
  'POST /api/teams/:id/archive': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/teams/:id/archive', await newTeam()), payload: {} }),
  },
  'POST /api/teams/:id/unarchive': {
    rights: allow('hr'),
    request: async () => {
      const id = await newTeam();
      await setup('POST', at('/api/teams/:id/archive', id), {});
      return { url: at('/api/teams/:id/unarchive', id), payload: {} };
    },
  },

  // Coverage: aggregates. Employees their own team; trainers anonymised aggregates.
  'GET /api/teams/:id/coverage': {
    rights: allow(...ORG),
    request: async (as) => ({ url: at('/api/teams/:id/coverage', teamFor(as)) }),
  },
  'GET /api/organisation/coverage': {
    rights: allow('board', 'hr', 'manager', 'trainer'),
    request: get('/api/organisation/coverage'),
  },
  'POST /api/teams/:id/simulate': {
    rights: allow('board', 'hr', 'manager'),
    request: async () => ({
      url: at('/api/teams/:id/simulate', f.managedTeam),
      payload: { changes: [{ type: 'member_leaves', employeeId: f.teamMember }] },
    }),
  },
  'GET /api/candidates': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/candidates?area=pedagogiek&minLevel=ervaren'),
  },
  'GET /api/development-demand': {
    rights: allow('board', 'hr', 'trainer'),
    request: get('/api/development-demand'),
  },
  'GET /api/session/ping': { rights: allow(...ORG), request: get('/api/session/ping') },

  // Team requirements: readable with the team; board and hr maintain them.
  'GET /api/requirement-templates': { rights: allow(...ORG), request: get('/api/requirement-templates') },
  'POST /api/requirement-templates/:templateId/apply': {
    rights: allow('board', 'hr'),
    request: async () => ({
      url: '/api/requirement-templates/bso/apply',
      payload: { teamIds: [await newTeam()] },
    }),
  },
  'GET /api/teams/:id/requirements': {
    rights: allow(...ORG),
    request: async (as) => ({ url: at('/api/teams/:id/requirements', teamFor(as)) }),
  },
  'PUT /api/teams/:id/requirements': {
    rights: allow('board', 'hr'),
    request: async () => ({
      url: at('/api/teams/:id/requirements', await newTeam()),
      payload: { requirements: [{ kind: 'area', area: 'pedagogiek', minLevel: 'starter', count: 1 }] },
    }),
  },
  'GET /api/team-requirements': { rights: allow(...ORG), request: get('/api/team-requirements') },
  'GET /api/team-requirements/:id': {
    rights: allow(...ORG),
    request: async (as) => {
      const teamId = teamFor(as);
      const id = await once(`requirement:${teamId}`, async () => {
        const existing = await t.app.systemDb.teamRequirement.findFirst({
          where: { teamId },
          orderBy: { id: 'asc' },
        });
        return existing?.id ?? newTeamRequirement(teamId);
      });
      return { url: at('/api/team-requirements/:id', id) };
    },
  },
  'POST /api/team-requirements': {
    rights: allow('board', 'hr'),
    request: async () => ({
      url: '/api/team-requirements',
      payload: {
        teamId: await newTeam(),
        kind: 'competency',
        competency: 'creativiteit',
        minScore: 3,
        count: 1,
      },
    }),
  },
  'PATCH /api/team-requirements/:id': {
    rights: allow('board', 'hr'),
    request: async () => ({
      url: at('/api/team-requirements/:id', await newTeamRequirement(await newTeam())),
      payload: { kind: 'circle', circle: 'partners', count: 2 },
    }),
  },
  'DELETE /api/team-requirements/:id': {
    rights: allow('board', 'hr'),
    request: async () => ({
      url: at('/api/team-requirements/:id', await newTeamRequirement(await newTeam())),
    }),
  },

  // Site requirements (rule 18): board, hr and managers read them; hr maintains them.
  'GET /api/site-requirements': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/site-requirements'),
  },
  'GET /api/site-requirements/:id': {
    rights: allow('board', 'hr', 'manager'),
    request: async () => ({
      url: at('/api/site-requirements/:id', await once('site-requirement', newSiteRequirement)),
    }),
  },
  'POST /api/site-requirements': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/site-requirements',
      payload: { siteId: await newSite(), certificateTypeId: await certificateTypeId(), count: 1 },
    }),
  },
  'PATCH /api/site-requirements/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/site-requirements/:id', await newSiteRequirement()),
      payload: { count: 2 },
    }),
  },
  'DELETE /api/site-requirements/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/site-requirements/:id', await newSiteRequirement()) }),
  },

  // Employees: board and hr all, a manager their members, an employee themselves; hr writes.
  'GET /api/employees': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: get('/api/employees'),
  },
  'GET /api/employees/:id': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: async (as) => ({ url: at('/api/employees/:id', person(as)) }),
  },
  'GET /api/employees/:id/area-levels/history': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: async (as) => ({ url: at('/api/employees/:id/area-levels/history', person(as)) }),
  },
  'POST /api/employees': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/employees',
      payload: { firstName: 'Matrix', lastName: unique(), email: `matrix-${unique()}@example.org` },
    }),
  },
  'PATCH /api/employees/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/employees/:id', await newEmployee()),
      payload: { jobTitle: 'Matrix' },
    }),
  },
  'DELETE /api/employees/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/employees/:id', await newEmployee()) }),
  },
  'POST /api/employees/:id/deactivate': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/employees/:id/deactivate', await newEmployee()),
      payload: { date: '2030-01-01' },
    }),
  },

  // Memberships: board and hr all, a manager their teams'; hr writes.
  'GET /api/memberships': { rights: allow('board', 'hr', 'manager'), request: get('/api/memberships') },
  'GET /api/memberships/:id': {
    rights: allow('board', 'hr', 'manager'),
    request: async () => {
      const row = await t.app.systemDb.teamMembership.findFirstOrThrow({
        where: { employeeId: f.teamMember, teamId: { in: f.managedTeamIds } },
      });
      return { url: at('/api/memberships/:id', row.id) };
    },
  },
  'POST /api/memberships': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/memberships',
      payload: { teamId: await newTeam(), employeeId: await newEmployee(), startDate: '2024-08-01' },
    }),
  },
  'PATCH /api/memberships/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/memberships/:id', await newMembership()),
      payload: { roleInTeam: 'Matrix' },
    }),
  },
  'DELETE /api/memberships/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/memberships/:id', await newMembership()) }),
  },
  'POST /api/memberships/:id/move': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/memberships/:id/move', await newMembership()),
      payload: { toTeamId: await newTeam(), date: '2025-01-01' },
    }),
  },

  // Team matrix: named levels of a team's members, for those who see named coverage (manager: led teams).
  'GET /api/teams/:id/matrix': {
    rights: allow('board', 'hr', 'manager'),
    request: async () => ({ url: at('/api/teams/:id/matrix', f.managedTeam) }),
  },

  // Role catalogue: everyone reads; who qualifies: board, hr, a manager (their teams); hr writes.
  'GET /api/role-definitions': { rights: allow(...ORG), request: get('/api/role-definitions') },
  'GET /api/role-definitions/:id': {
    rights: allow(...ORG),
    request: async () => ({ url: at('/api/role-definitions/:id', f.roleDefinitionId) }),
  },
  'GET /api/role-definitions/:id/qualified-employees': {
    rights: allow('board', 'hr', 'manager'),
    request: async () => ({ url: at('/api/role-definitions/:id/qualified-employees', f.roleDefinitionId) }),
  },
  'POST /api/role-definitions': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/role-definitions',
      payload: {
        key: `matrix_${unique().replace(/[^a-z0-9]/g, 'x')}`,
        labelNl: 'Matrixrol',
        labelEn: 'Matrix role',
        areaRequirements: [{ area: 'didactiek', minLevel: 'starter' }],
      },
    }),
  },
  'PATCH /api/role-definitions/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/role-definitions/:id', await newRoleDefinition()),
      payload: { labelEn: 'Matrix role (renamed)' },
    }),
  },
  'DELETE /api/role-definitions/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/role-definitions/:id', await newRoleDefinition()) }),
  },

  // Role assignments: board and hr all, a manager their teams'; hr writes.
  'GET /api/role-assignments': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/role-assignments'),
  },
  'GET /api/role-assignments/:id': {
    rights: allow('board', 'hr', 'manager'),
    request: async () => ({
      url: at('/api/role-assignments/:id', await once('assignment', () => newRoleAssignment(f.teamMember))),
    }),
  },
  'POST /api/role-assignments': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/role-assignments',
      payload: { employeeId: await newEmployee(), roleDefinitionId: f.roleDefinitionId },
    }),
  },
  'PATCH /api/role-assignments/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/role-assignments/:id', await newRoleAssignment(await newEmployee())),
      payload: { endDate: '2099-12-31' },
    }),
  },
  'DELETE /api/role-assignments/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/role-assignments/:id', await newRoleAssignment(await newEmployee())),
    }),
  },

  // Development actions: board and hr all, a manager their members', an employee their own; hr writes.
  'GET /api/development-actions': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: get('/api/development-actions'),
  },
  'GET /api/development-actions/:id': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: async (as) => {
      const employeeId = person(as);
      const id = await once(`action:${employeeId}`, () => newDevelopmentAction(employeeId));
      return { url: at('/api/development-actions/:id', id) };
    },
  },
  'GET /api/development-actions/:id/history': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: async (as) => {
      const employeeId = person(as);
      const id = await once(`action:${employeeId}`, () => newDevelopmentAction(employeeId));
      return { url: at('/api/development-actions/:id/history', id) };
    },
  },
  'POST /api/development-actions': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/development-actions',
      payload: { type: 'training', title: `Matrix training ${unique()}`, employeeId: f.teamMember },
    }),
  },
  'PATCH /api/development-actions/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/development-actions/:id', await newDevelopmentAction(f.teamMember)),
      payload: { provider: 'Matrix Academie' },
    }),
  },
  'DELETE /api/development-actions/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/development-actions/:id', await newDevelopmentAction(f.teamMember)),
    }),
  },

  // Logins and invitations: board and hr read, invite, change and remove members — each only for
  // the roles it may grant (hr never board; see members.test.ts and docs/permissions.md).
  'GET /api/members': { rights: allow('board', 'hr'), request: get('/api/members') },
  'PATCH /api/members/:id': {
    rights: allow('board', 'hr'),
    request: async () => ({ url: at('/api/members/:id', await newMember()), payload: { role: 'trainer' } }),
  },
  'DELETE /api/members/:id': {
    rights: allow('board', 'hr'),
    request: async () => ({ url: at('/api/members/:id', await newMember()) }),
  },
  'GET /api/invitations': { rights: allow('board', 'hr'), request: get('/api/invitations') },
  'POST /api/invitations': {
    rights: allow('board', 'hr'),
    request: async () => ({
      url: '/api/invitations',
      payload: { email: `matrix-invite-${unique()}@example.org`, name: 'Matrix Invitee', role: 'employee' },
    }),
  },
  'DELETE /api/invitations/:id': {
    rights: allow('board', 'hr'),
    request: async () => ({ url: at('/api/invitations/:id', (await newInvitation()).id) }),
  },
  'POST /api/invitations/:id/resend': {
    rights: allow('board', 'hr'),
    request: async () => ({
      url: at('/api/invitations/:id/resend', (await newInvitation()).id),
      payload: {},
    }),
  },
  'GET /api/audit-events': { rights: allow('board', 'hr'), request: get('/api/audit-events') },

  // History and planning (HR workflows).
  'GET /api/organisation/coverage/trend': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/organisation/coverage/trend?months=3'),
  },
  'GET /api/development-suggestions': {
    rights: allow('board', 'hr'),
    request: get('/api/development-suggestions'),
  },
  'GET /api/development-plan/gaps': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/development-plan/gaps'),
  },
  'GET /api/development-plan/budget': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/development-plan/budget'),
  },
  'GET /api/development-plan/budget/export': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/development-plan/budget/export?format=csv'),
  },
  'POST /api/development-plan/gaps/plan': {
    rights: allow('hr'),
    request: async () => {
      const list = await setup('GET', '/api/development-plan/gaps?pageSize=200');
      // biome-ignore lint/suspicious/noExplicitAny: the gap list, read loosely.
      const gap = (list.items as any[]).find((item) => item.teamId && (item.suggestion || item.hireTarget));
      if (!gap) throw new Error('the demo tenant has no plannable gap');
      return {
        url: '/api/development-plan/gaps/plan',
        payload: {
          teamId: gap.teamId,
          requirementId: gap.requirementId,
          employeeId: gap.suggestion ? gap.suggestion.employeeId : null,
        },
      };
    },
    // A second caller finds it planned already (200, idempotent); a later one may see the gap moved on.
    accept: [200, 201, 409],
  },
  'POST /api/development-suggestions/accept': {
    rights: allow('hr'),
    request: async () => {
      const list = await setup('GET', '/api/development-suggestions?pageSize=50');
      // biome-ignore lint/suspicious/noExplicitAny: the suggestion list, read loosely.
      const suggestion = (list.items as any[])[0];
      if (!suggestion) throw new Error('the demo tenant has no development suggestion');
      const { teamId, requirementId, type, employeeId, area, targetLevel } = suggestion;
      return {
        url: '/api/development-suggestions/accept',
        payload: { teamId, requirementId, type, area, targetLevel, ...(employeeId ? { employeeId } : {}) },
      };
    },
    // A second caller may find the same suggestion already accepted.
    accept: [201, 409],
  },

  // Import and export: hr imports; board, hr and managers (their teams) export.
  'GET /api/imports/template': { rights: allow('hr'), request: get('/api/imports/template?format=csv') },
  'POST /api/imports/preview': {
    rights: allow('hr'),
    request: async () => multipartCsv('/api/imports/preview'),
  },
  'POST /api/imports': {
    rights: allow('hr'),
    request: async () => multipartCsv('/api/imports'),
    accept: [202, 409],
  },
  'GET /api/imports': { rights: allow('hr'), request: get('/api/imports') },
  'GET /api/imports/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/imports/:id', await once('importJob', newImportJob)) }),
  },
  'GET /api/exports/organisation-coverage': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/exports/organisation-coverage?format=csv'),
  },
  'GET /api/exports/teams/:id/coverage': {
    rights: allow('board', 'hr', 'manager'),
    request: async () => ({ url: `${at('/api/exports/teams/:id/coverage', f.managedTeam)}?format=csv` }),
  },

  // Exports as jobs: whoever may export coverage or open the board report; a job is its creator's.
  'POST /api/exports': {
    rights: allow('board', 'hr', 'manager'),
    request: async () => ({ url: '/api/exports', payload: { kind: 'organisation_coverage', format: 'csv' } }),
  },
  'GET /api/exports/:id': {
    rights: allow('board', 'hr', 'manager'),
    request: async (as) => ({ url: at('/api/exports/:id', await exportJobOf(as)) }),
  },
  'GET /api/exports/:id/file': {
    rights: allow('board', 'hr', 'manager'),
    request: async (as) => ({ url: at('/api/exports/:id/file', await exportJobOf(as)) }),
  },

  // Reports as PDF: whoever may open the board report (coverage.report).
  'GET /api/reports/board.pdf': { rights: allow('board', 'hr'), request: get('/api/reports/board.pdf') },
  // Whoever may open the team (its coverage); each role asks for a team in its own scope.
  'GET /api/teams/:id/report.pdf': {
    rights: allow(...ORG),
    request: async (as) => ({ url: at('/api/teams/:id/report.pdf', teamFor(as)) }),
  },
  // Whoever may read the person's record; each role asks for someone in its own scope.
  'GET /api/employees/:id/conversation-sheet.pdf': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: async (as) => ({ url: at('/api/employees/:id/conversation-sheet.pdf', person(as)) }),
  },

  // Privacy (AVG): hr exports and erases; everyone may download their own data.
  'GET /api/employees/:id/data-export': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/employees/:id/data-export', f.teamMember) }),
  },
  'GET /api/me/data-export': {
    rights: allow(...ORG),
    request: get('/api/me/data-export'),
    accept: NO_PROFILE,
  },
  'POST /api/employees/:id/erase': {
    rights: allow('hr'),
    request: async () => {
      const leaver = await t.app.systemDb.employee.create({
        data: {
          organisationId: f.demoId,
          firstName: 'Matrix',
          lastName: `Vertrokken ${unique()}`,
          email: `matrix-leaver-${unique()}@example.org`,
          active: false,
        },
      });
      return {
        url: at('/api/employees/:id/erase', leaver.id),
        payload: { confirm: `${leaver.firstName} ${leaver.lastName}` },
      };
    },
  },

  // Levels: board and hr all, a manager their members, an employee their own; hr and managers set
  // and validate (never their own).
  'GET /api/area-levels': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: get('/api/area-levels'),
  },
  'POST /api/area-levels': {
    rights: allow('hr', 'manager'),
    request: async () => ({
      url: '/api/area-levels',
      payload: { employeeId: f.teamMember, area: 'gezondheid', level: 'ervaren', comment: 'Matrix' },
    }),
  },
  'POST /api/area-levels/:id/validate': {
    rights: allow('hr', 'manager'),
    request: async () => ({
      url: at('/api/area-levels/:id/validate', await newSelfAssessedLevel()),
      payload: { decision: 'approve' },
    }),
  },
  // The validation queue's bulk approval and its undo (issue 15): who validates one validates many.
  'POST /api/area-levels/validate-bulk': {
    rights: allow('hr', 'manager'),
    request: async () => ({
      url: '/api/area-levels/validate-bulk',
      payload: { ids: [await newSelfAssessedLevel()] },
    }),
  },
  'POST /api/area-levels/undo-validation': {
    rights: allow('hr', 'manager'),
    request: async (as) => {
      const mayValidate = as === 'hr' || as === 'manager';
      const approved = mayValidate
        ? await setup('POST', '/api/area-levels/validate-bulk', { ids: [await newSelfAssessedLevel()] }, as)
        : null;
      return {
        url: '/api/area-levels/undo-validation',
        payload: { validatedIds: [approved?.items[0].validatedId ?? randomUUID()] },
      };
    },
  },

  // Competency ratings and surroundings contacts: read like levels; hr and managers (members) write.
  'GET /api/competency-ratings': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: get('/api/competency-ratings'),
  },
  'GET /api/competency-ratings/:id': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: async (as) => {
      const employeeId = person(as);
      const id = await once(`rating:${employeeId}`, () => newRating(employeeId, 'flexibiliteit'));
      return { url: at('/api/competency-ratings/:id', id) };
    },
  },
  'POST /api/competency-ratings': {
    rights: allow('hr', 'manager'),
    request: async () => ({
      url: '/api/competency-ratings',
      payload: { employeeId: f.teamMember, competency: 'onderzoekende_houding', score: 4 },
    }),
  },
  'DELETE /api/competency-ratings/:id': {
    rights: allow('hr', 'manager'),
    request: async () => ({
      url: at('/api/competency-ratings/:id', await newRating(f.teamMember, 'creativiteit')),
    }),
  },
  'GET /api/surroundings-contacts': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: get('/api/surroundings-contacts'),
  },
  'GET /api/surroundings-contacts/:id': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: async (as) => {
      const employeeId = person(as);
      const id = await once(`contact:${employeeId}`, () => newContact(employeeId));
      return { url: at('/api/surroundings-contacts/:id', id) };
    },
  },
  'POST /api/surroundings-contacts': {
    rights: allow('hr', 'manager'),
    request: async () => ({
      url: '/api/surroundings-contacts',
      payload: { employeeId: f.teamMember, circle: 'partners', partnerName: `Consultatiebureau ${unique()}` },
    }),
  },
  'PATCH /api/surroundings-contacts/:id': {
    rights: allow('hr', 'manager'),
    request: async () => ({
      url: at('/api/surroundings-contacts/:id', await newContact(f.teamMember)),
      payload: { description: 'Matrix' },
    }),
  },
  'DELETE /api/surroundings-contacts/:id': {
    rights: allow('hr', 'manager'),
    request: async () => ({ url: at('/api/surroundings-contacts/:id', await newContact(f.teamMember)) }),
  },

  // Ambitions: read like levels (motivation by visibility); hr writes (employees via their profile).
  'GET /api/ambitions': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: get('/api/ambitions'),
  },
  'GET /api/ambitions/:id': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: async (as) => {
      const employeeId = person(as);
      const id = await once(`ambition:${employeeId}`, () => newAmbition(employeeId));
      return { url: at('/api/ambitions/:id', id) };
    },
  },
  'POST /api/ambitions': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/ambitions',
      payload: {
        employeeId: f.teamMember,
        direction: 'verdiepen',
        area: 'pedagogiek',
        targetLevel: 'expert',
      },
    }),
  },
  'PATCH /api/ambitions/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/ambitions/:id', await newAmbition(f.teamMember)),
      payload: { status: 'withdrawn' },
    }),
  },
  'DELETE /api/ambitions/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/ambitions/:id', await newAmbition(f.teamMember)) }),
  },

  // Self-service: every organisation role has its own profile (404 when the login has no employee).
  'GET /api/me/profile': { rights: allow(...ORG), request: get('/api/me/profile'), accept: NO_PROFILE },
  'PUT /api/me/profile': {
    rights: allow(...ORG),
    request: async (as) => ({ url: '/api/me/profile', payload: await ownProfileBody(as) }),
    accept: NO_PROFILE,
  },
  'GET /api/me/pending-impact': {
    rights: allow(...ORG),
    request: get('/api/me/pending-impact'),
    accept: NO_PROFILE,
  },
  'GET /api/me/ambition-impact': {
    rights: allow(...ORG),
    request: get('/api/me/ambition-impact'),
    accept: NO_PROFILE,
  },
  'GET /api/me/validation-queue': {
    rights: allow('hr', 'manager'),
    request: get('/api/me/validation-queue'),
  },

  // Own development and notifications (issue 15, item 10): everyone her own; requests are read like
  // development actions (board and hr all, a manager her members', an employee her own); hr declines.
  'GET /api/me/notifications': {
    rights: allow(...ORG),
    request: get('/api/me/notifications'),
    accept: NO_PROFILE,
  },
  'POST /api/me/notifications/:id/read': {
    rights: allow(...ORG),
    request: async (as) => ({ url: at('/api/me/notifications/:id/read', await ownNotification(as)) }),
    accept: [204, 404],
  },
  'POST /api/me/notifications/read-all': {
    rights: allow(...ORG),
    request: get('/api/me/notifications/read-all'),
    accept: [204, 404],
  },
  'GET /api/me/development': {
    rights: allow(...ORG),
    request: get('/api/me/development'),
    accept: NO_PROFILE,
  },
  'POST /api/me/development-requests': {
    rights: allow(...ORG),
    request: async (as) => ({
      url: '/api/me/development-requests',
      payload: {
        ambitionId: as === 'employee' ? await newAmbition(f.marjo) : randomUUID(),
        type: 'coaching',
      },
    }),
    accept: [201, 404, 422],
  },
  'GET /api/me/ambition-impact/preview': {
    rights: allow(...ORG),
    request: get('/api/me/ambition-impact/preview?area=gezondheid&targetLevel=expert'),
    accept: NO_PROFILE,
  },
  'GET /api/development-requests': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: get('/api/development-requests'),
  },
  'POST /api/development-requests/:id/decline': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/development-requests/:id/decline', await newDevelopmentRequest(f.teamMember)),
      payload: { answer: 'Niet dit jaar.' },
    }),
  },

  // Certificates (issue 14): every member reads the catalogue, hr adapts it; people's certificates
  // are read like levels, recorded and validated by hr and managers (members); everyone submits her own.
  'GET /api/certificate-types': {
    rights: allow(...ORG),
    request: get('/api/certificate-types'),
  },
  'GET /api/certificate-types/:id': {
    rights: allow(...ORG),
    request: async () => ({ url: at('/api/certificate-types/:id', await certificateTypeId()) }),
  },
  'POST /api/certificate-types': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/certificate-types',
      payload: { code: `matrix-${unique()}`, labelNl: 'Matrix', labelEn: 'Matrix', validityMonths: null },
    }),
  },
  'PATCH /api/certificate-types/:id': {
    rights: allow('hr'),
    request: async () => ({
      url: at('/api/certificate-types/:id', await newCertificateType()),
      payload: { validityMonths: 24 },
    }),
  },
  'DELETE /api/certificate-types/:id': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/certificate-types/:id', await newCertificateType()) }),
  },
  'GET /api/person-certificates': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: get('/api/person-certificates'),
  },
  'GET /api/person-certificates/:id': {
    rights: allow('board', 'hr', 'manager', 'employee'),
    request: async (as) => {
      const employeeId = person(as);
      const id = await once(`certificate:${employeeId}`, () => newPersonCertificate(employeeId));
      return { url: at('/api/person-certificates/:id', id) };
    },
  },
  'POST /api/person-certificates': {
    rights: allow('hr', 'manager'),
    request: async () => ({
      url: '/api/person-certificates',
      payload: {
        employeeId: f.teamMember,
        certificateTypeId: await certificateTypeId(),
        obtainedOn: '2026-03-01',
      },
    }),
  },
  'POST /api/person-certificates/:id/validate': {
    rights: allow('hr', 'manager'),
    request: async () => ({
      url: at('/api/person-certificates/:id/validate', await newSubmittedCertificate()),
    }),
  },
  'POST /api/me/certificates': {
    rights: allow(...ORG),
    request: async () => ({
      url: '/api/me/certificates',
      payload: { certificateTypeId: await certificateTypeId(), obtainedOn: '2026-04-01' },
    }),
    accept: [201, 404],
  },

  // Compliance (issue 14, comp2): the Wet IKK coach hours are part of the board report.
  'GET /api/compliance/ikk-coach-hours': {
    rights: allow('board', 'hr'),
    request: get('/api/compliance/ikk-coach-hours'),
  },
  // Reminders: everyone reads her own (404 without an employee record is not used: an empty list);
  // hr sends the day's digest now.
  'GET /api/me/reminders': { rights: allow(...ORG), request: get('/api/me/reminders') },
  'POST /api/reminders/digest': {
    rights: allow('hr'),
    request: async () => ({ url: '/api/reminders/digest' }),
  },
  // Certificates as a download, for who may export coverage (managers: their teams' members).
  'GET /api/exports/certificates': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/exports/certificates?format=csv'),
  },
  // Reassessment cycle and exemptions (issue 14, rules 16 and 17): every member reads the settings,
  // hr changes them; the due reassessments belong to the validation queue (hr, managers); leaders
  // read exemptions (a manager those of her teams), hr records and ends them.
  'GET /api/organisation/settings': {
    rights: allow(...ORG),
    request: get('/api/organisation/settings'),
  },
  'PATCH /api/organisation/settings': {
    rights: allow('hr'),
    request: async () => ({ url: '/api/organisation/settings', payload: { reassessmentMonths: null } }),
  },
  'GET /api/reassessments': {
    rights: allow('hr', 'manager'),
    request: get('/api/reassessments'),
  },
  'GET /api/exemptions': {
    rights: allow('board', 'hr', 'manager'),
    request: get('/api/exemptions'),
  },
  'GET /api/exemptions/:id': {
    rights: allow('board', 'hr', 'manager'),
    request: async () => ({ url: at('/api/exemptions/:id', await once('exemption', newExemption)) }),
  },
  'POST /api/exemptions': {
    rights: allow('hr'),
    request: async () => ({
      url: '/api/exemptions',
      payload: {
        requirementId: await newTeamRequirement(await newTeam()),
        reason: 'Matrix exemption',
        endsOn: '2099-12-31',
      },
    }),
  },
  'POST /api/exemptions/:id/end': {
    rights: allow('hr'),
    request: async () => ({ url: at('/api/exemptions/:id/end', await newExemption()) }),
  },
};

const routes = await collectRoutes();

describe('role matrix', () => {
  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.app.systemDb;
    const people = await peopleFixtures(db);
    const site = await db.site.findFirstOrThrow({
      where: { organisationId: people.demoId },
      orderBy: { id: 'asc' },
    });
    const managedTeam = people.managedTeamIds.slice().sort()[0];
    if (!managedTeam) throw new Error('the demo manager leads no team');
    const ownMembership = await db.teamMembership.findFirstOrThrow({
      where: { employeeId: people.marjo, startDate: { lte: new Date() }, endDate: null },
      orderBy: { id: 'asc' },
    });
    const role = await db.roleDefinition.findFirstOrThrow({
      where: { organisationId: people.demoId },
      orderBy: { key: 'asc' },
    });
    f = { ...people, siteId: site.id, managedTeam, ownTeam: ownMembership.teamId, roleDefinitionId: role.id };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has exactly one row per registered route (a new route needs its rights decided here)', () => {
    const registered = routes.map((route) => route.key).sort();
    const specified = Object.keys(MATRIX).sort();
    expect(registered.length).toBeGreaterThan(50);
    expect(
      registered.filter((key) => !specified.includes(key)),
      'routes without a row',
    ).toEqual([]);
    expect(
      specified.filter((key) => !registered.includes(key)),
      'rows without a route',
    ).toEqual([]);
  });

  for (const [key, entry] of Object.entries(MATRIX)) {
    const [method = 'GET'] = key.split(' ');
    const callers: Caller[] = [...ROLES, 'anonymous'];

    describe(key, () => {
      it.each(callers)('as %s', async (as) => {
        const req = await entry.request(as);
        const response = await send(as, method, req);
        const shown = `${key} as ${as} → ${response.status} ${JSON.stringify(response.body)}`.slice(0, 600);
        expect(response.status, shown).toBeLessThan(500);

        const right: Right | 'public' =
          entry.rights === 'public' ? 'public' : as === 'anonymous' ? 'forbid' : entry.rights[as];
        if (right === 'public' || right === 'allow') {
          expect([401, 403], shown).not.toContain(response.status);
          if (entry.accept) expect(entry.accept, shown).toContain(response.status);
          else {
            expect(response.status, shown).toBeGreaterThanOrEqual(200);
            expect(response.status, shown).toBeLessThan(300);
          }
          if (response.status === 404)
            expect(response.body, shown).toMatchObject({ code: 'no_employee_profile' });
          return;
        }
        expect(response.contentType, shown).toMatch(/^application\/problem\+json/);
        if (as === 'anonymous') {
          expect(response.status, shown).toBe(401);
          expect(response.body, shown).toMatchObject({ status: 401 });
        } else {
          expect(response.status, shown).toBe(403);
          expect(response.body, shown).toMatchObject({ status: 403, code: 'forbidden' });
        }
      });
    });
  }
});
