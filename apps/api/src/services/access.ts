import { startOfUtcDay } from '../lib/http.ts';
import { forbidden, notFound } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';

/**
 * Who may see which people and teams, in one place:
 * - board and hr: the whole organisation;
 * - manager: the teams they lead (ManagedTeam) and those teams' current members;
 * - employee: themselves (and their own teams, for aggregate coverage);
 * - trainer: no individual people (aggregates only).
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

/** Prisma `where` for the Employee rows the actor may see individually. */
export async function visibleEmployeeWhere(db: Db | Tx, actor: Actor): Promise<Record<string, unknown>> {
  switch (actor.role) {
    case 'board':
    case 'hr':
      return { organisationId: actor.organisationId };
    case 'manager': {
      const teamIds = await managedTeamIds(db, actor);
      const self = actor.employeeId ? [{ id: actor.employeeId }] : [];
      return {
        organisationId: actor.organisationId,
        OR: [{ memberships: { some: { teamId: { in: teamIds }, ...activeMembershipWhere() } } }, ...self],
      };
    }
    case 'employee':
      return {
        organisationId: actor.organisationId,
        id: actor.employeeId ?? '00000000-0000-0000-0000-000000000000',
      };
    default:
      throw forbidden('Your role sees aggregates only, not individual people.');
  }
}

/** Prisma `where` for the Team rows the actor may see in detail (members, coverage). */
export async function visibleTeamWhere(db: Db | Tx, actor: Actor): Promise<Record<string, unknown>> {
  switch (actor.role) {
    case 'board':
    case 'hr':
    case 'trainer':
      return { organisationId: actor.organisationId };
    case 'manager':
      return { organisationId: actor.organisationId, id: { in: await managedTeamIds(db, actor) } };
    default:
      return { organisationId: actor.organisationId, id: { in: await ownTeamIds(db, actor) } };
  }
}

/** 404 (never 403) when the employee is not in the actor's organisation or not visible to them. */
export async function assertEmployeeVisible(db: Db | Tx, actor: Actor, employeeId: string) {
  const found = await db.employee.findFirst({
    where: { AND: [await visibleEmployeeWhere(db, actor), { id: employeeId }] },
    select: { id: true },
  });
  if (!found) throw notFound('Employee');
}

/** Managers may act on members of the teams they lead; board and hr on everyone. */
export async function canManageEmployee(db: Db | Tx, actor: Actor, employeeId: string): Promise<boolean> {
  if (actor.role === 'hr') return true;
  if (actor.role !== 'manager') return false;
  const teamIds = await managedTeamIds(db, actor);
  const membership = await db.teamMembership.findFirst({
    where: {
      organisationId: actor.organisationId,
      employeeId,
      teamId: { in: teamIds },
      ...activeMembershipWhere(),
    },
    select: { id: true },
  });
  return membership !== null;
}
