import 'server-only';
import type { TNotificationList } from '@teamspiegel/domain/api/notifications';
import { apiFetch } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';

/** Her latest notifications and the unread count; null when the API could not answer. */
export async function loadNotifications(limit = 30): Promise<TNotificationList | null> {
  try {
    return await apiFetch<TNotificationList>('/api/me/notifications', { query: { limit } });
  } catch (error) {
    if (error instanceof ApiError) return null;
    throw error;
  }
}
