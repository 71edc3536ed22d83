import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type {
  TDevelopmentRequest,
  TDevelopmentRequestStatus,
} from '@teamspiegel/domain/api/development-requests';
import { apiFetch } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';

/** The requests the caller may see (hr all, a manager her teams' members'), newest first. */
export async function loadDevelopmentRequests(
  status: TDevelopmentRequestStatus | undefined,
): Promise<{ ok: true; page: TPage<TDevelopmentRequest> } | { ok: false; code: string }> {
  try {
    const page = await apiFetch<TPage<TDevelopmentRequest>>('/api/development-requests', {
      query: { status, pageSize: 200 },
    });
    return { ok: true, page };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, code: error.code };
    throw error;
  }
}
