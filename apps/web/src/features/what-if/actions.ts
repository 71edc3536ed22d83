'use server';

import { ZId } from '@teamspiegel/domain/api/common';
import { type TSimulationView, ZSimulateBody } from '@teamspiegel/domain/api/coverage';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, ApiError, toActionError } from '@/lib/api/errors';

/**
 * What-if: POST /api/teams/:id/simulate with the chosen changes. Nothing is saved; the API
 * computes coverage before and after in memory.
 */
export async function simulateTeam(teamId: string, changes: unknown): Promise<ActionResult<TSimulationView>> {
  const id = ZId.safeParse(teamId);
  const body = ZSimulateBody.safeParse({ changes });
  if (!id.success || !body.success) return { ok: false, status: 400, code: 'validation_failed' };
  try {
    const data = await apiFetch<TSimulationView>(`/api/teams/${id.data}/simulate`, {
      method: 'POST',
      body: body.data,
    });
    return { ok: true, data };
  } catch (error) {
    // Redirects (session gone) must propagate; API errors become a translated message.
    if (!(error instanceof ApiError)) throw error;
    return toActionError(error);
  }
}
