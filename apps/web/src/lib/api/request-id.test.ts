import { describe, expect, it } from 'vitest';
import { ensureRequestId, REQUEST_ID_HEADER } from './request-id';

describe('ensureRequestId', () => {
  it("keeps a proxy's usable id", () => {
    const headers = new Headers({ [REQUEST_ID_HEADER]: 'edge-proxy-1234abcd' });
    expect(ensureRequestId(headers)).toBe('edge-proxy-1234abcd');
  });

  it('gives a request without one (or with an unusable one) a fresh UUID on its headers', () => {
    for (const headers of [new Headers(), new Headers({ [REQUEST_ID_HEADER]: 'bad id\twith space' })]) {
      const id = ensureRequestId(headers);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers.get(REQUEST_ID_HEADER)).toBe(id);
    }
  });
});
