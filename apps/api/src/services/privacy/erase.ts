import type { TEraseResult } from '@teamspiegel/domain/api/privacy';
import { writeAudit } from '../../lib/audit.ts';
import { fullName } from '../../lib/people.ts';
import { conflict, notFound, unprocessable } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { redactIdentifierValues } from './identifier-values.ts';
import { type Json, normalise, ownRowIds, pgRegexLiteral, redactor, uniqueStrings } from './redaction.ts';

/**
 * AVG (GDPR) erasure of a leaver of one organisation, in one transaction: the person's own rows
 * are anonymised (personal-by-nature rows such as contacts and ambitions deleted, free texts
 * cleared, levels, memberships and actions kept as anonymous aggregates), the login disabled,
 * values elsewhere that *are* the person's full name or e-mail address replaced (see
 * identifier-values.ts: never a piece of someone else's text, never a hash), and the audit trail
 * redacted (rows, ids, entity ids, actions and times stay). The outcome says what was redacted.
 * Every query is scoped by the organisation; no other organisation's row is read or touched
 * (except the person's own login when it belongs to this organisation only).
 */

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
          developmentActions: { select: { id: true, notes: true, title: true } },
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

      // Exact identifiers only: display names ("Anna", an invitation's "Bea") are not identifiers.
      const identifiers = uniqueStrings(
        [
          fullName(employee),
          `${employee.lastName}, ${employee.firstName}`,
          employee.email,
          user?.email,
          ...invitations.map((row) => row.email),
        ],
        3,
      );
      // Replaced inside the person's own texts and audit objects only.
      const names = uniqueStrings(
        [
          employee.firstName,
          employee.lastName,
          employee.jobTitle,
          user?.name,
          ...invitations.map((row) => row.name),
          ...employee.surroundingsContacts.flatMap((row) => [row.partnerName, row.description]),
          ...employee.ambitions.map((row) => row.motivation),
          ...employee.areaLevels.map((row) => row.comment),
          ...employee.developmentActions.map((row) => row.notes),
        ],
        2,
      );
      const personIds = new Set<string>([
        employeeId,
        ...(userId ? [userId] : []),
        ...members.map((row) => row.id),
        ...invitations.map((row) => row.id),
      ]);
      const redact = redactor({ personIds, identifiers, names });

      // 1. Free texts and personal-by-nature rows.
      const contacts = await tx.surroundingsContact.deleteMany({ where: { organisationId, employeeId } });
      const ambitions = await tx.ambition.deleteMany({ where: { organisationId, employeeId } });
      // Certificates with their evidence (issue 14) are the person's own data.
      await tx.personCertificate.deleteMany({ where: { organisationId, employeeId } });
      // Her exemptions' reasons may be personal (rule 17): they go with her.
      await tx.requirementExemption.deleteMany({ where: { organisationId, employeeId } });
      // Her notifications and requests for training or coaching (issue 15) are hers alone too.
      await tx.notification.deleteMany({ where: { organisationId, employeeId } });
      await tx.developmentRequest.deleteMany({ where: { organisationId, employeeId } });
      const levelComments = await tx.areaLevel.updateMany({
        where: { organisationId, employeeId, comment: { not: null } },
        data: { comment: null },
      });
      const actionNotes = await tx.developmentAction.updateMany({
        where: { organisationId, employeeId, notes: { not: null } },
        data: { notes: null },
      });
      // 2. The titles of the person's own actions ("Cursus voor Anna de Vries").
      for (const action of employee.developmentActions) {
        const title = redact.ownText(action.title);
        if (title !== action.title)
          await tx.developmentAction.update({ where: tenantKey(organisationId, action.id), data: { title } });
      }

      // 3. The person's own rows.
      const erasedAt = new Date();
      await tx.employee.update({
        where: tenantKey(organisationId, employeeId),
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
          where: tenantKey(organisationId, invitation.id),
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

      // 5. Elsewhere in the organisation: values that are the person's full name or e-mail address.
      const fields = await redactIdentifierValues(tx, organisationId, identifiers, redact);

      // 6. The audit trail of this organisation: personal strings replaced, rows kept.
      const aboutIds = [...personIds, ...ownRowIds(employee)];
      const searchPattern = [...identifiers, ...names, ...personIds].map(pgRegexLiteral).join('|');
      const candidates = await tx.$queryRaw<
        Array<{ id: string; entityId: string; before: Json; after: Json }>
      >`
        SELECT id::text, "entityId", before, after FROM "AuditEvent"
        WHERE "organisationId" = ${organisationId}::uuid
          AND ("entityId" = ANY(${aboutIds}::text[])
               OR before::text ~* ${searchPattern}
               OR after::text ~* ${searchPattern})`;
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
          otherTextFields: fields.reduce((sum, field) => sum + field.rows, 0),
        },
        redacted: {
          identifiers: [
            'full_name',
            ...(identifiers.some((value) => value.includes('@')) ? (['email'] as const) : []),
          ],
          fields,
        },
        login,
      };
      // 7. The erasure itself, without personal data.
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
