import type { TExemptionInput } from '../contracts/inputs.js';
import type { TRequirementCoverage } from '../contracts/outputs.js';
import { exemptionRunsOn } from '../model/exemptions.js';

/** The exemptions running on the measured day, per requirement (rule 17). */
export type RequirementExemptions = {
  team: TExemptionInput | null;
  /** Person exemptions (certificate requirements), per employee: the one that runs longest. */
  people: Map<string, TExemptionInput> | null;
};

/** Exemptions running on `on` (exemptionRunsOn, rule 17); none without a measured day. */
export function runningExemptions(
  exemptions: readonly TExemptionInput[] | undefined,
  on: string | undefined,
): Map<string, RequirementExemptions> | null {
  if (exemptions === undefined || exemptions.length === 0 || on === undefined) return null;
  const byRequirement = new Map<string, RequirementExemptions>();
  for (const exemption of exemptions) {
    if (!exemptionRunsOn(exemption, on)) continue;
    let entry = byRequirement.get(exemption.requirementId);
    if (entry === undefined) {
      entry = { team: null, people: null };
      byRequirement.set(exemption.requirementId, entry);
    }
    if (exemption.employeeId === null) {
      if (entry.team === null || exemption.endsOn > entry.team.endsOn) entry.team = exemption;
      continue;
    }
    entry.people ??= new Map();
    const held = entry.people.get(exemption.employeeId);
    if (held === undefined || exemption.endsOn > held.endsOn)
      entry.people.set(exemption.employeeId, exemption);
  }
  return byRequirement;
}

/**
 * Rule 17: a requirement the team is exempt from reads 'exempt' with nothing missing; its own
 * figures stay beside it. In the projection it is exempt only while the exemption still runs on
 * the horizon: an exemption that ends before then brings the requirement's gap back.
 */
export function exempted(
  result: TRequirementCoverage,
  exemption: TExemptionInput,
  horizon: string | undefined,
): TRequirementCoverage {
  const projectedExempt = horizon === undefined || exemptionRunsOn(exemption, horizon);
  return {
    ...result,
    status: 'exempt',
    gap: 0,
    severity: 0,
    exemption: {
      exemptionId: exemption.id,
      endsOn: exemption.endsOn,
      status: result.status,
      gap: result.gap,
    },
    projected: projectedExempt
      ? { supply: result.projected.supply, gap: 0, status: 'exempt' }
      : result.projected,
  };
}
