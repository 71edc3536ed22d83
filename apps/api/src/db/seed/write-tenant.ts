import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { seedCertificateCatalogue } from '../../services/certificates.ts';
import { type SeedCompliance, writeCompliance } from './compliance.ts';
import { DEMO_PASSWORD } from './demo-logins.ts';
import { seedId } from './ids.ts';
import {
  assertUniqueIds,
  PLAN_TABLES,
  type PlanCounts,
  type PlannedUser,
  type PlanTable,
  planCounts,
  type TenantPlan,
} from './plan.ts';
import type { SeedTenant } from './tenant.ts';

/** Bump when the way rows are written changes without the rows themselves changing. */
const SEED_FORMAT = 1;
const SEED_AUDIT_ENTITY = 'seed';
/** PostgreSQL allows 65,535 bind parameters per statement; stay well below. */
const MAX_PARAMS = 30_000;

type Tx = Prisma.TransactionClient;

export type WriteOptions = {
  /** Rebuild even when the fingerprint is unchanged. */
  reset?: boolean;
  /**
   * 'bulk' (default): one INSERT … SELECT FROM json_populate_recordset per batch — fast enough
   * for the 100,000-row benchmark tenant. 'prisma': createMany (kept to prove both agree).
   */
  insert?: 'bulk' | 'prisma';
};

export type TenantOutcome = {
  slug: string;
  action: 'created' | 'rebuilt' | 'unchanged';
  organisationId: string;
  fingerprint: string;
  counts: PlanCounts;
  ms: number;
};

/**
 * Makes the database hold exactly the planned tenant. Idempotent:
 * - if the organisation's last seed audit event carries the same fingerprint (a hash of every
 *   planned row), nothing is written (`unchanged`), so edits made through the app survive a re-run;
 * - otherwise (or with `reset`) the tenant's rows are deleted and re-inserted with the same
 *   deterministic ids inside one transaction, and a seed audit event records the fingerprint.
 * Audit events are append-only and are never deleted.
 */
export async function writeTenant(
  prisma: PrismaClient,
  tenant: SeedTenant,
  options: WriteOptions = {},
): Promise<TenantOutcome> {
  const started = performance.now();
  assertUniqueIds(tenant.plan);
  const userIds = await ensureUsers(prisma, tenant.users, options.reset ?? false);
  const plan = remapUsers(tenant.plan, userIds);
  const fingerprint = fingerprintOf(plan, tenant.compliance);
  const counts = planCounts(plan);
  const slug = plan.organisation.slug;

  const existing = await prisma.organisation.findUnique({ where: { slug } });
  if (existing && !options.reset) {
    const last = await prisma.auditEvent.findFirst({
      where: { organisationId: existing.id, entity: SEED_AUDIT_ENTITY },
      orderBy: { createdAt: 'desc' },
    });
    const recorded = (last?.after as { fingerprint?: string } | null)?.fingerprint;
    if (recorded === fingerprint) {
      return {
        slug,
        action: 'unchanged',
        organisationId: existing.id,
        fingerprint,
        counts,
        ms: elapsed(started),
      };
    }
  }

  const organisationId = await prisma.$transaction(
    async (tx) => {
      const organisation = await tx.organisation.upsert({
        where: { slug },
        create: { id: plan.organisation.id, slug, name: plan.organisation.name },
        // dataVersion moves so the API's cached coverage of this organisation is recomputed.
        update: { name: plan.organisation.name, dataVersion: { increment: 1 } },
      });
      if (existing) await deleteTenantRows(tx, organisation.id);
      for (const table of PLAN_TABLES) {
        const rows = plan[table].map((row) => ({ ...row, organisationId: organisation.id }));
        if (options.insert === 'prisma') await insertRows(tx, table, rows);
        else await bulkInsert(tx, table, rows);
      }
      // The sector's usual certificate catalogue (issue 14), as every new organisation gets it.
      await seedCertificateCatalogue(tx, organisation.id, (code) => seedId(slug, 'certificate-type', code));
      if (tenant.compliance) await writeCompliance(tx, slug, organisation.id, tenant.compliance);
      await tx.auditEvent.create({
        data: {
          organisationId: organisation.id,
          entity: SEED_AUDIT_ENTITY,
          entityId: slug,
          action: existing ? 'seed.rebuilt' : 'seed.created',
          after: { fingerprint, format: SEED_FORMAT, counts },
        },
      });
      return organisation.id;
    },
    { maxWait: 60_000, timeout: 15 * 60_000 },
  );
  return {
    slug,
    action: existing ? 'rebuilt' : 'created',
    organisationId,
    fingerprint,
    counts,
    ms: elapsed(started),
  };
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

/**
 * Creates missing logins with the demo password. Existing users keep their id and, unless
 * `reset`, their password; with `reset` a password that no longer matches is set back.
 */
export async function ensureUsers(
  prisma: PrismaClient,
  users: readonly PlannedUser[],
  reset: boolean,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const user of users) {
    const found = await prisma.user.findUnique({ where: { email: user.email } });
    if (!found) {
      const created = await prisma.user.create({
        data: {
          id: user.id,
          email: user.email,
          name: user.name,
          isPlatformAdmin: user.isPlatformAdmin,
          passwordHash: await hashPassword(DEMO_PASSWORD),
        },
      });
      ids.set(user.id, created.id);
      continue;
    }
    ids.set(user.id, found.id);
    const stale =
      found.passwordHash === null || (reset && !(await verifyPassword(found.passwordHash, DEMO_PASSWORD)));
    if (stale || (reset && (found.disabledAt !== null || found.isPlatformAdmin !== user.isPlatformAdmin))) {
      await prisma.user.update({
        where: { id: found.id },
        data: {
          passwordHash: stale ? await hashPassword(DEMO_PASSWORD) : found.passwordHash,
          disabledAt: null,
          isPlatformAdmin: user.isPlatformAdmin,
        },
      });
    }
  }
  return ids;
}

