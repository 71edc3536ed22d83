import { mayReadMotivation as roleMayReadMotivation } from '@teamspiegel/domain/access';
import { ZAmbitionVisibility } from '@teamspiegel/domain/api/ambitions';
import type { Ambition } from '../generated/prisma/client.ts';
import { ProblemError } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';

/**
 * An ambition's motivation is the employee's own text, and so is the choice of who else may read
 * it (`visibility`). This module is the one place that says who reads and who writes them; every
 * path that shows an ambition (the ambition routes, the audit log, the data export) asks it.
 */

/** What a hidden motivation is replaced with inside audit snapshots. */
export const HIDDEN_MOTIVATION = '[redacted]';

type Reader = Pick<Actor, 'role' | 'employeeId'>;

/**
 * Who may read an ambition's motivation text. The employee always; besides them the visibility they
 * chose decides, as the permissions table says (`ambitions.read.motivation`): hr unless it is 'self',
 * a manager only when it is 'manager'. The target (area, level, direction, horizon) is visible to
 * everyone who may see the person.
 */
export function mayReadMotivation(actor: Reader, ambition: Pick<Ambition, 'employeeId' | 'visibility'>) {
  if (actor.employeeId !== null && actor.employeeId === ambition.employeeId) return true;
  return roleMayReadMotivation(actor.role, ambition.visibility);
}

/**
 * Only the employee writes the motivation or changes its visibility; hr may create ambitions
 * (without a motivation, so the initial visibility exposes nothing) and maintain their target,
 * horizon and status, but could otherwise widen the visibility and read what was private.
 */
export function assertMayWritePrivateFields(
  actor: Pick<Actor, 'employeeId'>,
  employeeId: string,
  fields: { motivation?: unknown; visibility?: unknown },
) {
  if (actor.employeeId !== null && actor.employeeId === employeeId) return;
  const touched = (['motivation', 'visibility'] as const).filter((key) => fields[key] !== undefined);
  if (touched.length === 0) return;
  throw new ProblemError(
    403,
    'ambition_owner_only',
    'Forbidden',
    'Only the employee may write the motivation of an ambition or choose who reads it.',
    touched.map((key) => ({ path: `body.${key}`, message: 'Only the employee may set this field' })),
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const VISIBILITIES = new Set<string>(ZAmbitionVisibility.options);

/**
 * Redacts motivations inside JSON snapshots of ambitions (audit before/after). A snapshot's text
 * is shown only when the rule allows it both under the visibility it was written with and under
 * the ambition's visibility now (an employee who narrows it narrows its history too).
 * Loads the current visibilities of the ambitions concerned in one query.
 */
export async function ambitionSnapshotRedactor(
  db: Db | Tx,
  actor: Reader & Pick<Actor, 'organisationId'>,
  rows: ReadonlyArray<{ entity: string; entityId: string }>,
) {
  const ids = [...new Set(rows.filter((row) => row.entity === 'Ambition').map((row) => row.entityId))];
  const current = new Map(
    ids.length === 0
      ? []
      : (
          await db.ambition.findMany({
            where: { organisationId: actor.organisationId, id: { in: ids } },
            select: { id: true, employeeId: true, visibility: true },
          })
        ).map((row) => [row.id, row]),
  );
  return (entity: string, entityId: string, value: unknown): unknown => {
    if (entity !== 'Ambition' || value === null || typeof value !== 'object' || Array.isArray(value)) {
      return value ?? null;
    }
    const snapshot = value as { [key: string]: Json };
    if (snapshot.motivation === undefined || snapshot.motivation === null) return snapshot;
    const { employeeId, visibility } = snapshot;
    const readable =
      typeof employeeId === 'string' &&
      typeof visibility === 'string' &&
      VISIBILITIES.has(visibility) &&
      mayReadMotivation(actor, { employeeId, visibility: visibility as Ambition['visibility'] }) &&
      (() => {
        const now = current.get(entityId);
        return now ? mayReadMotivation(actor, now) : true;
      })();
    return readable ? snapshot : { ...snapshot, motivation: HIDDEN_MOTIVATION };
  };
}
