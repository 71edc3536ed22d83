import 'server-only';
import type { TAmbitionImpact } from '@teamspiegel/domain/api/ambition-impact';
import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import type { TPendingImpact } from '@teamspiegel/domain/api/pending-impact';
import type { TProfile } from '@teamspiegel/domain/api/profile';
import { apiFetch, apiFetchWithMeta } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';

export type TeamCoverageResult =
  | { teamId: string; teamName: string; coverage: TTeamCoverageView; error: null }
  | { teamId: string; teamName: string; coverage: null; error: string };

export type ProfilePageData =
  | {
      kind: 'profile';
      profile: TProfile;
      etag: string;
      teams: TeamCoverageResult[];
      /** Her pending levels and what approving each would change; null when it could not be loaded. */
      pending: TPendingImpact | null;
      /** Which gaps of her teams her active ambitions would close (the API computes it); null on failure. */
      ambitionImpact: TAmbitionImpact | null;
    }
  | { kind: 'no_profile' }
  | { kind: 'error'; code: string };

/**
 * The signed-in person's profile (with its ETag) and the anonymised coverage of each of their own
 * teams: one profile call, then one coverage call per own team (there is no batch endpoint; a
 * person belongs to one to three teams) and the impact of her pending levels, in parallel.
 */
export async function loadProfilePage(): Promise<ProfilePageData> {
  let profile: TProfile;
  let etag: string;
  try {
    const response = await apiFetchWithMeta<TProfile>('/api/me/profile');
    profile = response.data;
    etag = response.etag ?? `W/"${response.data.version}"`;
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.status === 404 || error.code === 'no_employee_profile') return { kind: 'no_profile' };
      return { kind: 'error', code: error.code };
    }
    throw error;
  }
  const pendingCall = apiFetch<TPendingImpact>('/api/me/pending-impact').catch((error: unknown) => {
    if (error instanceof ApiError) return null;
    throw error;
  });
  const ambitionCall = apiFetch<TAmbitionImpact>('/api/me/ambition-impact').catch((error: unknown) => {
    if (error instanceof ApiError) return null;
    throw error;
  });
  const teamsCall = Promise.all(
    profile.teams.map(async (team): Promise<TeamCoverageResult> => {
      try {
        const coverage = await apiFetch<TTeamCoverageView>(
          `/api/teams/${encodeURIComponent(team.id)}/coverage`,
        );
        return { teamId: team.id, teamName: team.name, coverage, error: null };
      } catch (error) {
        if (error instanceof ApiError)
          return { teamId: team.id, teamName: team.name, coverage: null, error: error.code };
        throw error;
      }
    }),
  );
  const [teams, pending, ambitionImpact] = await Promise.all([teamsCall, pendingCall, ambitionCall]);
  return { kind: 'profile', profile, etag, teams, pending, ambitionImpact };
}
