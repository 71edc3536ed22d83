import { leadsTeams } from '@teamspiegel/domain/access';
import type { Invitation, User } from '../../generated/prisma/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict } from '../../lib/problem.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { invitationAuditView } from './model.ts';

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
