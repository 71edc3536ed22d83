import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, newOpaqueToken, tokenWhere } from '../../src/lib/tokens.ts';

describe('opaque tokens named by their organisation', () => {
  it('start with the organisation id, then a secret that differs every time', () => {
    const organisationId = randomUUID();
    const first = newOpaqueToken(organisationId);
    const second = newOpaqueToken(organisationId);
    expect(first.startsWith(`${organisationId}.`)).toBe(true);
    expect(first.slice(37)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
  });

  it('are looked up by the hash of the whole token within the organisation the prefix names', () => {
    const organisationId = randomUUID();
    const token = newOpaqueToken(organisationId);
    expect(tokenWhere(token)).toEqual({ tokenHash: hashToken(token), organisationId });
    expect(tokenWhere(token.toUpperCase()).organisationId).toBe(organisationId);
  });

  it('find tokens issued before the prefix, and malformed prefixes, by hash alone', () => {
    for (const token of [
      'q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1C', // 43 characters, no organisation
      `zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz.${'x'.repeat(43)}`,
      `${randomUUID()}-${'x'.repeat(43)}`,
    ]) {
      expect(tokenWhere(token)).toEqual({ tokenHash: hashToken(token) });
    }
  });
});
