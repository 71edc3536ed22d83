import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { DEMO_SLUG } from '../../src/db/seed/index.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { type CoverageSnapshot, loadSnapshot } from '../../src/services/coverage-snapshot.ts';
import { organisationCoverage, organisationCoverageView } from '../../src/services/coverage-views.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

let database: TestDatabase;
let prisma: PrismaClient;
let snapshot: CoverageSnapshot;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  prisma = createPrismaClient(database.url);
  const org = await prisma.organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  snapshot = await loadSnapshot(prisma, org.id, org.dataVersion);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe('organisationCoverageView dataVersion', () => {
  const query = { page: 1, pageSize: 10, rankingLimit: 5, siteId: null };

  it("is the snapshot's version unless the caller passes the version it read", () => {
    const teamIds = [...snapshot.teams.keys()];
    const coverage = organisationCoverage(snapshot, teamIds, false);
    const view = (dataVersion?: number) =>
      organisationCoverageView(snapshot, coverage, query, new Map(), undefined, null, null, dataVersion);
    expect(view().dataVersion).toBe(snapshot.dataVersion);
    // The route reads the version, then awaits the database while later writes patch the snapshot.
    const asked = snapshot.dataVersion - 1;
    const labelled = view(asked);
    expect(labelled.dataVersion).toBe(asked);
    // The label is the view's first field, where the contract's serialisation has always put it.
    expect(Object.keys(labelled)[0]).toBe('dataVersion');
    expect({ ...labelled, dataVersion: snapshot.dataVersion }).toEqual(view());
  });
});
