import { z } from 'zod';
import { ZCircleId } from '../model.js';
import { ZId, ZIsoDateTime, ZMultilineText, ZPageQuery, ZText } from './common.js';

export const ZSurroundingsContact = z.object({
  id: ZId,
  employeeId: ZId,
  circle: ZCircleId,
  partnerName: z.string(),
  description: z.string().nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TSurroundingsContact = z.infer<typeof ZSurroundingsContact>;

export const ZSurroundingsContactListQuery = ZPageQuery.extend({
  employeeId: ZId.optional(),
  circle: ZCircleId.optional(),
});
export type TSurroundingsContactListQuery = z.input<typeof ZSurroundingsContactListQuery>;

export const ZPartnerName = ZText({ min: 1, max: 200 });
export const ZContactDescription = ZMultilineText({ max: 2000 });

export const ZSurroundingsContactCreate = z.object({
  employeeId: ZId,
  circle: ZCircleId,
  partnerName: ZPartnerName,
  description: ZContactDescription.nullish(),
});
export type TSurroundingsContactCreate = z.infer<typeof ZSurroundingsContactCreate>;

/** The person a contact belongs to does not change. */
export const ZSurroundingsContactUpdate = ZSurroundingsContactCreate.omit({ employeeId: true }).partial();
export type TSurroundingsContactUpdate = z.infer<typeof ZSurroundingsContactUpdate>;
