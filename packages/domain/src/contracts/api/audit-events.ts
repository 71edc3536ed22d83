import { z } from 'zod';
import { ZDateTimeInput, ZId, ZIsoDateTime, ZPageQuery, ZText } from './common.js';

/** One row of the append-only audit log. */
export const ZAuditEvent = z.object({
  id: ZId,
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  createdAt: ZIsoDateTime,
  actor: z.object({ id: ZId, name: z.string(), email: z.string() }).nullable(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditEventListQuery = ZPageQuery.extend({
  entity: ZText({ min: 1, max: 100 }).optional(),
  entityId: ZText({ min: 1, max: 100 }).optional(),
  actorUserId: ZId.optional(),
  action: ZText({ min: 1, max: 100 }).optional(),
  /** Inclusive lower bound on createdAt. */
  from: ZDateTimeInput.optional(),
  /** Exclusive upper bound on createdAt. */
  to: ZDateTimeInput.optional(),
});
export type TAuditEventListQuery = z.infer<typeof ZAuditEventListQuery>;
