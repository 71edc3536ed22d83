import { leadsTeams } from '@teamspiegel/domain/access';
import type { TInvitation } from '@teamspiegel/domain/api/auth';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import type { Invitation, User } from '../../generated/prisma/client.ts';
import type { MemberRole } from '../../generated/prisma/enums.ts';
import { writeAudit } from '../../lib/audit.ts';
import { isoDateTime, pageArgs } from '../../lib/http.ts';
import { conflict, type FieldError, notFound, ProblemError, unprocessable } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import { hashToken, newOpaqueToken } from '../../lib/tokens.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { assertMayGrant } from '../../services/access.ts';

export const INVITATION_TTL_DAYS = 7;

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export function invitationStatus(row: Invitation, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
}

/** Prisma `where` for one status (the status itself is derived, not stored). */
export function invitationStatusWhere(status: InvitationStatus, now = new Date()) {
  switch (status) {
    case 'accepted':
      return { acceptedAt: { not: null } };
    case 'revoked':
      return { acceptedAt: null, revokedAt: { not: null } };
    case 'expired':
      return { acceptedAt: null, revokedAt: null, expiresAt: { lte: now } };
    default:
      return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
  }
}

/** Reads an invitation with the teams an invited manager will lead. */
export const invitationInclude = {
  teams: { select: { team: { select: { id: true, name: true } } }, orderBy: { teamId: 'asc' as const } },
};

type InvitationRow = Invitation & { teams?: Array<{ team: { id: string; name: string } }> };

export function invitationDto(row: InvitationRow): TInvitation {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    employeeId: row.employeeId,
    managedTeams: (row.teams ?? []).map((t) => t.team),
    expiresAt: isoDateTime(row.expiresAt),
    acceptedAt: isoDateTime(row.acceptedAt),
    revokedAt: isoDateTime(row.revokedAt),
    createdAt: isoDateTime(row.createdAt),
    status: invitationStatus(row),
  };
}

/** The audit snapshot: never the token hash. */
export function invitationAuditView(row: InvitationRow) {
  const { tokenHash: _hidden, teams, ...rest } = row;
  return teams ? { ...rest, managedTeamIds: teams.map((t) => t.team.id) } : rest;
}

export const gone = (code: string, detail: string) => new ProblemError(410, code, 'Gone', detail);

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

export function invitationLink(fastify: FastifyInstance, token: string) {
  return `${fastify.config.publicWebUrl.replace(/\/+$/, '')}/uitnodiging/${encodeURIComponent(token)}`;
}

export async function sendInvitationMail(
  fastify: FastifyInstance,
  input: { email: string; name: string; organisationName: string; token: string },
) {
  const link = invitationLink(fastify, input.token);
  await fastify.mailer.send({
    to: input.email,
    subject: `Uitnodiging voor Teamspiegel — ${input.organisationName}`,
    text: [
      `Beste ${input.name},`,
      '',
      `Je bent uitgenodigd voor Teamspiegel van ${input.organisationName}.`,
      `Kies je wachtwoord via deze link (${INVITATION_TTL_DAYS} dagen geldig): ${link}`,
      '',
      `You have been invited to Teamspiegel by ${input.organisationName}. Choose your password via the link above.`,
    ].join('\n'),
    link,
  });
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

export async function listInvitations(
  db: Db,
  actor: Actor,
  query: { status?: InvitationStatus | undefined; page: number; pageSize: number },
): Promise<TPage<TInvitation>> {
  const where = {
    organisationId: actor.organisationId,
    ...(query.status ? invitationStatusWhere(query.status) : {}),
  };
  const [rows, total] = await Promise.all([
    db.invitation.findMany({
      where,
      include: invitationInclude,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      ...pageArgs(query),
    }),
    db.invitation.count({ where }),
  ]);
  return { items: rows.map(invitationDto), page: query.page, pageSize: query.pageSize, total };
}

async function loadForChange(tx: Tx, actor: Actor, id: string) {
  const current = await tx.invitation.findFirst({
    where: { organisationId: actor.organisationId, id },
    include: invitationInclude,
  });
  if (!current) throw notFound('Invitation');
  assertMayGrant(actor, current.role);
  if (current.acceptedAt) throw conflict('invitation_used', 'An accepted invitation cannot be changed.');
  return current;
}

/** Revokes a pending (or expired) invitation; revoking twice changes nothing. */
export async function revokeInvitation(db: Db, actor: Actor, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await loadForChange(tx, actor, id);
    if (current.revokedAt) return;
    const revoked = await tx.invitation.update({
      where: tenantKey(actor.organisationId, current.id),
      data: { revokedAt: new Date() },
      include: invitationInclude,
    });
    await writeAudit(tx, actor, {
      entity: 'Invitation',
      entityId: current.id,
      action: 'revoke',
      before: invitationAuditView(current),
      after: invitationAuditView(revoked),
    });
  });
}

