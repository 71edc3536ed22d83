import {
  AMBITION_DIRECTION_IDS,
  AREA_IDS,
  CIRCLE_IDS,
  COMPETENCY_IDS,
  DEVELOPMENT_ACTION_TYPE_IDS,
  DEVELOPMENT_STATUS_IDS,
  LEVEL_IDS,
  MEMBER_ROLES,
} from '@teamspiegel/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AmbitionDirection,
  Area,
  Circle,
  Competency,
  DevelopmentActionType,
  DevelopmentStatus,
  Level,
  MemberRole,
} from '../../src/generated/prisma/enums.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

// The vocabulary exists three times: the domain package, the Prisma schema (generated client) and
// the PostgreSQL enum types the migrations created. All three must list the same ids in the same
// order (order matters: PostgreSQL sorts enum values by declaration, so Level must rise by rank).
const pairs = [
  ['Area', Area, AREA_IDS],
  ['Level', Level, LEVEL_IDS],
  ['Competency', Competency, COMPETENCY_IDS],
  ['Circle', Circle, CIRCLE_IDS],
  ['MemberRole', MemberRole, MEMBER_ROLES],
  ['DevelopmentActionType', DevelopmentActionType, DEVELOPMENT_ACTION_TYPE_IDS],
  ['DevelopmentStatus', DevelopmentStatus, DEVELOPMENT_STATUS_IDS],
  ['AmbitionDirection', AmbitionDirection, AMBITION_DIRECTION_IDS],
] as const;

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe('model enums agree with the domain ids', () => {
  it.each(pairs)('Prisma enum %s equals the domain ids', (_name, prismaEnum, domainIds) => {
    expect(Object.values(prismaEnum)).toEqual([...domainIds]);
  });

  it.each(pairs)('PostgreSQL enum type %s equals the domain ids', async (name, _prismaEnum, domainIds) => {
    const result = await client.query<{ label: string }>(
      `SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
       WHERE t.typname = $1 ORDER BY e.enumsortorder`,
      [name],
    );
    expect(result.rows.map((r) => r.label)).toEqual([...domainIds]);
  });
});
