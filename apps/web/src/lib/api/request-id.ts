export const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Gives the incoming request an id (keeping a proxy's, when it looks like one). The proxy calls
 * this for every page and Server Action; the API client (client.ts) sends it on, and the API logs
 * it as `reqId`, so one user action can be followed from the browser's request into the API.
 */
export function ensureRequestId(requestHeaders: Headers): string {
  const given = requestHeaders.get(REQUEST_ID_HEADER);
  if (given && SAFE_REQUEST_ID.test(given)) return given;
  const id = crypto.randomUUID();
  requestHeaders.set(REQUEST_ID_HEADER, id);
  return id;
}
