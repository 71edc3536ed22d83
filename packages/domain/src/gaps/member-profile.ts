import type { TDevelopmentTarget, TMemberInput } from '../contracts/inputs.js';
import { AREA_COUNT } from '../model/areas.js';
import { COMPETENCY_IDS } from '../model/competencies.js';
import { areaIndexOf, circleBitOf, competencyIndexOf, rankOf } from './model-ids.js';

// Both per-member strides are 8; one stride keeps the role check on a single base offset.
export const STRIDE = AREA_COUNT;
if (COMPETENCY_IDS.length !== STRIDE) throw new Error('area and competency counts must match the stride');

/**
 * A member's profile: what the engine reads of her levels, competencies, circles and development,
 * as small integers. Level ranks at [0, STRIDE), competency scores at [SCORES, …), ranks with the
 * development targets reached at [PROJECTED, …), then the circle bit mask and a "has a target above
 * a level" flag.
 */
export const SCORES = STRIDE;
export const PROJECTED = 2 * STRIDE;
export const CIRCLE_MASK = 3 * STRIDE;
export const DEVELOPING = 3 * STRIDE + 1;
export const PROFILE_SIZE = 3 * STRIDE + 2;

/** Writes the member's profile at `out[at … at + PROFILE_SIZE)`. */
export function writeProfile(member: TMemberInput, out: Uint8Array, at: number): void {
  out.fill(0, at, at + PROFILE_SIZE);
  const levels = member.levels as Readonly<Record<string, string | undefined>>;
  const comps = member.competencies as Readonly<Record<string, number | undefined>>;
  // Only the few areas a member has are present: walk them instead of probing all eight.
  for (const area in levels) {
    const a = areaIndexOf(area);
    const level = levels[area];
    if (a < 0 || level === undefined) continue;
    const rank = rankOf(level);
    if (rank > 0) out[at + a] = rank;
  }
  for (const competency in comps) {
    const c = competencyIndexOf(competency);
    const score = comps[competency];
    if (c >= 0 && score !== undefined) out[at + SCORES + c] = score;
  }
  for (let i = 0; i < STRIDE; i++) out[at + PROJECTED + i] = out[at + i] as number;
  let mask = 0;
  // Indexed loops: the input arrays come in several element kinds, which slows an iterator down.
  const circles = member.circles;
  for (let i = 0; i < circles.length; i++) mask |= circleBitOf(circles[i] as string);
  out[at + CIRCLE_MASK] = mask;
  let grows = 0;
  const development = member.development;
  for (let i = 0; i < development.length; i++) {
    const target = development[i] as TDevelopmentTarget;
    const a = areaIndexOf(target.area);
    const rank = rankOf(target.level);
    if (a < 0 || rank === 0) continue;
    if (rank > (out[at + PROJECTED + a] as number)) {
      out[at + PROJECTED + a] = rank;
      grows = 1;
    }
  }
  out[at + DEVELOPING] = grows;
}

/** A recorded profile with the (frozen) parts it was made from: it holds for a member with these parts. */
type RecordedProfile = {
  readonly competencies: TMemberInput['competencies'];
  readonly circles: TMemberInput['circles'];
  readonly development: TMemberInput['development'];
  readonly profile: Uint8Array;
};

// Keyed by the levels object: copies of a member ({ ...member, roleIds }) share it and keep the profile.
const profiles = new WeakMap<object, RecordedProfile>();

/**
 * The member with her profile made once, for input builders whose members take part in many
 * computations (the API's coverage snapshot). The parts the profile is made of (levels,
 * competencies, circles, development and its targets) are frozen, so the profile cannot go stale;
 * the engine then copies the profile instead of reading those objects, whose shapes vary from
 * member to member (hundreds of key orders make every property read there megamorphic).
 * Returns the same member; the results are the same with or without it.
 */
export function compactMember<T extends TMemberInput>(member: T): T {
  if (recordedProfile(member) !== undefined) return member;
  Object.freeze(member.levels);
  Object.freeze(member.competencies);
  Object.freeze(member.circles);
  for (const target of member.development) Object.freeze(target);
  Object.freeze(member.development);
  const profile = new Uint8Array(PROFILE_SIZE);
  writeProfile(member, profile, 0);
  profiles.set(member.levels, {
    competencies: member.competencies,
    circles: member.circles,
    development: member.development,
    profile,
  });
  return member;
}

/** The profile compactMember made for these parts of the member, if any. */
export function recordedProfile(member: TMemberInput): Uint8Array | undefined {
  const recorded = profiles.get(member.levels);
  if (
    recorded === undefined ||
    recorded.competencies !== member.competencies ||
    recorded.circles !== member.circles ||
    recorded.development !== member.development
  ) {
    return undefined;
  }
  return recorded.profile;
}

/** Whether the member carries a profile made by compactMember (derived members then get one too). */
export function isCompact(member: TMemberInput): boolean {
  return recordedProfile(member) !== undefined;
}
