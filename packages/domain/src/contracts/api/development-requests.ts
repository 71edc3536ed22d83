import { z } from 'zod';
import { ZAreaId, ZLevelId } from '../model.js';
import { ZId, ZIsoDateTime, ZMultilineText, ZPageQuery } from './common.js';
import { ZDevelopmentAction } from './development-actions.js';

/** An employee asks for a training or coaching towards one of her ambitions. */
export const ZDevelopmentRequestType = z.enum(['training', 'coaching']);
export const ZDevelopmentRequestStatus = z.enum(['open', 'planned', 'declined']);
export type TDevelopmentRequestStatus = z.infer<typeof ZDevelopmentRequestStatus>;

/**
 * A request for training or coaching: open until an action is planned for her in that area (the
 * database marks it planned) or hr declines it with an answer.
 */
export const ZDevelopmentRequest = z.object({
  id: ZId,
  employeeId: ZId,
  employeeName: z.string(),
  type: ZDevelopmentRequestType,
  area: ZAreaId,
  targetLevel: ZLevelId,
  note: z.string().nullable(),
  status: ZDevelopmentRequestStatus,
  answer: z.string().nullable(),
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TDevelopmentRequest = z.infer<typeof ZDevelopmentRequest>;

/** `POST /api/me/development-requests`: for one of her active ambitions (422 `no_such_ambition`). */
export const ZDevelopmentRequestCreate = z.object({
  ambitionId: ZId,
  type: ZDevelopmentRequestType,
  note: ZMultilineText({ max: 2000 }).nullish(),
});
export type TDevelopmentRequestCreate = z.infer<typeof ZDevelopmentRequestCreate>;

/** `POST /api/development-requests/:id/decline`: hr declines an open request, saying why. */
export const ZDevelopmentRequestDecline = z.object({ answer: ZMultilineText({ min: 1, max: 2000 }) });

export const ZDevelopmentRequestListQuery = ZPageQuery.extend({
  status: ZDevelopmentRequestStatus.optional(),
});

/**
 * `GET /api/me/development`: her own development — the actions planned for her (planned, running,
 * done, cancelled; newest first) and her requests for training or coaching.
 */
export const ZMyDevelopment = z.object({
  actions: z.array(ZDevelopmentAction),
  requests: z.array(ZDevelopmentRequest),
});
export type TMyDevelopment = z.infer<typeof ZMyDevelopment>;
