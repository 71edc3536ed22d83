import type { Prisma } from '../generated/prisma/client.ts';
import { writeAudit } from '../lib/audit.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Tx } from '../plugins/app/prisma.ts';

type PlannedActionData = Omit<
  Prisma.DevelopmentActionUncheckedCreateInput,
  'organisationId' | 'status' | 'createdByUserId'
>;

/**
 * Plans a development action in one step (a gap's course or vacancy, an accepted suggestion): status
 * `planned`, created by the actor, audited with where it came from (`origin`, e.g. the gap's
 * requirement). Answers the row with the person's name.
 */
export async function createPlannedAction(
  tx: Tx,
  actor: Actor,
  data: PlannedActionData,
  origin: Record<string, unknown>,
) {
  const created = await tx.developmentAction.create({
    data: { organisationId: actor.organisationId, ...data, status: 'planned', createdByUserId: actor.userId },
    include: { employee: { select: { firstName: true, lastName: true } } },
  });
  await writeAudit(tx, actor, {
    entity: 'DevelopmentAction',
    entityId: created.id,
    action: 'create',
    after: { ...created, employee: undefined, ...origin },
  });
  return created;
}
