import { setTimeout as sleep } from 'node:timers/promises';
import { AREAS } from '@teamspiegel/domain';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { DEMO_SLUG } from '../../src/db/seed/demo-tenant.ts';
import { ZON_SLUG } from '../../src/db/seed/zon-tenant.ts';
import { IMPORT_QUEUE } from '../../src/jobs/import-jobs.ts';
import { HEADERS } from '../../src/services/import/columns.ts';
import { type ApiProcess, signIn, startApiProcess } from '../helpers/api-process.ts';
import { DEMO, ZON } from '../helpers/build.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/*
 * Imports as durable jobs, with real API processes (child processes on one database):
 * a process killed (SIGKILL) in the middle of an import leaves no job "running" — the next
 * process picks it up again and it completes, all rows or none; and with two processes (and
 * duplicate queue messages) every job runs exactly once.
 */
let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
const processes: ApiProcess[] = [];

type Org = { id: string; team: { name: string; siteName: string }; area: string };

async function orgOf(slug: string): Promise<Org> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { slug } });
  const team = await db.team.findFirstOrThrow({
    where: { organisationId: organisation.id },
    include: { site: true },
    orderBy: { name: 'asc' },
  });
  return {
    id: organisation.id,
    team: { name: team.name, siteName: team.site.name },
    area: AREAS[1]?.id ?? '',
  };
}

function csv(org: Org, prefix: string, count: number): Blob {
  const areaHeader = AREAS.find((area) => area.id === org.area)?.label.nl ?? org.area;
  const rows = Array.from({ length: count }, (_, i) => ({
    'e-mail': `${prefix}.${i}@durable.example.nl`,
    voornaam: `Voor${i}`,
    achternaam: `${prefix} ${i}`,
    functie: 'Pedagogisch medewerker',
    fte: '0,8',
    actief: 'ja',
    team: org.team.name,
    locatie: org.team.siteName,
    'startdatum in team': '2025-09-01',
    [areaHeader]: 'ervaren',
  }));
  const lines = [
    HEADERS.join(';'),
    ...rows.map((row) => HEADERS.map((h) => (row as Record<string, string>)[h] ?? '').join(';')),
  ];
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv' });
}

async function upload(api: ApiProcess, token: string, file: Blob): Promise<string> {
  const form = new FormData();
  form.append('file', file, 'medewerkers.csv');
  const response = await fetch(`${api.url}/api/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await response.json()) as { jobId: string };
  expect(response.status, JSON.stringify(body)).toBe(202);
  return body.jobId;
}

const job = (id: string) => db.importJob.findFirstOrThrow({ where: { id } });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) return value;
    await sleep(250);
  }
}

const ended = (row: { status: string }) => row.status === 'completed' || row.status === 'failed';

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  for (const api of processes) await api.kill();
  await db?.$disconnect();
  await database?.drop();
});

describe('imports as durable jobs', () => {
  it('an import whose process is killed mid-way is picked up by the restarted API and completes, all rows', async () => {
    const org = await orgOf(DEMO_SLUG);
    const first = await startApiProcess(database.url);
    processes.push(first);
    const token = await signIn(first, DEMO.hr, DEMO_PASSWORD);
    const employeesBefore = await db.employee.count({ where: { organisationId: org.id } });
    const rows = 3000;
    const jobId = await upload(first, token, csv(org, 'killed', rows));

    // Mid-apply: the transaction has written rows (progress is reported outside it).
    const running = await until(
      () => job(jobId),
      (row) => ended(row) || (row.status === 'running' && row.processedRows > 0),
      120_000,
    );
    expect(running.status, 'the import ended before it could be interrupted').toBe('running');
    await first.kill();
    const afterKill = await job(jobId);
    expect(afterKill.status).toBe('running');
    expect(await db.employee.count({ where: { organisationId: org.id } })).toBe(employeesBefore);

    const restarted = await startApiProcess(database.url);
    processes.push(restarted);
    const finished = await until(() => job(jobId), ended, 180_000);
    expect(finished.status, `job stuck as ${finished.status}`).toBe('completed');
    expect(finished.attempts).toBe(2);
    expect(finished.processedRows).toBe(rows);
    expect(finished.input).toBeNull();
    expect(await db.employee.count({ where: { organisationId: org.id } })).toBe(employeesBefore + rows);
    // The API reports it as before.
    const report = await fetch(`${restarted.url}/api/imports/${jobId}`, {
      headers: { authorization: `Bearer ${await signIn(restarted, DEMO.hr, DEMO_PASSWORD)}` },
    }).then((response) => response.json() as Promise<{ status: string; report: { created: number } }>);
    expect(report.status).toBe('completed');
    expect(report.report.created).toBe(rows);
  }, 420_000);

  it('with two API processes and duplicate queue messages, each job runs exactly once', async () => {
    const a = processes.at(-1) ?? (await startApiProcess(database.url));
    const b = await startApiProcess(database.url);
    processes.push(b);
    const orgs = [
      { org: await orgOf(DEMO_SLUG), api: a, login: DEMO.hr },
      { org: await orgOf(ZON_SLUG), api: b, login: ZON.hr },
    ];
    const boss = new PgBoss({ connectionString: database.url, max: 2 });
    await boss.start();
    try {
      const jobIds: string[] = [];
      for (const [i, { org, api, login }] of orgs.entries()) {
        const token = await signIn(api, login, DEMO_PASSWORD);
        const jobId = await upload(api, token, csv(org, `twice${i}`, 200));
        jobIds.push(jobId);
        // Redelivered messages (as the sweep may send): the claim lets one of them run.
        for (let copy = 0; copy < 3; copy++) {
          await boss.send(IMPORT_QUEUE, { organisationId: org.id, importJobId: jobId });
        }
      }
      for (const [i, jobId] of jobIds.entries()) {
        const finished = await until(() => job(jobId), ended, 120_000);
        expect(finished.status).toBe('completed');
        expect(finished.attempts).toBe(1);
        const orgId = orgs[i]?.org.id ?? '';
        expect(
          await db.auditEvent.count({ where: { organisationId: orgId, entity: 'Import', entityId: jobId } }),
        ).toBe(1);
        expect(
          await db.employee.count({
            where: {
              organisationId: orgId,
              email: { endsWith: '@durable.example.nl', startsWith: `twice${i}.` },
            },
          }),
        ).toBe(200);
      }
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }, 300_000);
});
