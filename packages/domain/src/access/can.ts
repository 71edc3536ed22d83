import { MOTIVATION_READERS, PERMISSIONS, type Permission, ROLE_GRANTS, type Scope } from './permissions.js';
import type { AccessRole, MemberRole } from './roles.js';

type MaybeRole = AccessRole | null | undefined;

/** The scope in which `role` holds `permission`, or null when it does not hold it. */
export function scopeOf(role: MaybeRole, permission: Permission): Scope | null {
  if (!role) return null;
  const grants: Partial<Record<AccessRole, Scope>> = PERMISSIONS[permission].grants;
  return grants[role] ?? null;
}

/** Whether `role` holds `permission` (in any scope, or in exactly `scope` when given). */
export function can(role: MaybeRole, permission: Permission, scope?: Scope): boolean {
  const held = scopeOf(role, permission);
  return held !== null && (scope === undefined || held === scope);
}

/** Whether `role` holds at least one of `permissions`. */
export function canAny(role: MaybeRole, permissions: readonly Permission[]): boolean {
  return permissions.some((permission) => can(role, permission));
}

/** Every permission `role` holds, with its scope, in table order. */
export function permissionsOf(role: MaybeRole): Array<{ permission: Permission; scope: Scope }> {
  const held: Array<{ permission: Permission; scope: Scope }> = [];
  for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
    const scope = scopeOf(role, permission);
    if (scope) held.push({ permission, scope });
  }
  return held;
}

/** Whether `role` may invite with, change a login to or from, or remove a login holding `target`. */
export function mayGrant(role: MaybeRole, target: MemberRole): boolean {
  if (!role || role === 'platform_admin') return false;
  return ROLE_GRANTS[role].includes(target);
}

/** The roles `role` may grant (for invitation and member forms). */
export function grantableRoles(role: MaybeRole): readonly MemberRole[] {
  if (!role || role === 'platform_admin') return [];
  return ROLE_GRANTS[role];
}

/** Whether `role` reads the motivation of someone else's ambition shared with `visibility`. */
export function mayReadMotivation(role: MaybeRole, visibility: keyof typeof MOTIVATION_READERS): boolean {
  if (!role || role === 'platform_admin' || !can(role, 'ambitions.read.motivation')) return false;
  return MOTIVATION_READERS[visibility].includes(role);
}

/** Whether a login of `role` leads teams (holds a permission in scope `led_teams`): invitations name them. */
export function leadsTeams(role: MaybeRole): boolean {
  return permissionsOf(role).some((held) => held.scope === 'led_teams');
}
