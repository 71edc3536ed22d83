import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_QUEUE } from '../../src/jobs/export-jobs.ts';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

/**
 * Exports as durable jobs: started with 202, followed to completion, the file equal to the one
 * the synchronous route makes; rights per kind; a job and its file are its creator's only;
 * expired jobs are gone; the sweep runs a job whose process died again, and a duplicate message
 * renders nothing twice.
 */
let t: TestApp;
let board: string;
let hr: string;
let manager: string;
let zonBoard: string;
let organisationId: string;

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function start(token: string, payload: object) {
  return t.app.inject({ method: 'POST', url: '/api/exports', headers: auth(token), payload });
}

async function waitForJob(id: string, token: string, timeoutMs = 60_000) {
  const started = Date.now();
  const progress: number[] = [];
  for (;;) {
    const response = await t.app.inject({ method: 'GET', url: `/api/exports/${id}`, headers: auth(token) });
    expect(response.statusCode).toBe(200);
    const job = response.json();
    progress.push(job.progress);
    if (job.status === 'completed' || job.status === 'failed') return { job, progress };
    if (Date.now() - started > timeoutMs) throw new Error(`export ${id} did not finish`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  t = await buildTestApp();
  [board, hr, manager, zonBoard] = await Promise.all([
    t.tokenFor(DEMO.board),
    t.tokenFor(DEMO.hr),
    t.tokenFor(DEMO.manager),
    t.tokenFor(ZON.board),
  ]);
  const organisation = await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
  organisationId = organisation.id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('POST /api/exports', () => {
  it('makes the same CSV as the synchronous route, with progress up to 100', async () => {
    const started = await start(board, { kind: 'organisation_coverage', format: 'csv', part: 'gaps' });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ kind: 'organisation_coverage', format: 'csv', status: 'queued' });
    const { job, progress } = await waitForJob(started.json().id, board);
    expect(job).toMatchObject({ status: 'completed', progress: 100, error: null });
    expect(progress.at(-1)).toBe(100);
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/exports/${job.id}/file`,
      headers: auth(board),
    });
    const direct = await t.app.inject({
      method: 'GET',
      url: '/api/exports/organisation-coverage?format=csv&part=gaps',
      headers: auth(board),
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(direct.headers['content-type']);
    expect(file.headers['content-disposition']).toBe(direct.headers['content-disposition']);
    expect(file.body).toBe(direct.body);
    expect(job.byteSize).toBe(file.rawPayload.length);
  });

  it('makes the board report as a PDF for board, and refuses it to a manager', async () => {
    const started = await start(board, { kind: 'board_report', locale: 'en' });
    expect(started.statusCode).toBe(202);
    const { job } = await waitForJob(started.json().id, board);
    expect(job).toMatchObject({ status: 'completed', format: 'pdf' });
    expect(job.fileName).toMatch(/^teamspiegel-board-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/exports/${job.id}/file`,
      headers: auth(board),
    });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const refused = await start(manager, { kind: 'board_report' });
    expect(refused.statusCode).toBe(403);
  });

  it("exports a manager's own team and answers 404 for a team outside their scope", async () => {
    const db = t.app.systemDb;
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO.manager } });
    const member = await db.organisationMember.findFirstOrThrow({
      where: { organisationId, userId: user.id },
    });
    const managed = await db.managedTeam.findMany({ where: { organisationId, memberId: member.id } });
    const ownIds = new Set(managed.map((row) => row.teamId));
    const own = managed[0]?.teamId as string;
    const all = await db.team.findMany({ where: { organisationId }, select: { id: true } });
    const other = all.find((team) => !ownIds.has(team.id))?.id as string;
    expect(own).toBeDefined();
    expect(other).toBeDefined();

    const started = await start(manager, { kind: 'team_coverage', teamId: own, format: 'xlsx' });
    expect(started.statusCode).toBe(202);
    const { job } = await waitForJob(started.json().id, manager);
    expect(job.status).toBe('completed');
    expect((await start(manager, { kind: 'team_coverage', teamId: other, format: 'csv' })).statusCode).toBe(
      404,
    );
  });

  it('refuses an unknown kind with 400', async () => {
    expect((await start(board, { kind: 'everything', format: 'csv' })).statusCode).toBe(400);
  });
});

