'use server';

import { ZId } from '@teamspiegel/domain/api/common';
import {
  type TTeamRequirementProfile,
  ZTeamRequirementsReplace,
} from '@teamspiegel/domain/api/team-requirements';
import { revalidatePath } from 'next/cache';
import { apiFetchWithMeta } from '@/lib/api/client';
import { type ActionResult, ApiError, toActionError } from '@/lib/api/errors';

export type SaveResult = ActionResult<{ etag: string; profile: TTeamRequirementProfile }>;

/**
 * PUT /api/teams/:id/requirements: replaces the team's whole target profile. If-Match carries the
 * ETag the editor was loaded with, so a concurrent change gives 412 instead of being overwritten.
 */
export async function saveRequirements(
  teamId: string,
  etag: string,
  requirements: unknown,
): Promise<SaveResult> {
  const id = ZId.safeParse(teamId);
  if (!id.success || typeof etag !== 'string' || etag.length === 0 || etag.length > 100) {
    return { ok: false, status: 400, code: 'bad_request' };
  }
  const body = ZTeamRequirementsReplace.safeParse({ requirements });
  if (!body.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of body.error.issues) fieldErrors[issue.path.join('.')] = issue.message;
    return { ok: false, status: 400, code: 'validation_failed', fieldErrors };
  }
  try {
    const result = await apiFetchWithMeta<TTeamRequirementProfile>(`/api/teams/${id.data}/requirements`, {
      method: 'PUT',
      body: { requirements: body.data.requirements },
      ifMatch: etag,
    });
    revalidatePath(`/teams/${id.data}`);
    revalidatePath(`/teams/${id.data}/eisen`);
    return {
      ok: true,
      data: { etag: result.etag ?? `W/"${result.data.version}"`, profile: result.data },
    };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return toActionError(error);
  }
}
