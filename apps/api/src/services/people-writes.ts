import type { Permission } from '@teamspiegel/domain/access';
import {
  AreaLevelConflictError,
  type RecordAreaLevelInput,
  recordAreaLevel,
} from '../db/area-level-history.ts';
import { conflict, forbidden, notFound, unprocessable } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';
import { canManageEmployee, visibleEmployeeWhere } from './access.ts';

/**
 * Guards for writes about one person (levels, ratings, contacts), on top of services/access.ts: the
 * permission's scope decides (organisation: anyone; led_teams: the members of the teams one leads).
 */

/** An employeeId sent in a body: 422 when it is not in the actor's organisation, 403 when not theirs to manage. */
export async function assertMayWriteForReferenced(
  db: Db | Tx,
  actor: Actor,
  employeeId: string,
  permission: Permission,
) {
  const employee = await db.employee.findFirst({
    where: { organisationId: actor.organisationId, id: employeeId },
    select: { id: true },
  });
  if (!employee) {
    throw unprocessable('invalid_reference', 'The employee does not exist in your organisation.', [
      { path: 'body.employeeId', message: 'Unknown employee' },
    ]);
  }
  if (!(await canManageEmployee(db, actor, employeeId, permission))) {
    throw forbidden('You may only act for members of the teams you lead.');
  }
}

/** The person of an existing row (found through a path id): 403 unless the actor may manage them. */
export async function assertMayWriteFor(
  db: Db | Tx,
  actor: Actor,
  employeeId: string,
  permission: Permission,
) {
  if (!(await canManageEmployee(db, actor, employeeId, permission))) {
    throw forbidden('You may only act for members of the teams you lead.');
  }
}

/** Validating a level is someone else's judgement: nobody validates their own. */
export function assertNotSelf(actor: Actor, employeeId: string) {
  if (actor.employeeId === employeeId) {
    throw forbidden('You cannot validate or set your own level; ask your manager or HR.');
  }
}

/**
 * The self-assessed level a decision (approve, adjust, reject) is about: visible to the actor (404),
 * of someone they may validate and not themselves (403), still current and not yet validated (409).
 * The caller has locked the row.
 */
export async function levelAwaitingDecision(
  tx: Tx,
  actor: Actor,
  visible: Record<string, unknown>,
  id: string,
) {
  const target = await tx.areaLevel.findFirst({ where: { AND: [visible, { id }] } });
  if (!target) throw notFound('AreaLevel');
  await assertMayWriteFor(tx, actor, target.employeeId, 'levels.validate');
  assertNotSelf(actor, target.employeeId);
  if (target.isCurrent !== true) {
    throw conflict(
      'area_level_not_current',
      'This level was superseded; only the current one can be validated.',
    );
  }
  if (target.status !== 'self_assessed') {
    throw conflict('area_level_already_validated', 'This level is already validated.');
  }
  return target;
}

/** Prisma `where` for rows owned by an employee the actor may see (`{ employee: … }` of the row). */
export async function ownedByVisibleEmployee(db: Db | Tx, actor: Actor) {
  return { organisationId: actor.organisationId, employee: await visibleEmployeeWhere(db, actor) };
}

/** recordAreaLevel, with its conflict error turned into a 409 problem. */
export async function recordLevel(tx: Tx, input: RecordAreaLevelInput) {
  try {
    return await recordAreaLevel(tx, input);
  } catch (error) {
    if (error instanceof AreaLevelConflictError) throw conflict(error.code, error.message);
    throw error;
  }
}
