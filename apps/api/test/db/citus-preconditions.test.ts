import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/*
 * The preconditions for distributing the schema by organisation (Citus; docs/scaling.md), read
 * from the catalog of a freshly migrated database so they cannot silently break:
 * - every table is either a tenant table (has organisationId), the tenant root, or a declared global one;
 * - every unique index (primary keys included) of a tenant table includes organisationId;
 * - every foreign key between tenant tables includes organisationId on both sides;
 * - global (reference) tables never point into tenant tables;
 * - no sequence-based ids.
 * The last gaps (primary keys of (id) alone, token hashes unique across organisations) were closed
 * by migration 20261207000100_tenant_primary_keys; none may come back.
 */

/** Distributed by its own id: the tenant itself. */
const TENANT_ROOT = 'Organisation';
/** Tables without organisationId, and what they become on Citus. */
const GLOBAL_TABLES: Record<string, string> = {
  User: 'reference table (one person, several organisations)',
  _prisma_migrations: 'local table on the coordinator (migration bookkeeping)',
  RateLimitCounter: 'local table on the coordinator (shared rate-limit counters, keyed by user or address)',
};

let database: TestDatabase;
let client: pg.Client;

type Table = { name: string; columns: string[] };
type UniqueIndex = { name: string; table: string; columns: string[]; primary: boolean };
type ForeignKey = { name: string; table: string; columns: string[]; target: string; targetColumns: string[] };

let tables: Table[];
let uniques: UniqueIndex[];
let foreignKeys: ForeignKey[];

const tenantTables = () =>
  tables.filter((table) => table.name !== TENANT_ROOT && table.columns.includes('organisationId'));
const isTenant = (name: string) => tenantTables().some((table) => table.name === name);

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  tables = (
    await client.query<Table>(`
      SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.relkind IN ('r', 'p')
      GROUP BY c.relname ORDER BY 1`)
  ).rows;
  uniques = (
    await client.query<UniqueIndex>(`
      SELECT i.relname AS name, t.relname AS "table", x.indisprimary AS primary,
             array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.i) AS columns
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      WHERE x.indisunique ORDER BY 1`)
  ).rows;
  foreignKeys = (
    await client.query<ForeignKey>(`
      SELECT c.conname AS name, c.conrelid::regclass::text AS "table", c.confrelid::regclass::text AS target,
             array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
             array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS "targetColumns"
      FROM pg_constraint c
      JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = 'public'
      WHERE c.contype = 'f' ORDER BY 1`)
  ).rows.map((fk) => ({ ...fk, table: fk.table.replaceAll('"', ''), target: fk.target.replaceAll('"', '') }));
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe('Citus preconditions of the schema', () => {
  it('knows every table: tenant (organisationId), the tenant root, or a declared global table', () => {
    const unclassified = tables
      .filter((table) => !table.columns.includes('organisationId'))
      .map((table) => table.name)
      .filter((name) => name !== TENANT_ROOT && !(name in GLOBAL_TABLES));
    expect(unclassified).toEqual([]);
    expect(tenantTables().length).toBeGreaterThanOrEqual(17);
  });

  it('distributes every tenant table in docs/scaling.md (SiteRequirementVersion, … : none forgotten)', () => {
    const scaling = readFileSync(path.join(repoRoot, 'docs/scaling.md'), 'utf8');
    const distributed = new Set(
      [...scaling.matchAll(/create_distributed_table\('"(\w+)"', 'organisationId'/g)].map(
        (match) => match[1],
      ),
    );
    expect(distributed.has('SiteRequirementVersion')).toBe(true);
    const forgotten = tenantTables()
      .map((table) => table.name)
      .filter((name) => !distributed.has(name));
    expect(forgotten).toEqual([]);
  });

  it('includes organisationId in every unique index and primary key of a tenant table', () => {
    const without = uniques
      .filter((index) => isTenant(index.table) && !index.columns.includes('organisationId'))
      .map((index) => index.name)
      .sort();
    expect(without).toEqual([]);
  });

  it('gives every tenant table with an id the primary key (organisationId, id)', () => {
    const missing = tenantTables()
      .filter((table) => table.columns.includes('id'))
      .filter(
        (table) =>
          !uniques.some(
            (index) =>
              index.table === table.name && index.primary && index.columns.join(',') === 'organisationId,id',
          ),
      )
      .map((table) => table.name);
    expect(missing).toEqual([]);
  });

  it('includes organisationId on both sides of every foreign key between tenant tables', () => {
    const between = foreignKeys.filter((fk) => isTenant(fk.table) && isTenant(fk.target));
    expect(between.length).toBeGreaterThan(10);
    const offenders = between
      .filter((fk) => {
        const at = fk.columns.indexOf('organisationId');
        return at < 0 || fk.targetColumns[at] !== 'organisationId';
      })
      .map((fk) => fk.name);
    expect(offenders).toEqual([]);
  });

  it('points tenant tables at their tenant only through organisationId', () => {
    const offenders = foreignKeys
      .filter((fk) => isTenant(fk.table) && fk.target === TENANT_ROOT)
      .filter((fk) => fk.columns.join(',') !== 'organisationId' || fk.targetColumns.join(',') !== 'id')
      .map((fk) => fk.name);
    expect(offenders).toEqual([]);
  });

  it('never points a global table into tenant data (reference tables cannot reference distributed ones)', () => {
    const offenders = foreignKeys
      .filter((fk) => fk.table in GLOBAL_TABLES && (isTenant(fk.target) || fk.target === TENANT_ROOT))
      .map((fk) => fk.name);
    expect(offenders).toEqual([]);
  });

  it('uses no sequences or identity columns (ids are UUIDs, never shared counters)', async () => {
    const sequences = await client.query(`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S'`);
    expect(sequences.rows).toEqual([]);
    const identities = await client.query(`
      SELECT a.attrelid::regclass::text AS "table", a.attname FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND a.attidentity <> ''`);
    expect(identities.rows).toEqual([]);
  });
});
