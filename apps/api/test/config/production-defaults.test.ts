import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { ConfigError, loadConfig } from '../../src/config/env.ts';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { runSeed } from '../../src/db/seed/index.ts';
import { TEST_JWT_SECRET } from '../helpers/build.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/** What production refuses or hides: the demo seed, and (unless enabled) the Swagger UI. */
const apiDir = fileURLToPath(new URL('../../', import.meta.url));
const production = {
  NODE_ENV: 'production',
  JWT_SECRET: TEST_JWT_SECRET,
  SMTP_HOST: 'smtp.example.test',
  MAIL_FROM: 'Teamspiegel <no-reply@example.test>',
};

describe('the demo seed in production', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('runSeed refuses NODE_ENV=production before writing anything', async () => {
    const prisma = createPrismaClient(database.url);
    try {
      await expect(runSeed(prisma, { env: { NODE_ENV: 'production' } })).rejects.toThrow(/production/);
      expect(await prisma.organisation.count()).toBe(0);
      expect(await prisma.user.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('npm run db:seed exits 1 with NODE_ENV=production, leaving the database untouched', async () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(apiDir, 'src/db/cli/seed.ts')], {
      cwd: apiDir,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: database.url },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toMatch(/Refusing to seed demo data with NODE_ENV=production/);
    const prisma = createPrismaClient(database.url);
    try {
      expect(await prisma.organisation.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('the API refuses TEAMSPIEGEL_SEED_DEMO=true in production', () => {
    expect(() => loadConfig({ ...production, TEAMSPIEGEL_SEED_DEMO: 'true' })).toThrow(ConfigError);
  });
});

describe('Swagger UI', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('is on outside production, off in production unless SWAGGER_UI=true', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).swaggerUi).toBe(true);
    expect(loadConfig(production).swaggerUi).toBe(false);
    expect(loadConfig({ ...production, SWAGGER_UI: 'true' }).swaggerUi).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', SWAGGER_UI: 'false' }).swaggerUi).toBe(false);
  });

  it('without the UI, /api/docs is 404 problem+json and /api/docs/json stays public', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET }), swaggerUi: false };
    const app = await buildApp(
      // A real database: the app provisions its row-level-security role when it gets ready.
      { config, databaseUrl: database.url, mailer: { async send() {} } },
      { logger: false },
    );
    try {
      const ui = await app.inject({ method: 'GET', url: '/api/docs' });
      expect(ui.statusCode).toBe(404);
      expect(String(ui.headers['content-type'])).toMatch(/^application\/problem\+json/);
      const json = await app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(json.statusCode).toBe(200);
      expect(json.json()).toMatchObject({ openapi: expect.stringMatching(/^3\./) });
      expect(Object.keys(json.json().paths).length).toBeGreaterThan(20);
    } finally {
      await app.close();
    }
  });
});

describe('empty variables', () => {
  it('count as unset, as docker compose passes an unset default (an empty SMTP_USER is no login)', () => {
    const config = loadConfig({ ...production, SMTP_USER: '', SMTP_PASSWORD: '', METRICS_TOKEN: '' });
    expect(config.smtp?.auth).toBeNull();
    expect(config.metricsToken).toBeUndefined();
    expect(() => loadConfig({ ...production, SMTP_HOST: '' })).toThrow(ConfigError);
  });
});
