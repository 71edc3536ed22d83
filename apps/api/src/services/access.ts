import { type MemberRole, mayGrant, type Permission, type Scope, scopeOf } from '@teamspiegel/domain/access';
import { startOfUtcDay } from '../lib/http.ts';
import { forbidden, notFound, ProblemError } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';

/**
 * Who may see and touch which people and teams, in one place. The permissions table
 * (@teamspiegel/domain/access) says which role holds a permission in which scope; this module turns
 * a scope into rows:
 * - organisation: the whole organisation;
 * - led_teams: the teams the login leads (ManagedTeam), those teams' current members, and itself;
 * - own_teams: the teams the login is a current member of (aggregates only);
 * - self: the login's own employee record.
 * A role without the permission gets 403; a row outside the scope is answered with 404.
 */
const managedCache = new WeakMap<Actor, Promise<string[]>>();

export function managedTeamIds(db: Db | Tx, actor: Actor): Promise<string[]> {
  let cached = managedCache.get(actor);
  if (!cached) {
    cached = db.managedTeam
      .findMany({
        where: { organisationId: actor.organisationId, memberId: actor.memberId },
        select: { teamId: true },
      })
      .then((rows) => rows.map((row) => row.teamId));
    managedCache.set(actor, cached);
  }
  return cached;
}

/** Memberships that count today: started, and not ended before today. */
export function activeMembershipWhere(today = new Date()) {
  return {
    startDate: { lte: today },
    OR: [{ endDate: null }, { endDate: { gte: startOfUtcDay(today) } }],
  };
}

/** Team ids of the actor's own current memberships (an employee's own teams). */
export async function ownTeamIds(db: Db | Tx, actor: Actor): Promise<string[]> {
  if (!actor.employeeId) return [];
  const rows = await db.teamMembership.findMany({
    where: { organisationId: actor.organisationId, employeeId: actor.employeeId, ...activeMembershipWhere() },
    select: { teamId: true },
  });
  return [...new Set(rows.map((row) => row.teamId))];
}

/** The scope in which the actor holds `permission`; 403 when their role does not hold it. */
export function scopeFor(actor: Actor, permission: Permission): Scope {
  const scope = scopeOf(actor.role, permission);
  if (!scope) throw forbidden(`Your role (${actor.role}) lacks the permission ${permission}.`);
  return scope;
}

/** What a permission reaches: everything, or some teams (with their members) and/or oneself. */
export type Reach = { all: true } | { all: false; teamIds: string[]; self: string | null };

export async function reachOf(db: Db | Tx, actor: Actor, permission: Permission): Promise<Reach> {
  switch (scopeFor(actor, permission)) {
    case 'led_teams':
      return { all: false, teamIds: await managedTeamIds(db, actor), self: actor.employeeId };
    case 'own_teams':
      return { all: false, teamIds: await ownTeamIds(db, actor), self: null };
    case 'self':
      return { all: false, teamIds: [], self: actor.employeeId };
    default:
      return { all: true };
  }
}

/** How the actor reads coverage: named (with people) or anonymous (counts), whichever they hold. */
export function coveragePermission(actor: Actor): Permission {
  return scopeOf(actor.role, 'coverage.read.named') ? 'coverage.read.named' : 'coverage.read.anonymous';
}

/** Prisma `where` for the Employee rows `permission` reaches (default: reading people's records). */
export async function visibleEmployeeWhere(
  db: Db | Tx,
  actor: Actor,
  permission: Permission = 'people.read.personal',
): Promise<Record<string, unknown>> {
  const reach = await reachOf(db, actor, permission);
  if (reach.all) return { organisationId: actor.organisationId };
  return {
    organisationId: actor.organisationId,
    OR: [
      { memberships: { some: { teamId: { in: reach.teamIds }, ...activeMembershipWhere() } } },
      ...(reach.self ? [{ id: reach.self }] : []),
    ],
  };
}

/** Prisma `where` for the Team rows whose coverage (and requirements in detail) the actor may see. */
export async function visibleTeamWhere(db: Db | Tx, actor: Actor): Promise<Record<string, unknown>> {
  const teamIds = await teamIdsInScope(db, actor, coveragePermission(actor));
  return teamIds === null
    ? { organisationId: actor.organisationId }
    : { organisationId: actor.organisationId, id: { in: teamIds } };
}

/** The team ids `permission` reaches for the actor, or null for all of them. */
export async function teamIdsInScope(db: Db | Tx, actor: Actor, permission: Permission) {
  const reach = await reachOf(db, actor, permission);
  return reach.all ? null : reach.teamIds;
}

/** 404 (never 403) when the employee is not in the actor's organisation or not visible to them. */
export async function assertEmployeeVisible(db: Db | Tx, actor: Actor, employeeId: string) {
  const found = await db.employee.findFirst({
    where: { AND: [await visibleEmployeeWhere(db, actor), { id: employeeId }] },
    select: { id: true },
  });
  if (!found) throw notFound('Employee');
}

/**
 * Whether the actor may act with `permission` (recording levels, ratings, validating) on this
 * employee: anyone with organisation scope; with led_teams scope the current members of the led teams.
 */
export async function canManageEmployee(
  db: Db | Tx,
  actor: Actor,
  employeeId: string,
  permission: Permission,
): Promise<boolean> {
  const reach = await reachOf(db, actor, permission);
  if (reach.all) return true;
  if (reach.teamIds.length === 0) return false;
  const membership = await db.teamMembership.findFirst({
    where: {
      organisationId: actor.organisationId,
      employeeId,
      teamId: { in: reach.teamIds },
      ...activeMembershipWhere(),
    },
    select: { id: true },
  });
  return membership !== null;
}

/**
 * The hierarchy of the permissions table (ROLE_GRANTS): inviting with a role, changing a login to or
 * from it and removing a login that holds it all need the right to grant that role (hr may not touch
 * board, for one). 403 `role_not_grantable` otherwise.
 */
export function assertMayGrant(actor: Actor, ...roles: MemberRole[]) {
  for (const role of roles) {
    if (!mayGrant(actor.role, role)) {
      throw new ProblemError(
        403,
        'role_not_grantable',
        'Forbidden',
        `Your role (${actor.role}) may not grant, change or remove the role ${role}.`,
      );
    }
  }
}
