import type { TAuthSession } from '@teamspiegel/domain/api/auth';

export type RefreshOutcome =
  | { kind: 'refreshed'; auth: TAuthSession }
  | { kind: 'rejected' }
  | { kind: 'unreachable' };

type Options = {
  /** How long a refresh's result is handed to later requests that still carry the old token. */
  reuseMs: number;
  /** At most this many results are kept. */
  max: number;
  now?: () => number;
};

/**
 * One refresh per refresh token at a time. A page near token expiry sends several requests at
 * once (the document, RSC fetches, Server Actions), all with the same sealed cookie: only the
 * first asks the API, the others wait for and share its answer. Requests that arrive shortly
 * after, still carrying the old cookie, get the same answer instead of presenting a rotated
 * token. Failures are not kept: the next request asks again. `context` (the request's headers)
 * is used by whichever request starts the refresh.
 */
export function singleFlightRefresh<Context>(
  refresh: (refreshToken: string, context: Context) => Promise<RefreshOutcome>,
  options: Options,
): (refreshToken: string, context: Context) => Promise<RefreshOutcome> {
  const now = options.now ?? Date.now;
  const results = new Map<string, { startedAt: number; outcome: Promise<RefreshOutcome> }>();

  function prune(at: number) {
    for (const [token, entry] of results) {
      if (at - entry.startedAt <= options.reuseMs && results.size < options.max) break;
      results.delete(token);
    }
  }

  return (refreshToken, context) => {
    const at = now();
    prune(at);
    const known = results.get(refreshToken);
    if (known) return known.outcome;
    const outcome = refresh(refreshToken, context).catch((): RefreshOutcome => ({ kind: 'unreachable' }));
    results.set(refreshToken, { startedAt: at, outcome });
    void outcome.then((result) => {
      if (result.kind !== 'refreshed' && results.get(refreshToken)?.outcome === outcome) {
        results.delete(refreshToken);
      }
    });
    return outcome;
  };
}
