import type { TDataExport } from '@teamspiegel/domain/api/privacy';
import { isoDate, isoDateTime } from '../../lib/http.ts';
import { notFound } from '../../lib/problem.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { ambitionSnapshotRedactor, mayReadMotivation } from '../ambition-privacy.ts';
import { ownRowIds } from './redaction.ts';

/**
 * AVG (GDPR) right of access: everything Teamspiegel holds about one person of one organisation,
 * as JSON (never a password or token hash). What the viewer may not read (an ambition's
 * motivation the person keeps to themselves) is withheld by the same rule as everywhere else;
 * the person's own export keeps it all. Every query is scoped by the viewer's organisation.
 */

export async function dataExport(
  db: Db | Tx,
  viewer: Pick<Actor, 'organisationId' | 'role' | 'employeeId'>,
  employeeId: string,
): Promise<TDataExport> {
  const organisationId = viewer.organisationId;
  const employee = await db.employee.findFirst({
    where: { organisationId, id: employeeId },
    include: {
      organisation: { select: { id: true, name: true } },
      memberships: { include: { team: { select: { name: true } } }, orderBy: { startDate: 'asc' } },
      areaLevels: { orderBy: [{ validFrom: 'desc' }, { area: 'asc' }] },
      competencyRatings: { orderBy: { competency: 'asc' } },
      surroundingsContacts: { orderBy: [{ circle: 'asc' }, { partnerName: 'asc' }] },
      ambitions: { orderBy: { createdAt: 'asc' } },
      roleAssignments: {
        include: {
          roleDefinition: { select: { key: true, labelNl: true, labelEn: true } },
          team: { select: { name: true } },
        },
        orderBy: { startDate: 'asc' },
      },
      developmentActions: { orderBy: { createdAt: 'asc' } },
      developmentRequests: { orderBy: { createdAt: 'asc' } },
      notifications: { orderBy: { createdAt: 'asc' } },
      invitations: { orderBy: { createdAt: 'asc' } },
      user: { select: { id: true, email: true, name: true, disabledAt: true, createdAt: true } },
    },
  });
  if (!employee) throw notFound('Employee');

  const members = await db.organisationMember.findMany({
    where: {
      organisationId,
      OR: [{ employeeId }, ...(employee.userId ? [{ userId: employee.userId }] : [])],
    },
    select: { id: true, role: true },
  });
  const aboutIds = [
    employee.id,
    ...(employee.userId ? [employee.userId] : []),
    ...members.map((row) => row.id),
    ...ownRowIds(employee),
    ...employee.invitations.map((row) => row.id),
  ];
  const auditRows = await db.$queryRaw<
    Array<{
      id: string;
      entity: string;
      entityId: string;
      action: string;
      actorUserId: string | null;
      before: unknown;
      after: unknown;
      createdAt: Date;
    }>
  >`
    SELECT id::text, entity, "entityId", action, "actorUserId"::text AS "actorUserId", before, after, "createdAt"
    FROM "AuditEvent"
    WHERE "organisationId" = ${organisationId}::uuid
      AND ("entityId" = ANY(${aboutIds}::text[])
           OR before->>'employeeId' = ${employeeId}
           OR after->>'employeeId' = ${employeeId})
    ORDER BY "createdAt" ASC, id ASC`;

  const redact = await ambitionSnapshotRedactor(db, viewer, auditRows);
  return {
    format: 'teamspiegel.data-export.v1',
    exportedAt: new Date().toISOString(),
    organisation: employee.organisation,
    employee: {
      id: employee.id,
      firstName: employee.firstName,
      lastName: employee.lastName,
      email: employee.email,
      jobTitle: employee.jobTitle,
      fte: employee.fte,
      active: employee.active,
      startDate: isoDate(employee.startDate),
      erasedAt: isoDateTime(employee.erasedAt),
      createdAt: isoDateTime(employee.createdAt),
      updatedAt: isoDateTime(employee.updatedAt),
    },
    memberships: employee.memberships.map((row) => ({
      id: row.id,
      teamId: row.teamId,
      teamName: row.team.name,
      startDate: isoDate(row.startDate) as string,
      endDate: isoDate(row.endDate),
      roleInTeam: row.roleInTeam,
    })),
    areaLevels: employee.areaLevels.map((row) => ({
      id: row.id,
      area: row.area,
      level: row.level,
      status: row.status,
      validFrom: isoDateTime(row.validFrom),
      validTo: isoDateTime(row.validTo),
      current: row.isCurrent === true,
      validatedAt: isoDateTime(row.validatedAt),
      comment: row.comment,
    })),
    competencyRatings: employee.competencyRatings.map((row) => ({
      id: row.id,
      competency: row.competency,
      score: row.score,
      updatedAt: isoDateTime(row.updatedAt),
    })),
    surroundingsContacts: employee.surroundingsContacts.map((row) => ({
      id: row.id,
      circle: row.circle,
      partnerName: row.partnerName,
      description: row.description,
    })),
    ambitions: employee.ambitions.map((row) => ({
      id: row.id,
      direction: row.direction,
      area: row.area,
      targetLevel: row.targetLevel,
      horizonDate: isoDate(row.horizonDate),
      motivation: mayReadMotivation(viewer, row) ? row.motivation : null,
      motivationHidden: !mayReadMotivation(viewer, row),
      visibility: row.visibility,
      status: row.status,
      createdAt: isoDateTime(row.createdAt),
    })),
    roleAssignments: employee.roleAssignments.map((row) => ({
      id: row.id,
      roleKey: row.roleDefinition.key,
      roleLabelNl: row.roleDefinition.labelNl,
      roleLabelEn: row.roleDefinition.labelEn,
      teamId: row.teamId,
      teamName: row.team?.name ?? null,
      startDate: isoDate(row.startDate) as string,
      endDate: isoDate(row.endDate),
    })),
    developmentActions: employee.developmentActions.map((row) => ({
      id: row.id,
      type: row.type,
      title: row.title,
      teamId: row.teamId,
      area: row.area,
      targetLevel: row.targetLevel,
      provider: row.provider,
      status: row.status,
      startDate: isoDate(row.startDate),
      expectedEndDate: isoDate(row.expectedEndDate),
      completedAt: isoDateTime(row.completedAt),
      costCents: row.costCents,
      notes: row.notes,
      createdAt: isoDateTime(row.createdAt),
    })),
    developmentRequests: employee.developmentRequests.map((row) => ({
      id: row.id,
      type: row.type,
      area: row.area,
      targetLevel: row.targetLevel,
      note: row.note,
      status: row.status,
      answer: row.answer,
      createdAt: isoDateTime(row.createdAt),
    })),
    notifications: employee.notifications.map((row) => ({
      id: row.id,
      kind: row.kind,
      area: row.area,
      level: row.level,
      note: row.note,
      createdAt: isoDateTime(row.createdAt),
      readAt: isoDateTime(row.readAt),
    })),
    login: employee.user
      ? {
          userId: employee.user.id,
          email: employee.user.email,
          name: employee.user.name,
          roles: members.map((row) => row.role),
          disabledAt: isoDateTime(employee.user.disabledAt),
          createdAt: isoDateTime(employee.user.createdAt),
        }
      : null,
    invitations: employee.invitations.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      createdAt: isoDateTime(row.createdAt),
      expiresAt: isoDateTime(row.expiresAt),
      acceptedAt: isoDateTime(row.acceptedAt),
      revokedAt: isoDateTime(row.revokedAt),
    })),
    auditEvents: auditRows.map((row) => ({
      id: row.id,
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      actorUserId: row.actorUserId,
      before: redact(row.entity, row.entityId, row.before),
      after: redact(row.entity, row.entityId, row.after),
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
