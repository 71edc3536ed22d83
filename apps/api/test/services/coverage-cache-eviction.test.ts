import { describe, expect, it } from 'vitest';
import {
  evictCachedOrganisation,
  HEAP_PRESSURE_SHARE,
  MAX_CACHED_ORGANISATIONS,
} from '../../src/services/coverage-cache-eviction.ts';

const limit = 512 * 1024 * 1024;
const heapAt = (share: number) => () => ({
  used_heap_size: Math.round(limit * share),
  heap_size_limit: limit,
});
const cacheOf = (...ids: string[]) => new Map(ids.map((id) => [id, { id }]));

describe('evictCachedOrganisation', () => {
  it('keeps every organisation while the heap is calm and the cache not over its count', () => {
    const cache = cacheOf('a', 'b', 'c');
    expect(evictCachedOrganisation(cache, 'c', heapAt(HEAP_PRESSURE_SHARE - 0.1))).toBeUndefined();
    expect([...cache.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('drops the oldest other organisation, one per rebuild, when the heap is under pressure', () => {
    const cache = cacheOf('a', 'b', 'c');
    const pressed = heapAt(HEAP_PRESSURE_SHARE + 0.1);
    expect(evictCachedOrganisation(cache, 'a', pressed)).toBe('b');
    expect([...cache.keys()]).toEqual(['a', 'c']);
    expect(evictCachedOrganisation(cache, 'a', pressed)).toBe('c');
    // The organisation just rebuilt stays, however full the heap.
    expect(evictCachedOrganisation(cache, 'a', pressed)).toBeUndefined();
    expect([...cache.keys()]).toEqual(['a']);
  });

  it('drops the oldest when one organisation more than the count was cached, whatever the heap', () => {
    const ids = Array.from({ length: MAX_CACHED_ORGANISATIONS + 1 }, (_, index) => `org-${index}`);
    const cache = cacheOf(...ids);
    expect(evictCachedOrganisation(cache, ids.at(-1) as string, heapAt(0.01))).toBe('org-0');
    expect(cache.size).toBe(MAX_CACHED_ORGANISATIONS);
    expect(evictCachedOrganisation(cache, ids.at(-1) as string, heapAt(0.01))).toBeUndefined();
  });

  it('reads the real heap by default (a calm test process keeps its two organisations)', () => {
    const cache = cacheOf('a', 'b');
    expect(evictCachedOrganisation(cache, 'b')).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});
