import type { TRequirement } from '../contracts/inputs.js';

/**
 * One version of a requirement, valid in [validFrom, validTo): a team's (TeamRequirementVersion) or,
 * with a certificate requirement, a site's (SiteRequirementVersion).
 */
export type TRequirementVersion<R extends TRequirement = TRequirement> = {
  requirement: R;
  validFrom: Date;
  validTo: Date | null;
};

/**
 * The requirements a team (or site) had at `at` (docs/coverage-rules.md, rule 6): the versions valid
 * then; none at all before the team existed, so such a month shows no requirements and no gaps.
 */
export function requirementsAt<R extends TRequirement>(
  versions: readonly TRequirementVersion<R>[],
  teamCreatedAt: Date | null,
  at: Date,
): R[] {
  if (teamCreatedAt !== null && teamCreatedAt > at) return [];
  const list: R[] = [];
  for (const version of versions) {
    if (version.validFrom > at || (version.validTo !== null && version.validTo <= at)) continue;
    list.push(version.requirement);
  }
  return list;
}
