import { z } from 'zod';
import { ZAreaId, ZLevelId } from '../model.js';
import { ZId, ZIsoDateTime } from './common.js';

/**
 * What a notification tells the employee: her self-assessed level was validated as it was, or
 * adjusted to another level (with the validator's note); an action was planned for her; her request
 * for training or coaching was declined (with hr's answer). The database writes them.
 */
export const ZNotificationKind = z.enum([
  'level_validated',
  'level_adjusted',
  'action_planned',
  'request_declined',
]);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const ZNotification = z.object({
  id: ZId,
  kind: ZNotificationKind,
  area: ZAreaId.nullable(),
  level: ZLevelId.nullable(),
  note: z.string().nullable(),
  /** The planned action's title (action_planned only). */
  actionTitle: z.string().nullable(),
  createdAt: ZIsoDateTime,
  readAt: ZIsoDateTime.nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;

/** `GET /api/me/notifications`: her latest notifications, newest first, and how many are unread. */
export const ZNotificationList = z.object({
  items: z.array(ZNotification),
  unread: z.number().int().min(0),
});
export type TNotificationList = z.infer<typeof ZNotificationList>;

export const ZNotificationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