/** Points the plan at the ids the users really have (a login may predate the seed). */
function remapUsers(plan: TenantPlan, ids: Map<string, string>): TenantPlan {
  if ([...ids].every(([planned, actual]) => planned === actual)) return plan;
  const map = <T extends string | null | undefined>(id: T): T => (id ? ((ids.get(id) ?? id) as T) : id);
  return {
    ...plan,
    employees: plan.employees.map((r) => ({ ...r, userId: map(r.userId) })),
    members: plan.members.map((r) => ({ ...r, userId: map(r.userId) })),
    areaLevels: plan.areaLevels.map((r) => ({
      ...r,
      assessedByUserId: map(r.assessedByUserId),
      validatedByUserId: map(r.validatedByUserId),
    })),
    competencyRatings: plan.competencyRatings.map((r) => ({ ...r, ratedByUserId: map(r.ratedByUserId) })),
    developmentActions: plan.developmentActions.map((r) => ({
      ...r,
      createdByUserId: map(r.createdByUserId),
    })),
  };
}

export function fingerprintOf(plan: TenantPlan, compliance?: SeedCompliance): string {
  const hash = createHash('sha256');
  hash.update(`format:${SEED_FORMAT}\n${JSON.stringify(plan.organisation)}\n`);
  for (const table of PLAN_TABLES) {
    hash.update(`${table}\n`);
    for (const row of plan[table]) hash.update(`${JSON.stringify(row)}\n`);
  }
  if (compliance) hash.update(`compliance\n${JSON.stringify(compliance)}\n`);
  return hash.digest('hex');
}

/** Deletes every tenant-owned row except audit events, children before parents. */
async function deleteTenantRows(tx: Tx, organisationId: string): Promise<void> {
  const where = { organisationId };
  await tx.managedTeam.deleteMany({ where });
  await tx.refreshToken.deleteMany({ where });
  await tx.invitation.deleteMany({ where });
  await tx.organisationMember.deleteMany({ where });
  await tx.developmentAction.deleteMany({ where });
  await tx.personCertificate.deleteMany({ where });
  await tx.teamRequirement.deleteMany({ where });
  await tx.roleAssignment.deleteMany({ where });
  await tx.roleDefinition.deleteMany({ where });
  await tx.ambition.deleteMany({ where });
  await tx.surroundingsContact.deleteMany({ where });
  await tx.competencyRating.deleteMany({ where });
  await tx.areaLevel.deleteMany({ where });
  await tx.teamMembership.deleteMany({ where });
  await tx.employee.deleteMany({ where });
  await tx.team.deleteMany({ where });
  await tx.site.deleteMany({ where });
}