/**
 * Sends a pending or expired invitation again: a new link (the old one stops working, only the
 * token's hash is stored) valid for another INVITATION_TTL_DAYS days. 409 once accepted or revoked.
 */
export async function resendInvitation(fastify: FastifyInstance, actor: Actor, id: string) {
  const token = newOpaqueToken(actor.organisationId);
  const { invitation, organisationName } = await fastify.db.$transaction(async (tx) => {
    const current = await loadForChange(tx, actor, id);
    if (current.revokedAt) {
      throw conflict('invitation_revoked', 'A revoked invitation cannot be sent again; invite anew.');
    }
    const updated = await tx.invitation.update({
      where: tenantKey(actor.organisationId, current.id),
      data: {
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
      },
      include: invitationInclude,
    });
    await writeAudit(tx, actor, {
      entity: 'Invitation',
      entityId: current.id,
      action: 'resend',
      before: invitationAuditView(current),
      after: invitationAuditView(updated),
    });
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: actor.organisationId },
      select: { name: true },
    });
    return { invitation: updated, organisationName: organisation.name };
  });
  await sendInvitationMail(fastify, {
    email: invitation.email,
    name: invitation.name,
    organisationName,
    token,
  });
  return invitationDto(invitation);
}

/**
 * The accept's writes, in one transaction: claims the invitation atomically (a second accept, or a
 * revoke in between, finds nothing), creates or updates the login, the membership, the employee
 * link and the led teams. Returns the user's id.
 */
export async function claimInvitation(
  db: Db,
  invitation: Invitation,
  login: { existingUser: User | null; newHash: string | null; name?: string | undefined },
): Promise<string> {
  const { existingUser, newHash } = login;
  const organisationId = invitation.organisationId;
  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw conflict('invitation_used', 'This invitation was already used.');

    const user = existingUser
      ? await tx.user.update({
          where: { id: existingUser.id },
          data: newHash ? { passwordHash: newHash, ...(login.name ? { name: login.name } : {}) } : {},
        })
      : await tx.user.create({
          data: { email: invitation.email, name: login.name ?? invitation.name, passwordHash: newHash },
        });
    const actor = { organisationId, userId: user.id };

    const already = await tx.organisationMember.findFirst({
      where: { organisationId, userId: user.id },
      select: { id: true },
    });
    if (already) throw conflict('already_member', 'You are already a member of this organisation.');

    const member = await tx.organisationMember.create({
      data: { organisationId, userId: user.id, role: invitation.role, employeeId: invitation.employeeId },
    });
    if (invitation.employeeId) {
      await tx.employee.updateMany({
        where: { organisationId, id: invitation.employeeId, userId: null },
        data: { userId: user.id },
      });
    }
    const teams = await tx.invitationTeam.findMany({
      where: { organisationId, invitationId: invitation.id },
      select: { teamId: true },
    });
    if (teams.length > 0 && leadsTeams(invitation.role)) {
      await tx.managedTeam.createMany({
        data: teams.map((t) => ({ organisationId, memberId: member.id, teamId: t.teamId })),
      });
    }
    if (!existingUser) {
      await writeAudit(tx, actor, {
        entity: 'User',
        entityId: user.id,
        action: 'create',
        after: { id: user.id, email: user.email, name: user.name },
      });
    }
    await writeAudit(tx, actor, {
      entity: 'OrganisationMember',
      entityId: member.id,
      action: 'create',
      after: { ...member, managedTeamIds: teams.map((t) => t.teamId) },
    });
    await writeAudit(tx, actor, {
      entity: 'Invitation',
      entityId: invitation.id,
      action: 'accept',
      before: invitationAuditView(invitation),
    });
    return user.id;
  });
}
