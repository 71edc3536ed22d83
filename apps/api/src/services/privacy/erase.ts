import type { TEraseResult } from '@teamspiegel/domain/api/privacy';
import { writeAudit } from '../../lib/audit.ts';
import { fullName } from '../../lib/people.ts';
import { conflict, notFound, unprocessable } from '../../lib/problem.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';

/**
 * AVG (GDPR) for one person of one organisation:
 * - `eraseEmployee`: erasure of a leaver in one transaction — personal data replaced, free texts
 *   and the tables that are personal by nature (contacts, ambitions) deleted, the anonymous
 *   aggregates (levels, memberships, actions) kept, the login disabled and the audit trail redacted
 *   (rows, ids, entity ids, actions and times stay: only personal strings are replaced).
 * Every query is scoped by the organisation; no other organisation's row is read or touched
 * (except the person's own login when it belongs to this organisation only).
 */

export const REDACTED = '[verwijderd]';

// ---------------------------------------------------------------------------------------------
// Redaction helpers

/** Escapes a literal for a PostgreSQL ARE (backslash before every non-alphanumeric character). */
function pgRegexLiteral(value: string): string {
  return value.replace(/[^\p{L}\p{N}\s]/gu, '\\$&');
}

function jsRegexLiteral(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const uniqueStrings = (values: Array<string | null | undefined>, minLength: number) =>
  [...new Set(values.map((value) => value?.trim() ?? '').filter((value) => value.length >= minLength))].sort(
    (a, b) => b.length - a.length,
  );

/** Keys whose string values are personal when the object is about the person. */
const PERSONAL_KEYS = new Set([
  'firstName',
  'lastName',
  'fullName',
  'name',
  'email',
  'employeeName',
  'jobTitle',
  'partnerName',
  'description',
  'motivation',
  'comment',
  'notes',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Redactor = {
  /** Redacts one audit JSON value; `aboutRow` when the whole row concerns the person. */
  json: (value: Json, aboutRow: boolean) => Json;
};

/**
 * Strong strings (full name, e-mail addresses) are replaced wherever they occur; weak strings
 * (first or last name alone, partner names, motivations…) only inside rows or objects about the
 * person, so namesakes elsewhere in the trail keep their data.
 */
export function redactor(input: { personIds: Set<string>; strong: string[]; weak: string[] }): Redactor {
  const strong = input.strong.length ? new RegExp(input.strong.map(jsRegexLiteral).join('|'), 'giu') : null;
  const weak = input.weak.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${input.weak.map(jsRegexLiteral).join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      )
    : null;
  const redactString = (value: string, about: boolean) => {
    let out = strong ? value.replace(strong, REDACTED) : value;
    if (about && weak) out = out.replace(weak, REDACTED);
    return out;
  };
  const isAboutObject = (value: { [key: string]: Json }) =>
    ['id', 'employeeId', 'userId'].some((key) => {
      const id = value[key];
      return typeof id === 'string' && input.personIds.has(id);
    });
  const walk = (value: Json, about: boolean): Json => {
    if (typeof value === 'string') return redactString(value, about);
    if (Array.isArray(value)) return value.map((item) => walk(item, about));
    if (value === null || typeof value !== 'object') return value;
    const objectAbout = about || isAboutObject(value);
    const out: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) {
      if (objectAbout && PERSONAL_KEYS.has(key) && typeof item === 'string') out[key] = REDACTED;
      else out[key] = walk(item, objectAbout);
    }
    // The employee object itself: employment dates are personal too.
    if (typeof value.id === 'string' && input.personIds.has(value.id) && 'startDate' in value) {
      out.startDate = null;
    }
    return out;
  };
  return { json: walk };
}

// ---------------------------------------------------------------------------------------------
// Erasure

function normalise(value: string) {
  return value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

function quoteIdent(name: string) {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Replaces strong personal strings in every text and JSON column of every table of this
 * organisation (found through information_schema, so new tables are covered too), except the
 * audit trail (redacted separately) — e.g. a development action titled with the person's name,
 * or someone else's note mentioning them. Returns the number of rows changed.
 */
async function redactFreeText(tx: Tx, organisationId: string, strong: string[]): Promise<number> {
  if (strong.length === 0) return 0;
  const textPattern = strong.map(pgRegexLiteral).join('|');
  // Strings with characters JSON escapes would not match the JSON text literally: skip them there.
  const jsonSafe = strong.filter((value) => !/["\\\p{Cc}]/u.test(value));
  const jsonPattern = jsonSafe.map(pgRegexLiteral).join('|');
  const columns = await tx.$queryRaw<Array<{ table: string; column: string; type: string }>>`
    SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "type"
    FROM information_schema.columns c
    JOIN information_schema.tables t
      ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public'
      AND c.data_type IN ('text', 'character varying', 'json', 'jsonb')
      AND c.table_name <> 'AuditEvent'
      AND EXISTS (
        SELECT 1 FROM information_schema.columns o
        WHERE o.table_schema = 'public' AND o.table_name = c.table_name AND o.column_name = 'organisationId'
      )
    ORDER BY c.table_name, c.column_name`;
  const byTable = new Map<string, Array<{ column: string; json: boolean }>>();
  for (const row of columns) {
    const json = row.type === 'json' || row.type === 'jsonb';
    if (json && jsonPattern.length === 0) continue;
    let list = byTable.get(row.table);
    if (!list) {
      list = [];
      byTable.set(row.table, list);
    }
    list.push({ column: row.column, json });
  }
  let changed = 0;
  for (const [table, cols] of byTable) {
    const params: string[] = [organisationId];
    const param = (value: string) => {
      const index = params.indexOf(value, 1);
      if (index > 0) return `$${index + 1}::text`;
      params.push(value);
      return `$${params.length}::text`;
    };
    const sets: string[] = [];
    const conditions: string[] = [];
    for (const { column, json } of cols) {
      const col = quoteIdent(column);
      if (json) {
        const type = columns.find((c) => c.table === table && c.column === column)?.type ?? 'jsonb';
        const pattern = param(jsonPattern);
        sets.push(
          `${col} = CASE WHEN ${col}::text ~* ${pattern} THEN regexp_replace(${col}::text, ${pattern}, '${REDACTED}', 'gi')::${type} ELSE ${col} END`,
        );
        conditions.push(`${col}::text ~* ${pattern}`);
      } else {
        const pattern = param(textPattern);
        sets.push(
          `${col} = CASE WHEN ${col} ~* ${pattern} THEN regexp_replace(${col}, ${pattern}, '${REDACTED}', 'gi') ELSE ${col} END`,
        );
        conditions.push(`${col} ~* ${pattern}`);
      }
    }
    changed += await tx.$executeRawUnsafe(
      `UPDATE ${quoteIdent(table)} SET ${sets.join(', ')} WHERE "organisationId" = $1::uuid AND (${conditions.join(' OR ')})`,
      ...params,
    );
  }
  return changed;
}

export async function eraseEmployee(
  db: Db,
  actor: Actor,
  employeeId: string,
  confirm: string,
): Promise<TEraseResult> {
  const organisationId = actor.organisationId;
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "Employee" WHERE id = ${employeeId}::uuid AND "organisationId" = ${organisationId}::uuid
        FOR UPDATE`;
      if (locked.length === 0) throw notFound('Employee');
      const employee = await tx.employee.findFirstOrThrow({
        where: { organisationId, id: employeeId },
        include: {
          user: { select: { id: true, email: true, name: true } },
          surroundingsContacts: { select: { id: true, partnerName: true, description: true } },
          ambitions: { select: { id: true, motivation: true } },
          areaLevels: { select: { id: true, comment: true } },
          developmentActions: { select: { id: true, notes: true } },
          memberships: { select: { id: true } },
          competencyRatings: { select: { id: true } },
          roleAssignments: { select: { id: true } },
        },
      });
      if (employee.erasedAt) throw conflict('employee_already_erased', 'This person was erased already.');
      if (employee.active) {
        throw conflict(
          'employee_still_active',
          'Only leavers can be erased: deactivate the employee (and end their memberships) first.',
        );
      }
      if (normalise(confirm) !== normalise(fullName(employee))) {
        throw unprocessable('confirmation_mismatch', 'Type the full name of the person to confirm.', [
          { path: 'body.confirm', message: 'Does not match the full name' },
        ]);
      }

      const members = await tx.organisationMember.findMany({
        where: {
          organisationId,
          OR: [{ employeeId }, ...(employee.userId ? [{ userId: employee.userId }] : [])],
        },
        select: { id: true, userId: true },
      });
      const userId = employee.userId ?? members[0]?.userId ?? null;
      const user = employee.user ?? (userId ? await tx.user.findUnique({ where: { id: userId } }) : null);
      const invitations = await tx.invitation.findMany({
        where: {
          organisationId,
          OR: [
            { employeeId },
            { email: { equals: employee.email, mode: 'insensitive' } },
            ...(user ? [{ email: { equals: user.email, mode: 'insensitive' as const } }] : []),
          ],
        },
        select: { id: true, name: true, email: true },
      });

      const strong = uniqueStrings(
        [
          fullName(employee),
          `${employee.lastName}, ${employee.firstName}`,
          employee.email,
          user?.email,
          user && user.name.length >= 4 ? user.name : null,
          ...invitations.flatMap((row) => [row.email, row.name.length >= 4 ? row.name : null]),
        ],
        3,
      );
      const weak = uniqueStrings(
        [
          employee.firstName,
          employee.lastName,
          employee.jobTitle,
          ...employee.surroundingsContacts.flatMap((row) => [row.partnerName, row.description]),
          ...employee.ambitions.map((row) => row.motivation),
          ...employee.areaLevels.map((row) => row.comment),
          ...employee.developmentActions.map((row) => row.notes),
        ],
        2,
      );

      // 1. Free texts and personal-by-nature rows.
      const contacts = await tx.surroundingsContact.deleteMany({ where: { organisationId, employeeId } });
      const ambitions = await tx.ambition.deleteMany({ where: { organisationId, employeeId } });
      const levelComments = await tx.areaLevel.updateMany({
        where: { organisationId, employeeId, comment: { not: null } },
        data: { comment: null },
      });
      const actionNotes = await tx.developmentAction.updateMany({
        where: { organisationId, employeeId, notes: { not: null } },
        data: { notes: null },
      });
      // 2. The name and e-mail in any other text of this organisation (action titles, notes…).
      const otherTextFields = await redactFreeText(tx, organisationId, strong);

      // 3. The person's own rows.
      const erasedAt = new Date();
      await tx.employee.update({
        where: { id: employeeId },
        data: {
          firstName: 'Verwijderd',
          lastName: 'medewerker',
          email: `verwijderd+${employeeId}@invalid.teamspiegel`,
          jobTitle: null,
          startDate: null,
          erasedAt,
          active: false,
          userId: null,
          version: { increment: 1 },
        },
      });
      for (const invitation of invitations) {
        await tx.invitation.update({
          where: { id: invitation.id },
          data: { name: 'Verwijderd', email: `verwijderd+${invitation.id}@invalid.teamspiegel` },
        });
      }
      await tx.invitation.updateMany({
        where: { id: { in: invitations.map((row) => row.id) }, acceptedAt: null, revokedAt: null },
        data: { revokedAt: erasedAt },
      });

      // 4. The login: membership of this organisation removed; the user itself disabled and
      //    anonymised when it belongs to no other organisation.
      let login: TEraseResult['login'] = 'none';
      await tx.organisationMember.updateMany({
        where: { organisationId, employeeId, ...(userId ? { userId: { not: userId } } : {}) },
        data: { employeeId: null },
      });
      if (userId) {
        await tx.organisationMember.deleteMany({ where: { organisationId, userId } });
        const elsewhere = await tx.organisationMember.count({ where: { userId } });
        if (elsewhere === 0) {
          await tx.user.update({
            where: { id: userId },
            data: {
              name: 'Verwijderd',
              email: `verwijderd+${userId}@invalid.teamspiegel`,
              passwordHash: null,
              disabledAt: erasedAt,
            },
          });
          await tx.refreshToken.updateMany({
            where: { userId, revokedAt: null },
            data: { revokedAt: erasedAt },
          });
          login = 'disabled';
        } else {
          await tx.refreshToken.updateMany({
            where: { userId, organisationId, revokedAt: null },
            data: { revokedAt: erasedAt },
          });
          login = 'unlinked';
        }
      }

      // 5. The audit trail of this organisation: personal strings replaced, rows kept.
      const personIds = new Set<string>([
        employeeId,
        ...(userId ? [userId] : []),
        ...members.map((row) => row.id),
        ...invitations.map((row) => row.id),
      ]);
      const aboutIds = [
        ...personIds,
        ...employee.memberships.map((row) => row.id),
        ...employee.areaLevels.map((row) => row.id),
        ...employee.competencyRatings.map((row) => row.id),
        ...employee.surroundingsContacts.map((row) => row.id),
        ...employee.ambitions.map((row) => row.id),
        ...employee.roleAssignments.map((row) => row.id),
        ...employee.developmentActions.map((row) => row.id),
      ];
      const searchPattern = [...strong, ...weak, ...personIds].map(pgRegexLiteral).join('|');
      const candidates = await tx.$queryRaw<
        Array<{ id: string; entityId: string; before: Json; after: Json }>
      >`
        SELECT id::text, "entityId", before, after FROM "AuditEvent"
        WHERE "organisationId" = ${organisationId}::uuid
          AND ("entityId" = ANY(${aboutIds}::text[])
               OR before::text ~* ${searchPattern}
               OR after::text ~* ${searchPattern})`;
      const redact = redactor({ personIds, strong, weak });
      const aboutSet = new Set(aboutIds);
      const changes: Array<{ id: string; before: Json; after: Json }> = [];
      for (const row of candidates) {
        const about = aboutSet.has(row.entityId);
        const before = row.before === null ? null : redact.json(row.before, about);
        const after = row.after === null ? null : redact.json(row.after, about);
        if (
          JSON.stringify(before) !== JSON.stringify(row.before) ||
          JSON.stringify(after) !== JSON.stringify(row.after)
        ) {
          changes.push({ id: row.id, before, after });
        }
      }
      if (changes.length > 0) {
        await tx.$executeRawUnsafe(`SET LOCAL teamspiegel.audit_maintenance = 'on'`);
        await tx.$executeRaw`
          UPDATE "AuditEvent" AS a SET before = r.before, after = r.after
          FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS r(id uuid, before jsonb, after jsonb)
          WHERE a.id = r.id AND a."organisationId" = ${organisationId}::uuid`;
        await tx.$executeRawUnsafe(`SET LOCAL teamspiegel.audit_maintenance = 'off'`);
      }

      const result: TEraseResult = {
        employeeId,
        erasedAt: erasedAt.toISOString(),
        removed: {
          surroundingsContacts: contacts.count,
          ambitions: ambitions.count,
          levelComments: levelComments.count,
          actionNotes: actionNotes.count,
        },
        anonymised: {
          developmentActions: employee.developmentActions.length,
          invitations: invitations.length,
          auditEvents: changes.length,
          otherTextFields,
        },
        login,
      };
      // 6. The erasure itself, without personal data.
      await writeAudit(tx, actor, {
        entity: 'Employee',
        entityId: employeeId,
        action: 'erase',
        after: result,
      });
      return result;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
