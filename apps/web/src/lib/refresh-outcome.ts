/**
 * A refresh the API could not answer now (its database is down: 503; it is shedding load or
 * rate-limiting: 429; any other 5xx) says nothing about the session: keep it and try again on the
 * next request. Only a real refusal (401, 400) ends the session.
 */
export function refreshIsTransient(status: number): boolean {
  return status === 429 || status >= 500;
}
