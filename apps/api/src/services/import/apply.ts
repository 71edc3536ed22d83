import { randomUUID } from 'node:crypto';
import type { TImportReport } from '@teamspiegel/domain/api/imports';
import { type AuditEventInput, writeAudit, writeAudits } from '../../lib/audit.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { recordedCertificateStatus } from '../certificates.ts';
import { collectGarbage } from './memory.ts';
import type { ImportPlan, PlannedRow } from './validate.ts';
import type { PlannedCertificate } from './validate-certificates.ts';

/** Rows applied between two progress updates (each chunk is a handful of set-based statements). */
export const PROGRESS_EVERY = 500;

/** Chunks between two garbage collections (see memory.ts). */
const GC_EVERY_CHUNKS = 4;

/** Rows per INSERT … SELECT FROM json_populate_recordset (one parameter, so no bind-parameter limit). */
const INSERT_BATCH = 5_000;

export type ApplyOptions = {
  fileName: string;
  jobId: string;
  /** Called after every chunk, outside the transaction (a separate query on the pool). */
  onProgress: (processedRows: number) => Promise<void>;
};

type Table = 'Site' | 'Team' | 'Employee' | 'TeamMembership' | 'AreaLevel' | 'PersonCertificate';

/**
 * Inserts rows (all with the same keys) in set-based statements: PostgreSQL converts every JSON
 * value to its column's type (uuid, enum, date, timestamp). `updatedAt` gets now() where the table has one.
 */
