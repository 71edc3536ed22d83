import { randomUUID } from 'node:crypto';
import type { Actor } from '../plugins/app/auth.ts';
import type { Tx } from '../plugins/app/prisma.ts';
import { notFound } from './problem.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Dates → ISO strings, so before/after land in the JSON columns as the API shows them. */
export function toAuditJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

const AUDIT_BATCH = 5_000;

export type AuditEventInput = {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends AuditEvents. Always called with the transaction of the change itself, so a change and
 * its audit rows commit or fail together. It also bumps the organisation's dataVersion once,
 * which is what invalidates cached coverage (services/coverage-snapshot.ts).
 */
export async function writeAudits(
  tx: Tx,
  actor: Pick<Actor, 'organisationId' | 'userId'>,
  events: readonly AuditEventInput[],
) {
  if (events.length === 0) return;
  // One set-based INSERT per batch (PostgreSQL converts the JSON to uuid/jsonb/timestamp): a large
  // import writes tens of thousands of rows, which createMany turns into seconds.
  const createdAt = new Date().toISOString();
  const rows = events.map((event) => ({
    id: randomUUID(),
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before: event.before === undefined ? null : toAuditJson(event.before),
    after: event.after === undefined ? null : toAuditJson(event.after),
    createdAt,
  }));
  const insert = `INSERT INTO "AuditEvent" ("id", "organisationId", "actorUserId", "entity", "entityId", "action", "before", "after", "createdAt")
       SELECT "id", "organisationId", "actorUserId", "entity", "entityId", "action", "before", "after", "createdAt"
       FROM json_populate_recordset(NULL::"AuditEvent", $1::json)`;
  for (let start = 0; start < rows.length; start += AUDIT_BATCH) {
    const batch = JSON.stringify(rows.slice(start, start + AUDIT_BATCH));
    if (start + AUDIT_BATCH < rows.length) {
      await tx.$executeRawUnsafe(insert, batch);
      continue;
    }
    // The last batch and the version bump in one statement: one round trip less on every write.
    const bumped = await tx.$executeRawUnsafe(
      `WITH audited AS (${insert})
       UPDATE "Organisation" SET "dataVersion" = "dataVersion" + 1, "updatedAt" = $2::timestamp WHERE id = $3::uuid`,
      batch,
      createdAt,
      actor.organisationId,
    );
    if (bumped !== 1) throw notFound('Organisation');
  }
}

/** One audit row (see writeAudits). */
export function writeAudit(tx: Tx, actor: Pick<Actor, 'organisationId' | 'userId'>, event: AuditEventInput) {
  return writeAudits(tx, actor, [event]);
}
