import type { TRequirement } from '../contracts/inputs.js';

/** One version of a team requirement, valid in [validFrom, validTo) (TeamRequirementVersion). */
export type TRequirementVersion = { requirement: TRequirement; validFrom: Date; validTo: Date | null };

/**
 * The requirements a team had at `at` (docs/coverage-rules.md, rule 6): the versions valid then;
 * none at all before the team existed, so such a month shows no requirements and no gaps.
 */
export function requirementsAt(
  versions: readonly TRequirementVersion[],
  teamCreatedAt: Date | null,
  at: Date,
): TRequirement[] {
  if (teamCreatedAt !== null && teamCreatedAt > at) return [];
  const list: TRequirement[] = [];
  for (const version of versions) {
    if (version.validFrom > at || (version.validTo !== null && version.validTo <= at)) continue;
    list.push(version.requirement);
  }
  return list;
}
