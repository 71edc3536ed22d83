import type { TDevelopmentTarget, TMemberInput } from '../contracts/inputs.js';
import type { TSupplier } from '../contracts/outputs.js';
import { AREA_COUNT } from '../model/areas.js';
import { COMPETENCY_IDS } from '../model/competencies.js';
import { areaIndexOf, circleBitOf, competencyIndexOf, rankOf } from './model-ids.js';

// Both per-member strides are 8; one stride keeps the role check on a single base offset.
export const STRIDE = AREA_COUNT;
if (COMPETENCY_IDS.length !== STRIDE) throw new Error('area and competency counts must match the stride');

/** In the flags writeMember returns: the member has a development target above one of her levels. */
export const DEVELOPING_BIT = 0x100;

/**
 * Writes what the engine reads of a member as small integers: level ranks, competency scores and
 * ranks with her development targets reached at `base … base + STRIDE` of the three arrays.
 * Returns her circle bit mask, plus DEVELOPING_BIT when a target lifts a rank.
 */
export function writeMember(
  member: TMemberInput,
  ranks: Uint8Array,
  scores: Uint8Array,
  projected: Uint8Array,
  base: number,
): number {
  for (let i = base; i < base + STRIDE; i++) {
    ranks[i] = 0;
    scores[i] = 0;
  }
  const levels = member.levels as Readonly<Record<string, string | undefined>>;
  const comps = member.competencies as Readonly<Record<string, number | undefined>>;
  // Only the few areas a member has are present: walk them instead of probing all eight.
  for (const area in levels) {
    const a = areaIndexOf(area);
    const level = levels[area];
    if (a < 0 || level === undefined) continue;
    const rank = rankOf(level);
    if (rank > 0) ranks[base + a] = rank;
  }
  for (const competency in comps) {
    const c = competencyIndexOf(competency);
    const score = comps[competency];
    if (c >= 0 && score !== undefined) scores[base + c] = score;
  }
  for (let i = base; i < base + STRIDE; i++) projected[i] = ranks[i] as number;
  let mask = 0;
  // Indexed loops: the input arrays come in several element kinds, which slows an iterator down.
  const circles = member.circles;
  for (let i = 0; i < circles.length; i++) mask |= circleBitOf(circles[i] as string);
  let grows = 0;
  const development = member.development;
  for (let i = 0; i < development.length; i++) {
    const target = development[i] as TDevelopmentTarget;
    const a = areaIndexOf(target.area);
    const rank = rankOf(target.level);
    if (a < 0 || rank === 0) continue;
    if (rank > (projected[base + a] as number)) {
      projected[base + a] = rank;
      grows = DEVELOPING_BIT;
    }
  }
  return mask | grows;
}

/**
 * A member's profile: what writeMember writes for her, kept (compactMember). `rows` holds her ranks,
 * scores and projected ranks one after the other: one small array, read in one go.
 */
export type MemberProfile = {
  readonly rows: Uint8Array;
  readonly flags: number;
  /** Her supplier record, shared by every result she appears in (frozen: results are read-only). */
  readonly supplier: TSupplier;
};

// Scratch rows for compactMember (synchronous).
const RANKS = new Uint8Array(STRIDE);
const SCORES = new Uint8Array(STRIDE);
const PROJECTED = new Uint8Array(STRIDE);

/** A recorded profile with the (frozen) parts it was made from: it holds for a member with these parts. */
type RecordedProfile = {
  readonly competencies: TMemberInput['competencies'];
  readonly circles: TMemberInput['circles'];
  readonly development: TMemberInput['development'];
  readonly profile: MemberProfile;
};

// Kept on the levels object, not enumerable: copies of a member ({ ...member, roleIds }) share it
// and keep the profile, copies of the levels ({ ...levels }) leave it behind. A symbol property is
// one (cached) property read, where a WeakMap lookup hashes on every read.
const PROFILE_KEY = Symbol('memberProfile');

/**
 * The member with her profile made once, for input builders whose members take part in many
 * computations (the API's coverage snapshot). The parts the profile is made of (levels,
 * competencies, circles, development and its targets) are frozen, so the profile cannot go stale;
 * the engine then copies the profile instead of reading those objects, whose shapes vary from
 * member to member (hundreds of key orders make every property read there megamorphic).
 * Returns the same member; the results are the same with or without it. Levels that are already
 * frozen or that hold another member's profile stay as they are (the engine reads them).
 */
export function compactMember<T extends TMemberInput>(member: T): T {
  const levels = member.levels;
  if (!Object.isExtensible(levels) || Object.hasOwn(levels, PROFILE_KEY)) return member;
  Object.freeze(member.competencies);
  Object.freeze(member.circles);
  for (const target of member.development) Object.freeze(target);
  Object.freeze(member.development);
  const flags = writeMember(member, RANKS, SCORES, PROJECTED, 0);
  const rows = new Uint8Array(3 * STRIDE);
  rows.set(RANKS, 0);
  rows.set(SCORES, STRIDE);
  rows.set(PROJECTED, 2 * STRIDE);
  const recorded: RecordedProfile = {
    competencies: member.competencies,
    circles: member.circles,
    development: member.development,
    profile: { rows, flags, supplier: Object.freeze({ employeeId: member.employeeId, fte: member.fte }) },
  };
  Object.defineProperty(levels, PROFILE_KEY, { value: recorded });
  Object.freeze(levels);
  return member;
}

/** The profile compactMember made for these parts of the member, if any. */
export function recordedProfile(member: TMemberInput): MemberProfile | undefined {
  const recorded = (member.levels as { [PROFILE_KEY]?: RecordedProfile })[PROFILE_KEY];
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
