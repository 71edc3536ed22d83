import 'server-only';
import type { TMyReminders } from '@teamspiegel/domain/api/reminders';
import { apiFetch } from '@/lib/api/client';

/** GET /api/me/reminders: the same lists as the daily digest mail. */
export const fetchMyReminders = () => apiFetch<TMyReminders>('/api/me/reminders');
