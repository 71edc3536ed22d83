import { exemptionStatus, type TExemptionInput } from '@teamspiegel/domain';
import type { TExemption, TExemptionCreate } from '@teamspiegel/domain/api/exemptions';
import { writeAudit } from '../lib/audit.ts';
import { isoDate, isoDateTime, parseDate } from '../lib/http.ts';
import { badRequest, conflict, notFound, unprocessable } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';
import { activeMembershipWhere, teamIdsInScope } from './access.ts';
import { todayIso } from './certificates.ts';

/** What an exemption's list and DTO read besides its own columns. */
export const exemptionInclude = {
  team: { select: { name: true } },
  requirement: { select: { kind: true } },
  site: { select: { name: true } },
  employee: { select: { firstName: true, lastName: true } },
  approvedBy: { select: { id: true, name: true } },
} as const;

type ExemptionRow = {
  id: string;
  teamId: string | null;
  requirementId: string | null;
  siteId: string | null;
  siteRequirementId: string | null;
  employeeId: string | null;
  reason: string;
  startsOn: Date;
  endsOn: Date;
  endedAt: Date | null;
  createdAt: Date;
  team: { name: string } | null;
  requirement: { kind: TExemption['requirementKind'] } | null;
  site: { name: string } | null;
  employee: { firstName: string; lastName: string } | null;
  approvedBy: { id: string; name: string } | null;
};

export function exemptionDto(row: ExemptionRow, today = todayIso()): TExemption {
  const startsOn = isoDate(row.startsOn) as string;
  const endsOn = isoDate(row.endsOn) as string;
  return {
    id: row.id,
    teamId: row.teamId,
    teamName: row.team?.name ?? null,
    requirementId: row.requirementId,
    siteId: row.siteId,
    siteName: row.site?.name ?? null,
    siteRequirementId: row.siteRequirementId,
    // A site requirement is a certificate requirement (rule 18).
    requirementKind: row.requirement?.kind ?? 'certificate',
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
 * Which exemptions the actor reads (`exemptions.read`): all organisation-wide, else those of the
 * teams in her scope and of the sites of those teams (a site requirement is the whole site's).
 */
export async function exemptionScopeWhere(db: Db | Tx, actor: Actor) {
  const teamIds = await teamIdsInScope(db, actor, 'exemptions.read');
  if (teamIds === null) return {};
  const sites = await db.team.findMany({
    where: { organisationId: actor.organisationId, id: { in: teamIds } },
    select: { siteId: true },
    distinct: ['siteId'],
  });
  return { OR: [{ teamId: { in: teamIds } }, { siteId: { in: sites.map((team) => team.siteId) } }] };
}

/**
 * The engine's input of a stored exemption (rule 17). Ended early: the day it was ended (UTC, as
 * todayIso), so the trend's past months still see it while it ran.
 */
export function exemptionInput(row: {
  id: string;
  requirementId?: string | null;
  siteRequirementId?: string | null;
  employeeId: string | null;
  startsOn: Date;
  endsOn: Date;
  endedAt?: Date | null;
}): TExemptionInput {
  const input: TExemptionInput = {
    id: row.id,
    // The one target the CHECK allows: a team requirement or a site requirement.
    requirementId: (row.requirementId ?? row.siteRequirementId) as string,
    employeeId: row.employeeId,
    startsOn: isoDate(row.startsOn) as string,
    endsOn: isoDate(row.endsOn) as string,
  };
  if (row.endedAt) input.endedOn = isoDate(row.endedAt) as string;
  return input;
}

/** The team requirement an exemption targets: its team; 422 when unknown (rule 17). */
async function teamTarget(tx: Tx, organisationId: string, requirementId: string, employeeId: string | null) {
  const requirement = await tx.teamRequirement.findFirst({
    where: { organisationId, id: requirementId },
    select: { id: true, teamId: true, kind: true },
  });
  if (!requirement) {
    throw unprocessable('invalid_reference', 'The requirement does not exist in your organisation.', [
      { path: 'body.requirementId', message: 'Unknown requirement' },
    ]);
  }
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
  return { teamId: requirement.teamId, requirementId: requirement.id };
}

/**
 * The site requirement an exemption targets (rule 18): its site; 404 when it is not this
 * organisation's. A person must work at the site: a current member of one of its non-archived teams.
 */
async function siteTarget(
  tx: Tx,
  organisationId: string,
  siteRequirementId: string,
  employeeId: string | null,
) {
  const requirement = await tx.siteRequirement.findFirst({
    where: { organisationId, id: siteRequirementId },
    select: { id: true, siteId: true },
  });
  if (!requirement) throw notFound('SiteRequirement');
  if (employeeId !== null) {
    const membership = await tx.teamMembership.findFirst({
      where: {
        organisationId,
        employeeId,
        team: { siteId: requirement.siteId, archivedAt: null },
        employee: { active: true },
        ...activeMembershipWhere(),
      },
      select: { id: true },
    });
    if (!membership) {
      throw unprocessable(
        'person_not_at_site',
        'The person does not work at this site (none of its teams).',
        [{ path: 'body.employeeId', message: 'Not a member of a team of the site' }],
      );
    }
  }
  return { siteId: requirement.siteId, siteRequirementId: requirement.id };
}

/**
 * Records an exemption (rule 17), approved by the acting user, audited in the same transaction.
 * The requirement fixes the team (or, for a site requirement, the site); a person may be exempted
 * from a certificate requirement only.
 */
export async function createExemption(tx: Tx, actor: Actor, body: TExemptionCreate) {
  const organisationId = actor.organisationId;
  const employeeId = body.employeeId ?? null;
  const target =
    body.siteRequirementId !== undefined
      ? await siteTarget(tx, organisationId, body.siteRequirementId, employeeId)
      : await teamTarget(tx, organisationId, body.requirementId as string, employeeId);
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
      ...target,
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
