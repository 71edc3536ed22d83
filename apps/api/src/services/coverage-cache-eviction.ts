import { getHeapStatistics } from 'node:v8';

/** Organisations a process keeps in memory at most. */
export const MAX_CACHED_ORGANISATIONS = 50;
/**
 * Share of V8's heap limit (`--max-old-space-size`) above which a rebuild drops the oldest other
 * cached organisation: a large organisation holds ~50 MB, so the count alone would not keep a
 * process serving several big tenants inside its limit.
 */
export const HEAP_PRESSURE_SHARE = 0.6;

type HeapStatistics = { used_heap_size: number; heap_size_limit: number };

/**
 * After `keep` was (re)cached: drops the oldest other organisation when the cache is full or the heap
 * is under pressure. One per rebuild: the used heap only falls at the next collection, so judging
 * again at once would empty the cache. Returns the dropped organisation, if any.
 */
export function evictCachedOrganisation(
  cache: Map<string, unknown>,
  keep: string,
  heap: () => HeapStatistics = getHeapStatistics,
): string | undefined {
  if (cache.size <= 1) return undefined;
  const { used_heap_size: used, heap_size_limit: limit } = heap();
  if (cache.size <= MAX_CACHED_ORGANISATIONS && used <= limit * HEAP_PRESSURE_SHARE) return undefined;
  for (const organisationId of cache.keys()) {
    if (organisationId === keep) continue;
    cache.delete(organisationId);
    return organisationId;
  }
  return undefined;
}
