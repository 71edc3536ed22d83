import { leadsTeams } from '@teamspiegel/domain/access';
import type { FastifyInstance } from 'fastify';
import type { MemberRole } from '../../generated/prisma/enums.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, type FieldError, unprocessable } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import { hashToken, newOpaqueToken } from '../../lib/tokens.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Tx } from '../../plugins/app/prisma.ts';
import { assertMayGrant } from '../../services/access.ts';
import { sendInvitationMail } from './mail.ts';
import {
  INVITATION_TTL_DAYS,
  invitationAuditView,
  invitationDto,
  invitationInclude,
  invitationStatusWhere,
} from './model.ts';

/**
 * Creates an invitation (only the token's hash is stored) inside `tx`, revoking earlier pending
 * invitations of the same address, and writes the audit rows. Returns the row and the raw token;
 * send the mail with `sendInvitationMail` after the transaction commits.
 */
export async function createInvitation(
  tx: Tx,
  actor: { organisationId: string; userId: string },
  input: { email: string; name: string; role: MemberRole; employeeId?: string | null | undefined },
) {
  const now = new Date();
  const superseded = await tx.invitation.findMany({
    where: {
      organisationId: actor.organisationId,
      email: input.email,
      ...invitationStatusWhere('pending', now),
    },
  });
  for (const old of superseded) {
    const revoked = await tx.invitation.update({
      where: tenantKey(actor.organisationId, old.id),
      data: { revokedAt: now },
    });
    await writeAudit(tx, actor, {
      entity: 'Invitation',
      entityId: old.id,
      action: 'revoke',
      before: invitationAuditView(old),
      after: invitationAuditView(revoked),
    });
  }
  const token = newOpaqueToken(actor.organisationId);
  const invitation = await tx.invitation.create({
    data: {
      organisationId: actor.organisationId,
      email: input.email,
      name: input.name,
      role: input.role,
      employeeId: input.employeeId ?? null,
      tokenHash: hashToken(token),
      invitedByUserId: actor.userId,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000),
    },
  });
  await writeAudit(tx, actor, {
    entity: 'Invitation',
    entityId: invitation.id,
    action: 'create',
    after: invitationAuditView(invitation),
  });
  return { invitation, token };
}

type InviteInput = {
  email: string;
  name: string;
  role: MemberRole;
  employeeId?: string | null | undefined;
  managedTeamIds?: string[] | undefined;
};

/** 422 with the offending fields when the linked person or the led teams are not the organisation's. */
async function assertInviteReferences(tx: Tx, actor: Actor, input: InviteInput): Promise<string[]> {
  const organisationId = actor.organisationId;
  const teamIds = [...new Set(input.managedTeamIds ?? [])];
  const errors: FieldError[] = [];
  if (teamIds.length > 0 && !leadsTeams(input.role)) {
    errors.push({ path: 'body.managedTeamIds', message: 'Only a manager leads teams' });
  }
  const [employee, teams] = await Promise.all([
    input.employeeId
      ? tx.employee.findFirst({
          where: { organisationId, id: input.employeeId, erasedAt: null },
          select: { id: true },
        })
      : true,
    teamIds.length > 0
      ? tx.team.findMany({ where: { organisationId, id: { in: teamIds } }, select: { id: true } })
      : [],
  ]);
  if (!employee) errors.push({ path: 'body.employeeId', message: 'No such person in your organisation' });
  if (teams.length !== teamIds.length && leadsTeams(input.role)) {
    errors.push({ path: 'body.managedTeamIds', message: 'No such team in your organisation' });
  }
  if (errors.length > 0) {
    throw unprocessable(
      'invalid_reference',
      'A referenced record does not exist in your organisation.',
      errors,
    );
  }
  return teamIds;
}

/**
 * Invites someone into the actor's organisation (a role the actor may grant). One pending invitation
 * per address: a second one (a double click, a second HR colleague) is refused with 409
 * `invitation_pending` — resend or revoke the first. The mail goes out after the commit.
 */
export async function inviteMember(fastify: FastifyInstance, actor: Actor, input: InviteInput) {
  assertMayGrant(actor, input.role);
  const { invitation, token, organisationName } = await fastify.db.$transaction(async (tx) => {
    // Serialises invitations of one address, so two simultaneous requests cannot both pass the check.
    await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`invite:${actor.organisationId}:${input.email}`}, 0))`;
    const existing = await tx.organisationMember.findFirst({
      where: { organisationId: actor.organisationId, user: { email: input.email } },
      select: { id: true },
    });
    if (existing) throw conflict('already_member', 'This e-mail address is already a member.');
    const pending = await tx.invitation.findFirst({
      where: {
        organisationId: actor.organisationId,
        email: input.email,
        ...invitationStatusWhere('pending'),
      },
      select: { id: true },
    });
    if (pending) {
      throw conflict(
        'invitation_pending',
        'This address already has a pending invitation; resend or revoke that one.',
      );
    }
    const teamIds = await assertInviteReferences(tx, actor, input);
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: actor.organisationId },
      select: { name: true },
    });
    const created = await createInvitation(tx, actor, input);
    if (teamIds.length > 0) {
      await tx.invitationTeam.createMany({
        data: teamIds.map((teamId) => ({
          organisationId: actor.organisationId,
          invitationId: created.invitation.id,
          teamId,
        })),
      });
      await writeAudit(tx, actor, {
        entity: 'Invitation',
        entityId: created.invitation.id,
        action: 'update',
        after: { managedTeamIds: teamIds },
      });
    }
    const row = await tx.invitation.findUniqueOrThrow({
      where: tenantKey(actor.organisationId, created.invitation.id),
      include: invitationInclude,
    });
    return { invitation: row, token: created.token, organisationName: organisation.name };
  });
  await sendInvitationMail(fastify, { email: input.email, name: input.name, organisationName, token });
  return invitationDto(invitation);
}
