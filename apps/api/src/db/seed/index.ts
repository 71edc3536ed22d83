import type { PrismaClient } from '../../generated/prisma/client.ts';
import { BENCHMARK_SLUG, buildBenchmarkTenant } from './benchmark-tenant.ts';
import { schoolYearStart } from './dates.ts';
import { DEMO_LOGINS } from './demo-logins.ts';
import { buildDemoTenant, DEMO_SLUG } from './demo-tenant.ts';
import { seedId } from './ids.ts';
import type { SeedTenant } from './tenant.ts';
import { ensureUsers, type TenantOutcome, writeTenant } from './write-tenant.ts';
import { buildZonTenant, ZON_SLUG } from './zon-tenant.ts';

export { BENCHMARK_LOGINS, DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './demo-logins.ts';
export { BENCHMARK_SLUG, DEMO_SLUG, ZON_SLUG };

export type SeedSize = 'default' | 'large';

export type SeedOptions = {
  size?: SeedSize;
  /** Rebuild every tenant even when its fingerprint is unchanged. */
  reset?: boolean;
  /** Reference date for all seeded dates (default: the start of the current school year). */
  anchor?: Date;
  log?: (line: string) => void;
  /** People in the benchmark tenant of size large (default 20,000). */
  benchmarkPeople?: number;
  /** How rows are inserted (see WriteOptions); the default is the fast bulk path. */
  insert?: 'bulk' | 'prisma';
  /** Where NODE_ENV is read (default: process.env). */
  env?: Record<string, string | undefined>;
};

/**
 * The demo seed creates logins with a published password: it never runs in production.
 * Throws before anything is written.
 */
export function assertDemoSeedAllowed(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'Refusing to seed demo data with NODE_ENV=production: the demo logins share a published password.',
    );
  }
}

export type SeedResult = { tenants: TenantOutcome[]; ms: number };

/** Builds the planned tenants (pure: no database). */
export function plannedTenants(size: SeedSize, anchor: Date, benchmarkPeople?: number): SeedTenant[] {
  const tenants = [buildDemoTenant(anchor), buildZonTenant(anchor)];
  if (size === 'large') tenants.push(buildBenchmarkTenant(anchor, benchmarkPeople));
  return tenants;
}

/** Seeds the demo tenants (and with size large the benchmark tenant) and the platform admin. */
export async function runSeed(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  assertDemoSeedAllowed(options.env);
  const started = performance.now();
  const log = options.log ?? (() => {});
  const anchor = options.anchor ?? schoolYearStart();
  const admin = DEMO_LOGINS.find((login) => login.role === 'platform_admin');
  if (admin) {
    await ensureUsers(
      prisma,
      [{ id: seedId('user', admin.email), email: admin.email, name: admin.name, isPlatformAdmin: true }],
      options.reset ?? false,
    );
  }
  const tenants: TenantOutcome[] = [];
  for (const tenant of plannedTenants(options.size ?? 'default', anchor, options.benchmarkPeople)) {
    const outcome = await writeTenant(prisma, tenant, {
      reset: options.reset ?? false,
      insert: options.insert ?? 'bulk',
    });
    log(`${outcome.slug}: ${outcome.action} in ${(outcome.ms / 1000).toFixed(1)} s`);
    tenants.push(outcome);
  }
  return { tenants, ms: Math.round(performance.now() - started) };
}

export type TenantSummary = {
  slug: string;
  name: string;
  sites: number;
  teams: number;
  employees: number;
  memberships: number;
  currentAreaLevels: number;
  areaLevelHistory: number;
  requirements: number;
  ambitions: number;
  developmentActions: number;
  logins: number;
};

/** Row counts per seeded tenant, read back from the database. */
export async function summarise(prisma: PrismaClient, slugs: readonly string[]): Promise<TenantSummary[]> {
  const summaries: TenantSummary[] = [];
  for (const slug of slugs) {
    const org = await prisma.organisation.findUnique({ where: { slug } });
    if (!org) continue;
    const where = { organisationId: org.id };
    summaries.push({
      slug,
      name: org.name,
      sites: await prisma.site.count({ where }),
      teams: await prisma.team.count({ where }),
      employees: await prisma.employee.count({ where }),
      memberships: await prisma.teamMembership.count({ where }),
      currentAreaLevels: await prisma.areaLevel.count({ where: { ...where, isCurrent: true } }),
      areaLevelHistory: await prisma.areaLevel.count({ where: { ...where, isCurrent: null } }),
      requirements: await prisma.teamRequirement.count({ where }),
      ambitions: await prisma.ambition.count({ where }),
      developmentActions: await prisma.developmentAction.count({ where }),
      logins: await prisma.organisationMember.count({ where }),
    });
  }
  return summaries;
}
