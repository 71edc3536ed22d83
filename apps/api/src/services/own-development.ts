import type {
  TDevelopmentRequest,
  TDevelopmentRequestCreate,
} from '@teamspiegel/domain/api/development-requests';
import type { TNotification, TNotificationList } from '@teamspiegel/domain/api/notifications';
import type { DevelopmentRequest, Notification } from '../generated/prisma/client.ts';
import { writeAudit } from '../lib/audit.ts';
import { isoDateTime } from '../lib/http.ts';
import { conflict, notFound, unprocessable } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';
import { visibleEmployeeWhere } from './access.ts';

/**
 * The employee's own development (issue 15, item 10): her notifications (written by the database's
 * triggers, migration *_employee_notifications) and her requests for training or coaching, which hr
 * and her manager see beside the development plan.
 */

type NotificationRow = Notification & { developmentAction: { title: string } | null };

function notificationDto(row: NotificationRow): TNotification {
  return {
    id: row.id,
    kind: row.kind,
    area: row.area,
    level: row.level,
    note: row.note,
    actionTitle: row.developmentAction?.title ?? null,
    createdAt: isoDateTime(row.createdAt),
    readAt: isoDateTime(row.readAt),
  };
}

export async function listNotifications(
  db: Db,
  organisationId: string,
  employeeId: string,
  limit: number,
): Promise<TNotificationList> {
  const where = { organisationId, employeeId };
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where,
      include: { developmentAction: { select: { title: true } } },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: limit,
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return { items: rows.map(notificationDto), unread };
}

/** Marks one of her notifications read (404 for anyone else's); reading twice keeps the first time. */
export async function markNotificationRead(db: Db, organisationId: string, employeeId: string, id: string) {
  const found = await db.notification.findFirst({
    where: { organisationId, employeeId, id },
    select: { id: true },
  });
  if (!found) throw notFound('Notification');
  await db.notification.updateMany({
    where: { organisationId, employeeId, id, readAt: null },
    data: { readAt: new Date() },
  });
}

export async function markAllNotificationsRead(db: Db, organisationId: string, employeeId: string) {
  await db.notification.updateMany({
    where: { organisationId, employeeId, readAt: null },
    data: { readAt: new Date() },
  });
}

type RequestRow = DevelopmentRequest & { employee: { firstName: string; lastName: string } };

export function developmentRequestDto(row: RequestRow): TDevelopmentRequest {
  return {
    id: row.id,
    employeeId: row.employeeId,
    employeeName: `${row.employee.firstName} ${row.employee.lastName}`.trim(),
    type: row.type as TDevelopmentRequest['type'],
    area: row.area,
    targetLevel: row.targetLevel,
    note: row.note,
    status: row.status,
    answer: row.answer,
    version: row.version,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

const withEmployee = { employee: { select: { firstName: true, lastName: true } } } as const;

/** Her request for one of her active ambitions (its area and target level), audited. */
export async function createDevelopmentRequest(
  tx: Tx,
  actor: Actor,
  employeeId: string,
  input: TDevelopmentRequestCreate,
): Promise<TDevelopmentRequest> {
  const ambition = await tx.ambition.findFirst({
    where: { organisationId: actor.organisationId, employeeId, id: input.ambitionId, status: 'active' },
    select: { area: true, targetLevel: true },
  });
  if (!ambition) {
    throw unprocessable(
      'no_such_ambition',
      'Ask for training or coaching for one of your active ambitions.',
      [{ path: 'ambitionId', message: 'not one of your active ambitions' }],
    );
  }
  const open = await tx.developmentRequest.findFirst({
    where: {
      organisationId: actor.organisationId,
      employeeId,
      area: ambition.area,
      type: input.type,
      status: 'open',
    },
    select: { id: true },
  });
  if (open) throw conflict('request_open', 'You already asked for this; it is waiting for an answer.');
  const row = await tx.developmentRequest.create({
    data: {
      organisationId: actor.organisationId,
      employeeId,
      type: input.type,
      area: ambition.area,
      targetLevel: ambition.targetLevel,
      note: input.note ?? null,
    },
    include: withEmployee,
  });
  await writeAudit(tx, actor, {
    entity: 'DevelopmentRequest',
    entityId: row.id,
    action: 'create',
    before: null,
    after: { type: row.type, area: row.area, targetLevel: row.targetLevel, note: row.note },
  });
  return developmentRequestDto(row);
}

/** The requests of the people `development.read` reaches (hr everyone, a manager her teams' members). */
export async function requestScope(db: Db | Tx, actor: Actor) {
  return {
    organisationId: actor.organisationId,
    employee: await visibleEmployeeWhere(db, actor, 'development.read'),
  };
}

export async function listDevelopmentRequests(
  db: Db,
  actor: Actor,
  query: { status?: TDevelopmentRequest['status']; skip: number; take: number },
) {
  const where = { ...(await requestScope(db, actor)), ...(query.status ? { status: query.status } : {}) };
  const [rows, total] = await Promise.all([
    db.developmentRequest.findMany({
      where,
      include: withEmployee,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: query.skip,
      take: query.take,
    }),
    db.developmentRequest.count({ where }),
  ]);
  return { rows: rows.map(developmentRequestDto), total };
}

/** Hr declines an open request with an answer; she gets a notification with it. */
export async function declineDevelopmentRequest(tx: Tx, actor: Actor, id: string, answer: string) {
  const row = await tx.developmentRequest.findFirst({ where: { ...(await requestScope(tx, actor)), id } });
  if (!row) throw notFound('DevelopmentRequest');
  if (row.status !== 'open') throw conflict('request_not_open', 'Only an open request can be declined.');
  const updated = await tx.developmentRequest.update({
    where: { organisationId_id: { organisationId: actor.organisationId, id } },
    data: { status: 'declined', answer, version: { increment: 1 } },
    include: withEmployee,
  });
  await tx.notification.create({
    data: {
      organisationId: actor.organisationId,
      employeeId: row.employeeId,
      kind: 'request_declined',
      area: row.area,
      level: row.targetLevel,
      note: answer,
    },
  });
  await writeAudit(tx, actor, {
    entity: 'DevelopmentRequest',
    entityId: id,
    action: 'decline',
    before: { status: row.status },
    after: { status: 'declined', answer },
  });
  return developmentRequestDto(updated);
}