async function insertRows(tx: Tx, table: Table, rows: readonly Record<string, unknown>[]) {
  const first = rows[0];
  if (!first) return 0;
  const columns = Object.keys(first).map((column) => `"${column}"`);
  const stamp = table !== 'AreaLevel';
  const target = [...columns, ...(stamp ? ['"updatedAt"'] : [])].join(', ');
  const source = [...columns, ...(stamp ? ['now()'] : [])].join(', ');
  const sql = `INSERT INTO "${table}" (${target}) SELECT ${source} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  let count = 0;
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    count += await tx.$executeRawUnsafe(sql, JSON.stringify(rows.slice(start, start + INSERT_BATCH)));
  }
  return count;
}

/** Thrown when the data changed between validation and apply (the whole import rolls back). */
export class ImportConflictError extends Error {
  readonly code = 'import_conflict';
}

/**
 * Applies a validated plan in ONE transaction, set-based (a few statements per chunk, none per
 * row): new sites and teams, employees (created or updated), memberships and levels (a changed
 * level closes the open row and opens a new one, so history is kept), with batched audit rows per
 * created site, team, membership, certificate and created or updated employee, and one `Import`
 * summary row. Certificates are validated, as when hr records one; the coverage change log is the
 * database's (its statement triggers), as for every write.
 * Any failure rolls everything back. A plan that changes nothing writes nothing, not even audit rows.
 */
export async function applyImport(
  db: Db,
  actor: Pick<Actor, 'organisationId' | 'userId'>,
  plan: ImportPlan,
  options: ApplyOptions,
): Promise<TImportReport> {
  const started = Date.now();
  const { organisationId } = actor;
  const report = {
    created: 0,
    updated: 0,
    memberships: 0,
    levelChanges: 0,
    sites: 0,
    teams: 0,
    certificates: 0,
  };

  await db.$transaction(
    async (tx: Tx) => {
      report.sites = await insertRows(
        tx,
        'Site',
        plan.sites.map((site) => ({ id: site.id, organisationId, name: site.name })),
      );
      report.teams = await insertRows(
        tx,
        'Team',
        plan.teams.map((team) => ({
          id: team.id,
          organisationId,
          siteId: team.siteId,
          name: team.name,
          kind: team.kind,
        })),
      );
      await writeAudits(tx, actor, [
        ...plan.sites.map((site) => ({
          entity: 'Site',
          entityId: site.id,
          action: 'create',
          after: { name: site.name, source: 'import' },
        })),
        ...plan.teams.map((team) => ({
          entity: 'Team',
          entityId: team.id,
          action: 'create',
          after: { siteId: team.siteId, name: team.name, kind: team.kind, source: 'import' },
        })),
      ]);

      for (let start = 0; start < plan.rows.length; start += PROGRESS_EVERY) {
        const chunk = plan.rows.slice(start, start + PROGRESS_EVERY);
        const counts = await applyChunk(tx, actor, chunk);
        report.created += counts.created;
        report.updated += counts.updated;
        report.memberships += counts.memberships;
        report.levelChanges += counts.levelChanges;
        await options.onProgress(Math.min(start + chunk.length, plan.rows.length));
        if ((start / PROGRESS_EVERY) % GC_EVERY_CHUNKS === GC_EVERY_CHUNKS - 1) collectGarbage();
      }

      // Certificates after the people: a certificate may belong to someone this file creates.
      for (let start = 0; start < plan.certificates.length; start += PROGRESS_EVERY) {
        const chunk = plan.certificates.slice(start, start + PROGRESS_EVERY);
        report.certificates += await applyCertificates(tx, actor, chunk);
        await options.onProgress(plan.rows.length + Math.min(start + chunk.length, plan.certificates.length));
      }

      const changed = Object.values(report).some((count) => count > 0);
      if (changed) {
        await writeAudit(tx, actor, {
          entity: 'Import',
          entityId: options.jobId,
          action: 'import',
          after: { fileName: options.fileName, rows: plan.rows.length, ...report },
        });
      }
    },
    { maxWait: 10_000, timeout: 15 * 60_000 },
  );

  return { ...report, durationMs: Date.now() - started };
}

async function applyChunk(tx: Tx, actor: Pick<Actor, 'organisationId' | 'userId'>, chunk: PlannedRow[]) {
  const { organisationId } = actor;
  const audit: AuditEventInput[] = [];
  const employeeIds = new Map<string, string>();

  // New employees: ids chosen here, so memberships and levels can refer to them without a read back.
  const fresh = chunk
    .filter((row) => row.existing === null)
    .map((row) => ({
      id: row.employeeId,
      organisationId,
      email: row.email,
      firstName: row.fields.firstName ?? '',
      lastName: row.fields.lastName ?? '',
      jobTitle: row.fields.jobTitle ?? null,
      fte: row.fields.fte ?? 1,
      active: row.fields.active ?? true,
    }));
  const created = await insertRows(tx, 'Employee', fresh);
  for (const employee of fresh) {
    employeeIds.set(employee.email, employee.id);
    const { organisationId: _organisationId, ...after } = employee;
    audit.push({
      entity: 'Employee',
      entityId: employee.id,
      action: 'create',
      after: { ...after, source: 'import' },
    });
  }

  // Existing employees: only the fields that change, in one UPDATE (NULL keeps the value).
  const updates: Array<Record<string, unknown>> = [];
  for (const row of chunk) {
    if (!row.existing) continue;
    employeeIds.set(row.email, row.existing.id);
    if (Object.keys(row.fields).length === 0) continue;
    updates.push({ id: row.existing.id, organisationId, ...row.fields });
    audit.push({
      entity: 'Employee',
      entityId: row.existing.id,
      action: 'update',
      before: row.existing.before,
      after: { ...row.fields, source: 'import' },
    });
  }
  if (updates.length > 0) {
    const updated = await tx.$executeRawUnsafe(
      `UPDATE "Employee" AS e SET
         "firstName" = COALESCE(v."firstName", e."firstName"),
         "lastName" = COALESCE(v."lastName", e."lastName"),
         "jobTitle" = COALESCE(v."jobTitle", e."jobTitle"),
         "fte" = COALESCE(v."fte", e."fte"),
         "active" = COALESCE(v."active", e."active"),
         "version" = e."version" + 1,
         "updatedAt" = now()
       FROM json_populate_recordset(NULL::"Employee", $1::json) AS v
       WHERE e."organisationId" = v."organisationId" AND e."id" = v."id"`,
      JSON.stringify(updates),
    );
    if (updated !== updates.length)
      throw new ImportConflictError('An employee was removed during the import.');
  }

  const memberships = chunk.flatMap((row) => {
    const employeeId = employeeIds.get(row.email);
    if (!employeeId) return [];
    return row.memberships.map((membership) => ({
      id: randomUUID(),
      organisationId,
      employeeId,
      teamId: membership.teamId,
      startDate: membership.startDate.toISOString().slice(0, 10),
      fte: membership.fteShare,
    }));
  });
  const membershipCount = await insertRows(tx, 'TeamMembership', memberships);
  for (const { id, organisationId: _organisationId, ...after } of memberships) {
    audit.push({
      entity: 'TeamMembership',
      entityId: id,
      action: 'create',
      after: { ...after, source: 'import' },
    });
  }

  // Levels: a changed level closes the open row (one UPDATE for the chunk), then every new level
  // opens a row in the shape recordAreaLevel gives it. The unique open-row index refuses a level
  // opened concurrently; a level closed concurrently makes the count differ: both roll back.
  const at = new Date().toISOString();
  const levels = {
    id: [] as string[],
    employeeId: [] as string[],
    area: [] as string[],
    level: [] as string[],
  };
  const closing: Array<Record<string, unknown>> = [];
  for (const row of chunk) {
    const employeeId = employeeIds.get(row.email);
    if (!employeeId) continue;
    for (const { area, level, current } of row.levels) {
      if (current !== null) closing.push({ organisationId, employeeId, area });
      levels.id.push(randomUUID());
      levels.employeeId.push(employeeId);
      levels.area.push(area);
      levels.level.push(level);
    }
  }
  if (closing.length > 0) {
    const closed = await tx.$executeRawUnsafe(
      `UPDATE "AreaLevel" AS a SET "validTo" = $2::timestamp, "isCurrent" = NULL
       FROM json_populate_recordset(NULL::"AreaLevel", $1::json) AS v
       WHERE a."organisationId" = v."organisationId" AND a."employeeId" = v."employeeId"
         AND a."area" = v."area" AND a."isCurrent"`,
      JSON.stringify(closing),
      at,
    );
    if (closed !== closing.length) {
      throw new ImportConflictError('A level was changed during the import; import the file again.');
    }
  }
  // Column arrays rather than JSON objects: the levels are most of an import's rows, and the
  // values they share are sent once.
  const levelChanges =
    levels.id.length === 0
      ? 0
      : await tx.$executeRawUnsafe(
          `INSERT INTO "AreaLevel" ("id", "organisationId", "employeeId", "area", "level", "status", "validFrom",
             "validTo", "isCurrent", "assessedByUserId", "validatedByUserId", "validatedAt", "comment")
           SELECT u.id, $5::uuid, u."employeeId", u.area::"Area", u.level::"Level", 'validated', $6::timestamp,
             NULL, TRUE, $7::uuid, $7::uuid, $6::timestamp, 'import'
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS u(id, "employeeId", area, level)`,
          levels.id,
          levels.employeeId,
          levels.area,
          levels.level,
          organisationId,
          at,
          actor.userId,
        );

  // One audit row per created or updated employee and per membership, in one batch per chunk.
  await writeAudits(tx, actor, audit);
  return { created, updated: updates.length, memberships: membershipCount, levelChanges };
}

/**
 * Records a chunk of certificates (validated, recorded by the importer) in one statement, with one
 * audit row each. The change log's statement trigger on PersonCertificate names their holders.
 */
async function applyCertificates(
  tx: Tx,
  actor: Pick<Actor, 'organisationId' | 'userId'>,
  chunk: PlannedCertificate[],
): Promise<number> {
  const { organisationId } = actor;
  const recorded = recordedCertificateStatus(actor, true, new Date());
  const rows = chunk.map((certificate) => ({
    id: randomUUID(),
    organisationId,
    employeeId: certificate.employeeId,
    certificateTypeId: certificate.certificateTypeId,
    obtainedOn: certificate.obtainedOn,
    expiresOn: certificate.expiresOn,
    evidenceNumber: certificate.evidenceNumber,
    issuer: certificate.issuer,
    ...recorded,
    validatedAt: recorded.validatedAt?.toISOString() ?? null,
  }));
  const count = await insertRows(tx, 'PersonCertificate', rows);
  await writeAudits(
    tx,
    actor,
    rows.map(({ id, organisationId: _organisationId, ...after }) => ({
      entity: 'PersonCertificate',
      entityId: id,
      action: 'create',
      after: { ...after, source: 'import' },
    })),
  );
  return count;
}
