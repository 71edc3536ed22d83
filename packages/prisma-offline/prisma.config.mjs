// Prisma 6.19 config for the wasm schema engine. Loaded by bin/prisma-offline.mjs, which sets
// PRISMA_OFFLINE_SCHEMA (a generated schema copy) and DATABASE_URL before starting the CLI.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// The wasm engine leaves a ~10 s timer pending after each command; unref long timers so the
// process exits as soon as the work is done instead of waiting for it.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = Object.assign((handler, ms, ...args) => {
  const timer = originalSetTimeout(handler, ms, ...args);
  if (typeof ms === 'number' && ms >= 1000) timer.unref?.();
  return timer;
}, originalSetTimeout);

// Prisma 6.19.3's `migrate dev --create-only` stops the wasm engine twice (in a `return` and in a
// `finally`); wasm-bindgen's free() then throws "null pointer passed to rust" after the migration
// was written. The wasm glue is initialised lazily, after this config loads, and registers every
// engine object with a FinalizationRegistry: hook that to make free() idempotent.
const freeOnce = Symbol.for('teamspiegel.prisma-offline.free-once');
const NativeFinalizationRegistry = globalThis.FinalizationRegistry;
globalThis.FinalizationRegistry = class extends NativeFinalizationRegistry {
  register(target, heldValue, token) {
    const proto = target && typeof target === 'object' ? Object.getPrototypeOf(target) : null;
    if (
      proto &&
      '__wbg_ptr' in target &&
      typeof proto.free === 'function' &&
      !Object.hasOwn(proto, freeOnce)
    ) {
      const free = proto.free;
      proto.free = function freeOnceOnly() {
        if (this.__wbg_ptr) free.call(this);
      };
      proto[freeOnce] = true;
    }
    return super.register(target, heldValue, token);
  }
};

// The engine reads catalog columns of type "char" (OID 18) and name (OID 19), which the adapter
// cannot map to a column type; report them as text (OID 25). pg returns both as strings anyway.
const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const patched = Symbol.for('teamspiegel.prisma-offline.patched');

function patchQueryable(adapter) {
  // PrismaPgAdapter and PgTransaction both inherit performIO from PgQueryable.
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  if (!queryable || queryable[patched] || typeof queryable.performIO !== 'function') return;
  const performIO = queryable.performIO;
  queryable.performIO = async function performIOWithCatalogTypes(query) {
    const result = await performIO.call(this, query);
    const fields = result?.fields ?? [];
    if (process.env.PRISMA_OFFLINE_DEBUG) {
      console.error(
        '[prisma-offline]',
        query.sql?.slice(0, 300).replace(/\s+/g, ' '),
        fields.map((f) => `${f.name}:${f.dataTypeID}`).join(','),
      );
    }
    for (const field of fields) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    // PostgreSQL 18 (the embedded PGlite) lists NOT NULL as pg_constraint rows of contype 'n', and
    // the wasm engine of Prisma 6.19 panics on those and on CHECK constraints ('c'). Prisma's schema
    // represents neither (nullability is read from pg_attribute), so hiding them changes no diff.
    const typeColumn = fields.findIndex((field) => field.name === 'constraint_type');
    if (typeColumn >= 0)
      result.rows = result.rows.filter((row) => row[typeColumn] !== 'n' && row[typeColumn] !== 'c');
    return result;
  };
  queryable[patched] = true;
}

// Discrete fields, not a connection string: pg lets a connectionString win over `database`,
// which would make the "shadow" database the real one.
function connectionFields(url) {
  const parsed = new URL(url);
  const fields = {
    host: decodeURIComponent(parsed.hostname) || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || 'postgres',
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres',
    connectionTimeoutMillis: 10_000,
    // Idle pooled sockets would otherwise keep the CLI alive for idleTimeoutMillis (10 s).
    allowExitOnIdle: true,
  };
  // Unix socket directories come as ?host=/var/run/postgresql.
  const socketHost = parsed.searchParams.get('host');
  if (socketHost) fields.host = socketHost;
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode && sslmode !== 'disable') fields.ssl = { rejectUnauthorized: sslmode === 'verify-full' };
  return { fields, schema: parsed.searchParams.get('schema') ?? undefined };
}

class OfflinePg extends PrismaPg {
  constructor(fields, options) {
    super(fields, options);
    this.fields = fields;
    this.pgOptions = options;
  }

  async connect() {
    const adapter = await super.connect();
    patchQueryable(adapter);
    // The adapter splits migration scripts on every ';', which breaks semicolons inside comments,
    // strings and function bodies. PostgreSQL runs a multi-statement script as one simple query,
    // as the native engine does.
    adapter.executeScript = async (script) => {
      try {
        await adapter.client.query(script);
      } catch (error) {
        adapter.onError(error);
      }
    };
    return adapter;
  }

  // The stock version drops the shadow database while its own pool still holds connections
  // (so the DROP fails and shadow databases pile up), and never releases the admin connection.
  async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new OfflinePg({ ...this.fields, database }, this.pgOptions).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await admin.dispose();
      }
    };
    return shadow;
  }
}

function adapter() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('prisma-offline: DATABASE_URL is not set');
  const { fields, schema } = connectionFields(url);
  return Promise.resolve(new OfflinePg(fields, schema ? { schema } : undefined));
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter,
  schema: process.env.PRISMA_OFFLINE_SCHEMA ?? path.join(repoRoot, 'prisma/schema.prisma'),
  migrations: { path: path.join(repoRoot, 'prisma/migrations') },
});
