/**
 * The primary key of a tenant row, `("organisationId", id)` (docs/scaling.md): every unique lookup
 * of a tenant model (findUnique, update, delete, upsert, connect) names both, so a lookup by id
 * alone cannot be written and stays a single-shard query once distributed by organisation.
 *
 *   tx.team.update({ where: tenantKey(actor.organisationId, id), data })
 */
export const tenantKey = (organisationId: string, id: string) => ({
  organisationId_id: { organisationId, id },
});
