import { createHash, randomBytes } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PREFIX_LENGTH = 36;

/**
 * Opaque random token for refresh tokens and invitations; only its hash is stored. It starts with
 * the organisation it belongs to (`<organisationId>.<secret>`), so its lookup names the
 * distribution column and stays a single-shard query on Citus (docs/scaling.md). The prefix is no
 * secret and grants nothing on its own: the stored row must match the hash of the whole token.
 */
export function newOpaqueToken(organisationId: string): string {
  return `${organisationId}.${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Where to find the stored row of a presented token: by its hash, within the organisation its
 * prefix names. Tokens issued before the prefix existed (43 characters, no dot) name none and are
 * found by hash alone, so sessions and invitations handed out earlier keep working.
 */
export function tokenWhere(token: string): { tokenHash: string; organisationId?: string } {
  const prefix = token.slice(0, PREFIX_LENGTH);
  const named = token.charAt(PREFIX_LENGTH) === '.' && UUID.test(prefix);
  return named
    ? { tokenHash: hashToken(token), organisationId: prefix.toLowerCase() }
    : { tokenHash: hashToken(token) };
}
