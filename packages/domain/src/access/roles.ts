import { z } from 'zod';

/**
 * The roles a login holds in one organisation (OrganisationMember.role; the Prisma enum carries the
 * same ids), strongest first. The platform administrator is not a member of any organisation: it is
 * a flag on the user and acts as a role of its own in the permissions table.
 */
export const MEMBER_ROLES = ['board', 'hr', 'manager', 'trainer', 'employee'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const PLATFORM_ADMIN = 'platform_admin';
export type PlatformAdmin = typeof PLATFORM_ADMIN;

/** Every role the permissions table knows: the member roles plus the platform administrator. */
export const ACCESS_ROLES = [...MEMBER_ROLES, PLATFORM_ADMIN] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

export const ZMemberRole = z.enum(MEMBER_ROLES);
export type TMemberRole = MemberRole;

export function isMemberRole(value: unknown): value is MemberRole {
  return typeof value === 'string' && (MEMBER_ROLES as readonly string[]).includes(value);
}