const TABLE_NAMES: Record<PlanTable, string> = {
  sites: 'Site',
  teams: 'Team',
  employees: 'Employee',
  teamMemberships: 'TeamMembership',
  areaLevels: 'AreaLevel',
  competencyRatings: 'CompetencyRating',
  surroundingsContacts: 'SurroundingsContact',
  ambitions: 'Ambition',
  roleDefinitions: 'RoleDefinition',
  roleAssignments: 'RoleAssignment',
  teamRequirements: 'TeamRequirement',
  developmentActions: 'DevelopmentAction',
  members: 'OrganisationMember',
  managedTeams: 'ManagedTeam',
};
const BULK_BATCH = 5_000;

/**
 * Inserts rows as JSON through json_populate_recordset, which converts every value to the
 * column's type (uuid, enums, timestamp(3), date, jsonb) in PostgreSQL itself. Rows are grouped
 * by the keys they carry, so a key a row leaves out keeps its column default instead of becoming
 * NULL; `updatedAt` (set by Prisma, not by the database) gets now().
 */
async function bulkInsert(tx: Tx, table: PlanTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const name = TABLE_NAMES[table];
  const [{ present } = { present: false }] = await tx.$queryRawUnsafe<Array<{ present: boolean }>>(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 AND column_name = 'updatedAt') AS present`,
    name,
  );
  const groups = new Map<string, object[]>();
  for (const row of rows) {
    const signature = Object.keys(row).sort().join(',');
    const group = groups.get(signature);
    if (group) group.push(row);
    else groups.set(signature, [row]);
  }
  for (const [signature, group] of groups) {
    const columns = signature.split(',');
    const stamp = present && !columns.includes('updatedAt');
    const quoted = columns.map((column) => `"${column}"`);
    const target = [...quoted, ...(stamp ? ['"updatedAt"'] : [])].join(', ');
    const source = [...quoted, ...(stamp ? ['now()'] : [])].join(', ');
    const sql = `INSERT INTO "${name}" (${target}) SELECT ${source} FROM json_populate_recordset(NULL::"${name}", $1::json)`;
    for (let i = 0; i < group.length; i += BULK_BATCH) {
      await tx.$executeRawUnsafe(sql, JSON.stringify(group.slice(i, i + BULK_BATCH)));
    }
  }
}

async function insertRows(tx: Tx, table: PlanTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Math.max(...rows.slice(0, 50).map((row) => Object.keys(row).length));
  const size = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, columns)));
  for (let i = 0; i < rows.length; i += size) {
    await createMany(tx, table, rows.slice(i, i + size));
  }
}

// The casts are safe: every row comes from the plan's matching, typed array.
async function createMany(tx: Tx, table: PlanTable, data: object[]): Promise<void> {
  switch (table) {
    case 'sites':
      await tx.site.createMany({ data: data as Prisma.SiteCreateManyInput[] });
      return;
    case 'teams':
      await tx.team.createMany({ data: data as Prisma.TeamCreateManyInput[] });
      return;
    case 'employees':
      await tx.employee.createMany({ data: data as Prisma.EmployeeCreateManyInput[] });
      return;
    case 'teamMemberships':
      await tx.teamMembership.createMany({ data: data as Prisma.TeamMembershipCreateManyInput[] });
      return;
    case 'areaLevels':
      await tx.areaLevel.createMany({ data: data as Prisma.AreaLevelCreateManyInput[] });
      return;
    case 'competencyRatings':
      await tx.competencyRating.createMany({ data: data as Prisma.CompetencyRatingCreateManyInput[] });
      return;
    case 'surroundingsContacts':
      await tx.surroundingsContact.createMany({ data: data as Prisma.SurroundingsContactCreateManyInput[] });
      return;
    case 'ambitions':
      await tx.ambition.createMany({ data: data as Prisma.AmbitionCreateManyInput[] });
      return;
    case 'roleDefinitions':
      await tx.roleDefinition.createMany({ data: data as Prisma.RoleDefinitionCreateManyInput[] });
      return;
    case 'roleAssignments':
      await tx.roleAssignment.createMany({ data: data as Prisma.RoleAssignmentCreateManyInput[] });
      return;
    case 'teamRequirements':
      await tx.teamRequirement.createMany({ data: data as Prisma.TeamRequirementCreateManyInput[] });
      return;
    case 'developmentActions':
      await tx.developmentAction.createMany({ data: data as Prisma.DevelopmentActionCreateManyInput[] });
      return;
    case 'members':
      await tx.organisationMember.createMany({ data: data as Prisma.OrganisationMemberCreateManyInput[] });
      return;
    case 'managedTeams':
      await tx.managedTeam.createMany({ data: data as Prisma.ManagedTeamCreateManyInput[] });
      return;
  }
}
