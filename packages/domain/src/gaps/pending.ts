import type { TMemberInput, TRequirement, TRoleDefinition, TTeamInput } from '../contracts/inputs.js';
import type { TCoverageStatus } from '../contracts/model.js';
import type { AreaId } from '../model/areas.js';
import type { LevelId } from '../model/levels.js';
import { ROLE_CATALOGUE } from '../model/roles.js';
import { compileRoles } from './compiled-roles.js';
import { compactMember, isCompact } from './member-profile.js';
import { coverTeam } from './team-coverage.js';

/** A self-assessed level waiting for validation (docs/coverage-rules.md, rule 4). */
export type TPendingLevelChange = { area: AreaId; level: LevelId };

/** The member as if her pending self-assessments were approved; the same object when there are none. */
export function withPendingLevels(
  member: TMemberInput,
  pending: readonly TPendingLevelChange[] | undefined,
): TMemberInput {
  if (!pending || pending.length === 0) return member;
  const levels = { ...member.levels };
  for (const item of pending) levels[item.area] = item.level;
  const approved = { ...member, levels };
  // A snapshot keeps these members as it keeps the validated ones: compact stays compact.
  return isCompact(member) ? compactMember(approved) : approved;
}

/** How many pending level changes the members have (each changed area counts once). */
export function countPendingChanges(
  members: readonly TMemberInput[],
  pendingOf: (employeeId: string) => readonly TPendingLevelChange[] | undefined,
): number {
  let changes = 0;
  for (const member of members) changes += pendingOf(member.employeeId)?.length ?? 0;
  return changes;
}

export type TRequirementFigure = { headcount: number; gap: number; status: TCoverageStatus };

/** One requirement whose figures a pending level would change, validated versus approved. */
export type TPendingRequirementChange = {
  requirement: TRequirement;
  before: TRequirementFigure;
  after: TRequirementFigure;
  /** True when approving the level leaves fewer people missing. */
  closesGap: boolean;
};

/**
 * What approving one person's pending level would change in one team: for each pending level on
 * its own, the team's requirements whose headcount it changes (area requirements, and role
 * requirements whose profile the level completes), with the validated figures and the figures
 * after approval. Levels that change nothing come back with no requirements.
 */
export function pendingLevelImpact(
  team: TTeamInput,
  employeeId: string,
  pending: readonly TPendingLevelChange[],
  roles: readonly TRoleDefinition[] = ROLE_CATALOGUE,
): Array<TPendingLevelChange & { requirements: TPendingRequirementChange[] }> {
  const index = compileRoles(roles);
  const self = team.members.find((member) => member.employeeId === employeeId);
  if (!self || pending.length === 0) return pending.map((change) => ({ ...change, requirements: [] }));
  const figure = (r: { supply: { headcount: number }; gap: number; status: TCoverageStatus }) => ({
    headcount: r.supply.headcount,
    gap: r.gap,
    status: r.status,
  });
  const before = new Map(
    coverTeam(team, index).requirements.map((r) => [r.requirement.id, figure(r)] as const),
  );
  return pending.map((change) => {
    const approved = withPendingLevels(self, [change]);
    const members = team.members.map((member) => (member === self ? approved : member));
    const requirements: TPendingRequirementChange[] = [];
    for (const result of coverTeam({ ...team, members }, index).requirements) {
      const was = before.get(result.requirement.id);
      const after = figure(result);
      if (!was || was.headcount === after.headcount) continue;
      requirements.push({
        requirement: result.requirement,
        before: was,
        after,
        closesGap: after.gap < was.gap,
      });
    }
    return { ...change, requirements };
  });
}
