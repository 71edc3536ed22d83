import { endsBeforeStart, levelRank } from '@teamspiegel/domain';
import {
  DEVELOPMENT_STATUS_TRANSITIONS,
  type TDevelopmentActionCreate,
  type TDevelopmentActionUpdate,
  ZDevelopmentAction,
  ZDevelopmentActionCreate,
  ZDevelopmentActionListQuery,
  ZDevelopmentActionUpdate,
} from '@teamspiegel/domain/api/development-actions';
import type { FastifyInstance } from 'fastify';
import type { DevelopmentAction } from '../../generated/prisma/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDate, isoDateTime, parseDate } from '../../lib/http.ts';
import { conflict, ProblemError, unprocessable } from '../../lib/problem.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere, reachOf } from '../../services/access.ts';
import { recordLevel } from '../../services/people-writes.ts';

type Row = DevelopmentAction & { employee: { firstName: string; lastName: string } | null };

export function developmentActionDto(row: Row) {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    employeeId: row.employeeId,
    employeeName: row.employee ? `${row.employee.firstName} ${row.employee.lastName}`.trim() : null,
    teamId: row.teamId,
    area: row.area,
    targetLevel: row.targetLevel,
    targetRoleDefinitionId: row.targetRoleDefinitionId,
    targetCompetency: row.targetCompetency,
    targetCircle: row.targetCircle,
    targetCertificateTypeId: row.targetCertificateTypeId,
    provider: row.provider,
    status: row.status,
    startDate: isoDate(row.startDate),
    expectedEndDate: isoDate(row.expectedEndDate),
    completedAt: isoDateTime(row.completedAt),
    costCents: row.costCents,
    notes: row.notes,
    createdByUserId: row.createdByUserId,
    version: row.version,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

/** Which actions an actor may see, by the scope of `development.read` (teams' actions and members'). */
async function scopeFor(actor: Actor, db: Db): Promise<Record<string, unknown>> {
  const reach = await reachOf(db, actor, 'development.read');
  if (reach.all) return {};
  const teamIds = reach.teamIds;
  const self = reach.self ? [{ employeeId: reach.self }] : [];
  return {
    AND: [
      {
        OR: [
          { teamId: { in: teamIds } },
          { employee: { memberships: { some: { teamId: { in: teamIds }, ...activeMembershipWhere() } } } },
          ...self,
        ],
      },
    ],
  };
}

type Shape = {
  type: DevelopmentAction['type'];
  employeeId: string | null;
  area: DevelopmentAction['area'];
  targetLevel: DevelopmentAction['targetLevel'];
  targetRoleDefinitionId?: string | null;
  targetCompetency?: DevelopmentAction['targetCompetency'];
  targetCircle?: DevelopmentAction['targetCircle'];
  targetCertificateTypeId?: string | null;
  startDate: Date | null;
  expectedEndDate: Date | null;
};

/** Business rules the schema cannot see on its own (they depend on the merged row). */
function assertConsistent(action: Shape) {
  if (action.type === 'werving' && action.employeeId) {
    throw unprocessable('employee_not_allowed', 'A hiring action (werving) has no employee.', [
      { path: 'employeeId', message: 'Must be empty for werving' },
    ]);
  }
  if (action.type !== 'werving' && !action.employeeId) {
    throw unprocessable('employee_required', 'This type of action needs an employee.', [
      { path: 'employeeId', message: 'Required unless the type is werving' },
    ]);
  }
  if (action.targetLevel && !action.area) {
    throw unprocessable('area_required', 'A target level needs an area.', [
      { path: 'area', message: 'Required with targetLevel' },
    ]);
  }
  const targets = [
    action.targetRoleDefinitionId,
    action.targetCompetency,
    action.targetCircle,
    action.targetCertificateTypeId,
  ];
  if (targets.filter((target) => target != null).length > 1) {
    throw unprocessable(
      'one_target_only',
      'An action aims at one role, competency, circle or certificate at most.',
      [
        {
          path: 'targetRoleDefinitionId',
          message:
            'Only one of targetRoleDefinitionId, targetCompetency, targetCircle, targetCertificateTypeId',
        },
      ],
    );
  }
  // A date that cannot be (docs/coverage-rules.md, rule 8) is bad input: 400 with the field path.
  if (endsBeforeStart(action)) {
    throw new ProblemError(
      400,
      'invalid_date_range',
      'Bad request',
      'The expected end date lies before the start date.',
      [{ path: 'body.expectedEndDate', message: 'Before startDate' }],
    );
  }
}

/** 422 with the field path when the targeted role is not a role definition of this organisation. */
async function assertTargetRoleExists(
  tx: Tx,
  organisationId: string,
  roleDefinitionId: string | null | undefined,
) {
  if (!roleDefinitionId) return;
  const found = await tx.roleDefinition.findFirst({
    where: { organisationId, id: roleDefinitionId },
    select: { id: true },
  });
  if (!found) {
    throw unprocessable('invalid_reference', 'The role definition does not exist in your organisation.', [
      { path: 'targetRoleDefinitionId', message: 'Unknown role definition' },
    ]);
  }
}

/** 422 with the field path when the targeted certificate is not in this organisation's catalogue. */
async function assertTargetCertificateExists(
  tx: Tx,
  organisationId: string,
  certificateTypeId: string | null | undefined,
) {
  if (!certificateTypeId) return;
  const found = await tx.certificateType.findFirst({
    where: { organisationId, id: certificateTypeId },
    select: { id: true },
  });
  if (!found) {
    throw unprocessable('invalid_reference', 'The certificate type does not exist in your organisation.', [
      { path: 'targetCertificateTypeId', message: 'Unknown certificate type' },
    ]);
  }
}

/** Body fields → columns; keys the client did not send stay out (PATCH semantics). */
function columns(body: TDevelopmentActionCreate | TDevelopmentActionUpdate) {
  const data: Record<string, unknown> = {};
  const copy = [
    'type',
    'title',
    'employeeId',
    'teamId',
    'area',
    'targetLevel',
    'targetRoleDefinitionId',
    'targetCompetency',
    'targetCircle',
    'targetCertificateTypeId',
    'provider',
    'costCents',
    'notes',
  ];
  for (const key of copy) {
    const value = (body as Record<string, unknown>)[key];
    if (value !== undefined) data[key] = value;
  }
  if (body.startDate !== undefined) data.startDate = parseDate(body.startDate);
  if (body.expectedEndDate !== undefined) data.expectedEndDate = parseDate(body.expectedEndDate);
  return data;
}

/**
 * Completing an action with a target area + level raises the employee's level there — as a
 * validated AreaLevel, in the same transaction — but never lowers it.
 */
async function raiseLevel(tx: Tx, actor: Actor, action: Shape & { id: string; title: string }) {
  if (!action.employeeId || !action.area || !action.targetLevel) return;
  const current = await tx.areaLevel.findFirst({
    where: {
      organisationId: actor.organisationId,
      employeeId: action.employeeId,
      area: action.area,
      isCurrent: true,
    },
    select: { level: true },
  });
  if (current && levelRank(current.level) >= levelRank(action.targetLevel)) return;
  const recorded = await recordLevel(tx, {
    organisationId: actor.organisationId,
    employeeId: action.employeeId,
    area: action.area,
    level: action.targetLevel,
    status: 'validated',
    assessedByUserId: actor.userId,
    validatedByUserId: actor.userId,
    comment: `Ontwikkelactie afgerond: ${action.title}`.slice(0, 1000),
  });
  await writeAudit(tx, actor, {
    entity: 'AreaLevel',
    entityId: recorded.id,
    action: 'create',
    before: current,
    after: { ...recorded, developmentActionId: action.id },
  });
}

/**
 * Development actions: hr maintains them; board reads all; managers read those of their teams
 * and team members; employees their own; trainers see aggregate demand elsewhere (403 here).
 */
export default async function developmentActionRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'DevelopmentAction',
    basePath: '/api/development-actions',
    tag: 'development-actions',
    delegate: (db) => db.developmentAction,
    dto: ZDevelopmentAction,
    toDto: developmentActionDto,
    include: { employee: { select: { firstName: true, lastName: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    versioned: true,
    scope: scopeFor,
    list: {
      permission: 'development.read',
      query: ZDevelopmentActionListQuery,
      where: (query) => {
        const where: Record<string, unknown> = {};
        if (query.status) where.status = query.status;
        if (query.type) where.type = query.type;
        if (query.employeeId) where.employeeId = query.employeeId;
        if (query.teamId) where.teamId = query.teamId;
        if (query.area) where.area = query.area;
        return where;
      },
    },
    create: {
      permission: 'development.manage',
      body: ZDevelopmentActionCreate,
      data: async (body, actor, tx) => {
        assertConsistent({
          type: body.type,
          employeeId: body.employeeId ?? null,
          area: body.area ?? null,
          targetLevel: body.targetLevel ?? null,
          targetRoleDefinitionId: body.targetRoleDefinitionId ?? null,
          targetCompetency: body.targetCompetency ?? null,
          targetCircle: body.targetCircle ?? null,
          targetCertificateTypeId: body.targetCertificateTypeId ?? null,
          startDate: parseDate(body.startDate) ?? null,
          expectedEndDate: parseDate(body.expectedEndDate) ?? null,
        });
        await assertTargetRoleExists(tx, actor.organisationId, body.targetRoleDefinitionId);
        await assertTargetCertificateExists(tx, actor.organisationId, body.targetCertificateTypeId);
        return { ...columns(body), status: body.status ?? 'planned', createdByUserId: actor.userId };
      },
    },
    update: {
      permission: 'development.manage',
      body: ZDevelopmentActionUpdate,
      data: async (body, actor, tx, current: Row) => {
        const data = columns(body);
        const merged = { ...current, ...data } as Row;
        assertConsistent(merged);
        await assertTargetRoleExists(tx, actor.organisationId, body.targetRoleDefinitionId);
        await assertTargetCertificateExists(tx, actor.organisationId, body.targetCertificateTypeId);
        if (body.status !== undefined && body.status !== current.status) {
          if (!DEVELOPMENT_STATUS_TRANSITIONS[current.status].includes(body.status)) {
            throw conflict(
              'invalid_status_transition',
              `A ${current.status} action cannot become ${body.status}.`,
            );
          }
          data.status = body.status;
          if (body.status === 'completed') {
            data.completedAt = new Date();
            await raiseLevel(tx, actor, merged);
          }
        }
        return data;
      },
    },
    remove: { permission: 'development.manage' },
  });
}
