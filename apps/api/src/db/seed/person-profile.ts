import type { AreaId } from '@teamspiegel/domain';
import type { Archetype, LevelProfile, Rank, Seniority } from './archetypes.ts';
import { emailLocalPart, type PersonName } from './names.ts';
import type { PersonSpec } from './person-spec.ts';
import type { Random } from './prng.ts';

/*
 * The seeded facts about one person that the PRNG decides: levels, part-time factor, years of
 * service and a unique e-mail address. Each draws from `random` in a fixed order; the seeded rows
 * depend on that order, so keep it.
 */

/** Levels: the archetype's core, random extras on top (never lowering it), then the spec's overrides. */
export function personLevels(
  random: Random,
  archetype: Archetype | null,
  seniority: Seniority,
  spec: PersonSpec,
): LevelProfile {
  const levels: LevelProfile = { ...(archetype?.core[seniority] ?? {}) };
  if (archetype?.extras && !spec.exact) {
    for (const [area, range] of Object.entries(archetype.extras) as Array<[AreaId, readonly [Rank, Rank]]>) {
      const rank = random.int(range[0], range[1]) as Rank;
      if (rank > (levels[area] ?? 0)) levels[area] = rank;
    }
  }
  for (const [area, rank] of Object.entries(spec.levels ?? {}) as Array<[AreaId, Rank]>) {
    if (rank === 0) delete levels[area];
    else levels[area] = rank;
  }
  return levels;
}

/** The spec's FTE, or one drawn in the archetype's range (0.6–1.0 without one), to one decimal. */
export function personFte(random: Random, archetype: Archetype | null, spec: PersonSpec): number {
  if (spec.fte !== undefined) return spec.fte;
  const [fteMin, fteMax] = archetype?.fte ?? [0.6, 1.0];
  return Math.round((fteMin + random.next() * (fteMax - fteMin)) * 10) / 10;
}

/** Years of service by seniority: junior 0–3, medior 3–10, senior 10–26. */
export function startYearsFor(random: Random, seniority: Seniority): number {
  if (seniority === 'junior') return random.int(0, 2) + random.next();
  if (seniority === 'medior') return random.int(3, 9) + random.next();
  return random.int(10, 25) + random.next();
}

/** The name's e-mail local part, numbered from 2 when it is taken; marks it taken. */
export function uniqueEmailLocalPart(name: PersonName, used: Set<string>): string {
  let local = emailLocalPart(name);
  for (let n = 2; used.has(local); n++) local = `${emailLocalPart(name)}${n}`;
  used.add(local);
  return local;
}
