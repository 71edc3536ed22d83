import type { TProblem } from '@teamspiegel/domain/api/common';

/** An API error as RFC 9457 problem details; `code` is translated with messages `errors.<code>`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: TProblem | null;

  constructor(status: number, problem: TProblem | null) {
    super(problem?.detail ?? problem?.title ?? `API error ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem?.code ?? (status >= 500 ? 'internal_error' : 'bad_request');
    this.problem = problem;
  }

  /** Field errors keyed by path without the `body.` prefix. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) {
      out[error.path.replace(/^(body|querystring)\./, '')] = error.message;
    }
    return out;
  }
}

/** What a Server Action returns to a form: serialisable, no class instances. */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; status: number; code: string; fieldErrors?: Record<string, string> };

export function toActionError(error: unknown): ActionResult<never> {
  if (error instanceof ApiError) {
    // A refusal is never a field problem: no field errors, so forms say "not allowed", not "check the fields".
    if (error.status === 403) return { ok: false, status: 403, code: error.code };
    return { ok: false, status: error.status, code: error.code, fieldErrors: error.fieldErrors() };
  }
  return { ok: false, status: 503, code: 'api_unreachable' };
}
