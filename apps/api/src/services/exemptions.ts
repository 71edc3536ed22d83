import { exemptionStatus, type TExemptionInput } from '@teamspiegel/domain';
import type { TExemption, TExemptionCreate } from '@teamspiegel/domain/api/exemptions';
import { writeAudit } from '../lib/audit.ts';
import { isoDate, isoDateTime, parseDate } from '../lib/http.ts';
import { badRequest, conflict, notFound, unprocessable } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Tx } from '../plugins/app/prisma.ts';
import { todayIso } from './certificates.ts';

/** What an exemption's list and DTO read besides its own columns. */
export const exemptionInclude = {
  team: { select: { name: true } },
  requirement: { select: { kind: true } },
  employee: { select: { firstName: true, lastName: true } },
  approvedBy: { select: { id: true, name: true } },
} as const;

type ExemptionRow = {
  id: string;
  teamId: string;
  requirementId: string;
  employeeId: string | null;
  reason: string;
  startsOn: Date;
  endsOn: Date;
  endedAt: Date | null;
  createdAt: Date;
  team: { name: string };
  requirement: { kind: TExemption['requirementKind'] };
  employee: { firstName: string; lastName: string } | null;
  approvedBy: { id: string; name: string } | null;
};

export function exemptionDto(row: ExemptionRow, today = todayIso()): TExemption {
  const startsOn = isoDate(row.startsOn) as string;
  const endsOn = isoDate(row.endsOn) as string;
  return {
    id: row.id,
    teamId: row.teamId,
    teamName: row.team.name,
    requirementId: row.requirementId,
    requirementKind: row.requirement.kind,
    employeeId: row.employeeId,
    employeeName: row.employee ? `${row.employee.firstName} ${row.employee.lastName}` : null,
    reason: row.reason,
    approvedBy: row.approvedBy,
    startsOn,
    endsOn,
    endedAt: isoDateTime(row.endedAt),
    status: exemptionStatus({ startsOn, endsOn, endedOn: isoDate(row.endedAt) }, today),
    createdAt: isoDateTime(row.createdAt),
  };
}

/**
 * The engine's input of a stored exemption (rule 17). Ended early: the day it was ended (UTC, as
 * todayIso), so the trend's past months still see it while it ran.
 */
export function exemptionInput(row: {
  id: string;
  requirementId: string;
  employeeId: string | null;
  startsOn: Date;
  endsOn: Date;
  endedAt?: Date | null;
}): TExemptionInput {
  const input: TExemptionInput = {
    id: row.id,
    requirementId: row.requirementId,
    employeeId: row.employeeId,
    startsOn: isoDate(row.startsOn) as string,
    endsOn: isoDate(row.endsOn) as string,
  };
  if (row.endedAt) input.endedOn = isoDate(row.endedAt) as string;
  return input;
}

/**
 * Records an exemption (rule 17), approved by the acting user, audited in the same transaction.
 * The requirement fixes the team; a person may be exempted from a certificate requirement only.
 */
export async function createExemption(tx: Tx, actor: Actor, body: TExemptionCreate) {
  const organisationId = actor.organisationId;
  const requirement = await tx.teamRequirement.findFirst({
    where: { organisationId, id: body.requirementId },
    select: { id: true, teamId: true, kind: true },
  });
  if (!requirement) {
    throw unprocessable('invalid_reference', 'The requirement does not exist in your organisation.', [
      { path: 'body.requirementId', message: 'Unknown requirement' },
    ]);
  }
  const employeeId = body.employeeId ?? null;
  if (employeeId !== null) {
    if (requirement.kind !== 'certificate') {
      throw unprocessable(
        'person_exemption_certificate_only',
        'A person can be exempted from a certificate requirement only; exempt the team instead.',
        [{ path: 'body.employeeId', message: 'Only for certificate requirements' }],
      );
    }
    const employee = await tx.employee.findFirst({
      where: { organisationId, id: employeeId },
      select: { id: true },
    });
    if (!employee) {
      throw unprocessable('invalid_reference', 'The employee does not exist in your organisation.', [
        { path: 'body.employeeId', message: 'Unknown employee' },
      ]);
    }
  }
  const today = todayIso();
  const startsOn = body.startsOn ?? today;
  if (body.endsOn < startsOn) {
    throw badRequest('invalid_date_range', 'An exemption cannot end before it starts.', [
      { path: 'body.endsOn', message: 'Before the first day' },
    ]);
  }
  if (body.endsOn < today) {
    throw unprocessable('exemption_in_past', 'An exemption must run until today or later.', [
      { path: 'body.endsOn', message: 'In the past' },
    ]);
  }
  const row = await tx.requirementExemption.create({
    data: {
      organisationId,
      teamId: requirement.teamId,
      requirementId: requirement.id,
      employeeId,
      reason: body.reason,
      approvedByUserId: actor.userId,
      startsOn: parseDate(startsOn),
      endsOn: parseDate(body.endsOn),
    },
    include: exemptionInclude,
  });
  await writeAudit(tx, actor, {
    entity: 'RequirementExemption',
    entityId: row.id,
    action: 'create',
    after: exemptionDto(row, today),
  });
  return row;
}

/** Ends an exemption now (it stays as history); 409 when it was already ended. */
export async function endExemption(tx: Tx, actor: Actor, id: string) {
  const organisationId = actor.organisationId;
  const current = await tx.requirementExemption.findFirst({
    where: { organisationId, id },
    include: exemptionInclude,
  });
  if (!current) throw notFound('RequirementExemption');
  if (current.endedAt !== null) throw conflict('exemption_ended', 'This exemption was already ended.');
  const row = await tx.requirementExemption.update({
    where: { organisationId_id: { organisationId, id } },
    data: { endedAt: new Date(), version: { increment: 1 } },
    include: exemptionInclude,
  });
  await writeAudit(tx, actor, {
    entity: 'RequirementExemption',
    entityId: id,
    action: 'end',
    before: exemptionDto(current),
    after: exemptionDto(row),
  });
  return row;
}
