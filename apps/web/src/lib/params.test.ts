import { describe, expect, it } from 'vitest';
import { hasMalformedId } from './params';

describe('hasMalformedId', () => {
  const id = '0b6f3c2e-8d1a-4f5b-9c7e-2a4d6e8f0a1b';

  it('flags record pages whose id is not a UUID', () => {
    for (const path of [
      '/teams/abc',
      '/teams/123/eisen',
      '/mensen/%27%3B--',
      '/beheer/rollen/x',
      '/beheer/mensen/%E0%A4%A',
    ]) {
      expect(hasMalformedId(path), path).toBe(true);
    }
  });

  it('passes real ids and pages without an id', () => {
    for (const path of [
      `/teams/${id}`,
      `/mensen/${id}/gespreksblad`,
      `/beheer/rollen/${id}`,
      '/teams',
      '/beheer/mensen',
      '/overzicht',
    ]) {
      expect(hasMalformedId(path), path).toBe(false);
    }
  });
});
