import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { runSeed } from '../../src/db/seed/index.ts';
import { TEST_JWT_SECRET } from '../helpers/build.ts';

// The quick start's database: PGlite serves one session, so a write from another connection waits
// for an open transaction. An import whose progress was written beside its transaction never ended.
describe('an import on the embedded database', { timeout: 240_000 }, () => {
  it('runs to completed as a job, with its rows written', async () => {
    const database = await openDatabase({ env: {}, dataDir: 'memory://', logger: { info() {}, warn() {} } });
    let app: Awaited<ReturnType<typeof buildApp>> | undefined;
    const ownerDb = createPrismaClient(database.url);
    try {
      await applyMigrations(database.url);
      await runSeed(ownerDb, { log: () => {} });
      app = await buildApp(
        {
          config: loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' }),
          databaseUrl: database.url,
          embeddedDatabase: true,
        },
        { logger: false },
      );
      await app.ready();
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'hr@demo.teamspiegel.nl', password: DEMO_PASSWORD, session: 'token' },
      });
      expect(login.statusCode).toBe(200);
      const auth = { authorization: `Bearer ${login.json().accessToken}` };
      const csv = [
        'e-mail;voornaam;achternaam;fte;locatie;team',
        'ingebed.een@example.nl;Ilse;Ingebed;0,8;Locatie Ingebed;Team Ingebed',
        'ingebed.twee@example.nl;Ivo;Ingebed;0,6;Locatie Ingebed;Team Ingebed',
      ].join('\n');
      const started = await supertest(app.server)
        .post('/api/imports')
        .set(auth)
        .attach('file', Buffer.from(csv), 'ingebed.csv');
      expect(started.status).toBe(202);
      let job: {
        status: string;
        processedRows: number;
        report: { created: number; teams: number } | null;
      } | null = null;
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        const response = await supertest(app.server).get(`/api/imports/${started.body.jobId}`).set(auth);
        job = response.body;
        if (job?.status === 'completed' || job?.status === 'failed') break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(job?.status).toBe('completed');
      expect(job?.processedRows).toBe(2);
      expect(job?.report).toMatchObject({ created: 2, teams: 1 });
      expect(await ownerDb.employee.count({ where: { lastName: 'Ingebed' } })).toBe(2);
    } finally {
      await app?.close();
      await ownerDb.$disconnect();
      await database.close();
    }
  });
});
