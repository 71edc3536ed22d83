import 'server-only';
import type { TMyDevelopment } from '@teamspiegel/domain/api/development-requests';
import type { TProfile } from '@teamspiegel/domain/api/profile';
import { apiFetch } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';

export type OwnDevelopmentData =
  | { kind: 'ok'; profile: TProfile; development: TMyDevelopment }
  | { kind: 'no_profile' }
  | { kind: 'error'; code: string };

/** Her profile (levels with their validation status, ambitions) and her actions and requests. */
export async function loadOwnDevelopment(): Promise<OwnDevelopmentData> {
  try {
    const [profile, development] = await Promise.all([
      apiFetch<TProfile>('/api/me/profile'),
      apiFetch<TMyDevelopment>('/api/me/development'),
    ]);
    return { kind: 'ok', profile, development };
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.code === 'no_employee_profile') return { kind: 'no_profile' };
      return { kind: 'error', code: error.code };
    }
    throw error;
  }
}