describe('a job is its creator’s', () => {
  it('answers 404 to another user of the organisation and to another organisation', async () => {
    const started = await start(board, { kind: 'organisation_coverage', format: 'csv' });
    const id = started.json().id as string;
    await waitForJob(id, board);
    for (const token of [hr, zonBoard]) {
      for (const url of [`/api/exports/${id}`, `/api/exports/${id}/file`]) {
        const response = await t.app.inject({ method: 'GET', url, headers: auth(token) });
        expect(response.statusCode, url).toBe(404);
      }
    }
  });
});

describe('stored jobs', () => {
  const boardUserId = async () =>
    (await t.app.systemDb.user.findUniqueOrThrow({ where: { email: DEMO.board } })).id;

  async function storedJob(data: {
    status: 'queued' | 'running';
    heartbeatAt: Date;
    attempts?: number;
    expiresAt?: Date;
  }) {
    const userId = await boardUserId();
    const row = await t.app.systemDb.exportJob.create({
      data: {
        organisationId,
        createdByUserId: userId,
        kind: 'organisation_coverage',
        format: 'csv',
        input: {
          request: { kind: 'organisation_coverage', format: 'csv', part: 'matrix', locale: 'nl' },
          actor: await actorOfBoard(userId),
        },
        expiresAt: data.expiresAt ?? new Date(Date.now() + 60 * 60_000),
        status: data.status,
        heartbeatAt: data.heartbeatAt,
        attempts: data.attempts ?? 0,
      },
    });
    return row.id;
  }

  async function actorOfBoard(userId: string) {
    const member = await t.app.systemDb.organisationMember.findFirstOrThrow({
      where: { organisationId, userId },
    });
    return { userId, organisationId, role: member.role, memberId: member.id, employeeId: member.employeeId };
  }

  it('answers 409 export_not_ready for the file of a job that has not run', async () => {
    // Far in the future: the worker never sees it (no message) and the sweep leaves it alone.
    const id = await storedJob({ status: 'queued', heartbeatAt: new Date(Date.now() + 60 * 60_000) });
    const file = await t.app.inject({ method: 'GET', url: `/api/exports/${id}/file`, headers: auth(board) });
    expect(file.statusCode).toBe(409);
    expect(file.json().code).toBe('export_not_ready');
  });

  it('forgets an expired job: 404, and the sweep deletes it', async () => {
    const id = await storedJob({
      status: 'queued',
      heartbeatAt: new Date(),
      expiresAt: new Date(Date.now() - 1),
    });
    const response = await t.app.inject({ method: 'GET', url: `/api/exports/${id}`, headers: auth(board) });
    expect(response.statusCode).toBe(404);
    await t.app.exportJobs.sweep();
    expect(await t.app.systemDb.exportJob.count({ where: { organisationId, id } })).toBe(0);
  });

  it('runs a job whose process died again, and fails it with worker_lost after two runs', async () => {
    const stale = new Date(Date.now() - 5 * 60_000);
    const again = await storedJob({ status: 'running', heartbeatAt: stale, attempts: 1 });
    const lost = await storedJob({ status: 'running', heartbeatAt: stale, attempts: 2 });
    await t.app.exportJobs.sweep();
    const { job } = await waitForJob(again, board);
    expect(job.status).toBe('completed');
    const row = await t.app.systemDb.exportJob.findFirstOrThrow({ where: { organisationId, id: again } });
    expect(row.attempts).toBe(2);
    const failed = await t.app.inject({ method: 'GET', url: `/api/exports/${lost}`, headers: auth(board) });
    expect(failed.json()).toMatchObject({ status: 'failed', error: 'worker_lost' });
  });

  it('renders a job once when its message arrives twice', async () => {
    const id = await storedJob({ status: 'queued', heartbeatAt: new Date() });
    await t.app.jobs.send(EXPORT_QUEUE, { organisationId, exportJobId: id });
    await t.app.jobs.send(EXPORT_QUEUE, { organisationId, exportJobId: id });
    const { job } = await waitForJob(id, board);
    expect(job.status).toBe('completed');
    // Both messages handled: the second found nothing queued to claim.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const row = await t.app.systemDb.exportJob.findFirstOrThrow({ where: { organisationId, id } });
    expect(row.attempts).toBe(1);
  });
});
