import type { FastifyInstance } from 'fastify';
import type { Invitation } from '../../generated/prisma/client.ts';
import type { MemberRole } from '../../generated/prisma/enums.ts';
import { writeAudit } from '../../lib/audit.ts';
import { isoDateTime } from '../../lib/http.ts';
import { ProblemError } from '../../lib/problem.ts';
import { hashToken, newOpaqueToken } from '../../lib/tokens.ts';
import type { Tx } from '../../plugins/app/prisma.ts';

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

export function invitationDto(row: Invitation) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    employeeId: row.employeeId,
    expiresAt: isoDateTime(row.expiresAt),
    acceptedAt: isoDateTime(row.acceptedAt),
    revokedAt: isoDateTime(row.revokedAt),
    createdAt: isoDateTime(row.createdAt),
    status: invitationStatus(row),
  };
}

/** The audit snapshot: never the token hash. */
export function invitationAuditView(row: Invitation) {
  const { tokenHash: _hidden, ...rest } = row;
  return rest;
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
    const revoked = await tx.invitation.update({ where: { id: old.id }, data: { revokedAt: now } });
    await writeAudit(tx, actor, {
      entity: 'Invitation',
      entityId: old.id,
      action: 'revoke',
      before: invitationAuditView(old),
      after: invitationAuditView(revoked),
    });
  }
  const token = newOpaqueToken();
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
