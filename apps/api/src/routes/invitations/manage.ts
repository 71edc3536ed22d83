import type { TInvitation } from '@teamspiegel/domain/api/auth';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import { writeAudit } from '../../lib/audit.ts';
import { pageArgs } from '../../lib/http.ts';
import { conflict, notFound } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import { hashToken, newOpaqueToken } from '../../lib/tokens.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { assertMayGrant } from '../../services/access.ts';
import { sendInvitationMail } from './mail.ts';
import {
  INVITATION_TTL_DAYS,
  type InvitationStatus,
  invitationAuditView,
  invitationDto,
  invitationInclude,
  invitationStatusWhere,
} from './model.ts';

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
