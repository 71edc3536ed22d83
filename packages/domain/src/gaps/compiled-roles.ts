import type { TRoleDefinition } from '../contracts/inputs.js';
import { DomainError } from '../errors.js';
import { AREA_INDEX } from '../model/areas.js';
import { COMPETENCY_INDEX } from '../model/competencies.js';
import { LEVEL_RANK } from '../model/levels.js';

/** A role with its thresholds as array indexes and numeric ranks, for the hot loop. */
export type CompiledRole = {
  readonly id: string;
  readonly areaIdx: readonly number[];
  readonly areaMin: readonly number[];
  /** Highest rank allowed per area (4 unless the role caps it, as the trainee role does). */
  readonly areaMax: readonly number[];
  readonly compIdx: readonly number[];
  readonly compMin: readonly number[];
  readonly any: boolean;
  /** The highest level rank the role asks for; the severity weight of a missing role. */
  readonly weight: number;
};

export type RoleIndex = ReadonlyMap<string, CompiledRole>;

const cache = new WeakMap<readonly TRoleDefinition[], RoleIndex>();

export function compileRoles(roles: readonly TRoleDefinition[]): RoleIndex {
  const cached = cache.get(roles);
  if (cached) return cached;
  const index = new Map<string, CompiledRole>();
  for (const role of roles) {
    if (index.has(role.id)) {
      throw new DomainError('duplicate_role', `Role '${role.id}' is defined twice`, { roleId: role.id });
    }
    const areaIdx: number[] = [];
    const areaMin: number[] = [];
    const areaMax: number[] = [];
    let weight = 1;
    for (const r of role.requirements) {
      const rank = LEVEL_RANK[r.minLevel];
      areaIdx.push(AREA_INDEX[r.area]);
      areaMin.push(rank);
      areaMax.push(r.maxLevel === undefined ? 4 : LEVEL_RANK[r.maxLevel]);
      if (rank > weight) weight = rank;
    }
    const compIdx: number[] = [];
    const compMin: number[] = [];
    for (const c of role.competencies ?? []) {
      compIdx.push(COMPETENCY_INDEX[c.competency]);
      compMin.push(c.minScore);
    }
    index.set(role.id, {
      id: role.id,
      areaIdx,
      areaMin,
      areaMax,
      compIdx,
      compMin,
      any: role.areaMatch === 'any' && areaIdx.length > 0,
      weight,
    });
  }
  // Only frozen arrays are cached: a mutable one could change under the cache.
  if (Object.isFrozen(roles)) cache.set(roles, index);
  return index;
}

/** Whether the levels at `base` in `ranks` and the scores at `base` meet the role. */
export function meetsRole(role: CompiledRole, ranks: Uint8Array, scores: Uint8Array, base: number): boolean {
  const areaIdx = role.areaIdx;
  const areaMin = role.areaMin;
  const areaMax = role.areaMax;
  const n = areaIdx.length;
  if (role.any) {
    // One area in its band is enough, but a level above an area's cap disqualifies: the trainee
    // role is met by someone in training somewhere and beyond training nowhere.
    let ok = false;
    for (let i = 0; i < n; i++) {
      const rank = ranks[base + (areaIdx[i] as number)] as number;
      if (rank > (areaMax[i] as number)) return false;
      if (rank >= (areaMin[i] as number)) ok = true;
    }
    if (!ok) return false;
  } else {
    for (let i = 0; i < n; i++) {
      const rank = ranks[base + (areaIdx[i] as number)] as number;
      if (rank < (areaMin[i] as number) || rank > (areaMax[i] as number)) return false;
    }
  }
  const compIdx = role.compIdx;
  const compMin = role.compMin;
  for (let i = 0; i < compIdx.length; i++) {
    if ((scores[base + (compIdx[i] as number)] as number) < (compMin[i] as number)) return false;
  }
  return true;
}
