import type { TInvitation } from '@teamspiegel/domain/api/auth';
import type { Invitation } from '../../generated/prisma/client.ts';
import { isoDateTime } from '../../lib/http.ts';
import { ProblemError } from '../../lib/problem.ts';

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
