/**
 * The headers the web server passes on to the API about the browser's request. X-Forwarded-For is
 * the address chain as it reached us: Next.js sets it to the connecting peer's address when no
 * proxy in front did. The API appends nothing of its own and believes the chain only from peers
 * it trusts (TRUST_PROXY, loopback by default), so its limits count per person, not per web server.
 */
export function forwardedHeaders(incoming: Pick<Headers, 'get'>): Record<string, string> {
  const chain = incoming.get('x-forwarded-for')?.trim();
  return chain ? { 'x-forwarded-for': chain } : {};
}
