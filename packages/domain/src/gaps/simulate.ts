import type {
  TMemberInput,
  TRequirement,
  TRoleDefinition,
  TTeamInput,
  TWhatIfChange,
} from '../contracts/inputs.js';
import type { TCoverageSnapshot, TRequirementCoverage, TSimulationResult } from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { ROLE_CATALOGUE } from '../model/roles.js';
import { compileRoles } from './compiled-roles.js';
import { compareStrings } from './targets.js';
import { coverTeam } from './team-coverage.js';

function memberIndex(members: readonly TMemberInput[], employeeId: string): number {
  const index = members.findIndex((m) => m.employeeId === employeeId);
  if (index < 0) {
    throw new DomainError('unknown_employee', `Employee '${employeeId}' is not in the team`, { employeeId });
  }
  return index;
}

/** Applies the changes in order to a copy of the team; the input is never mutated. */
export function applyChanges(team: TTeamInput, changes: readonly TWhatIfChange[]): TTeamInput {
  const members: TMemberInput[] = team.members.slice();
  const requirements: TRequirement[] = team.requirements.slice();
  for (const change of changes) {
    switch (change.type) {
      case 'member_leaves':
        members.splice(memberIndex(members, change.employeeId), 1);
        break;
      case 'member_joins': {
        const id = change.member.employeeId;
        if (members.some((m) => m.employeeId === id)) {
          throw new DomainError('duplicate_employee', `Employee '${id}' is already in the team`, {
            employeeId: id,
          });
        }
        members.push(change.member);
        break;
      }
      case 'member_reaches_level': {
        const index = memberIndex(members, change.employeeId);
        const member = members[index] as TMemberInput;
        // Sets the level as given: the what-if states where the person stands afterwards.
        members[index] = { ...member, levels: { ...member.levels, [change.area]: change.level } };
        break;
      }
      case 'requirement_changes': {
        const index = requirements.findIndex((r) => r.id === change.requirement.id);
        if (index < 0) requirements.push(change.requirement);
        else requirements[index] = change.requirement;
        break;
      }
      case 'requirement_removed': {
        const index = requirements.findIndex((r) => r.id === change.requirementId);
        if (index < 0) {
          throw new DomainError(
            'unknown_requirement',
            `Requirement '${change.requirementId}' is not in the team`,
            {
              requirementId: change.requirementId,
            },
          );
        }
        requirements.splice(index, 1);
        break;
      }
    }
  }
  return { ...team, members, requirements };
}

function snapshot(rc: TRequirementCoverage): TCoverageSnapshot {
  return { gap: rc.gap, status: rc.status, headcount: rc.supply.headcount };
}

/**
 * What-if: the team's coverage before and after a list of changes, and the requirements
 * whose gap, status or headcount differ (null on the side where the requirement is absent).
 */
export function simulate(
  team: TTeamInput,
  changes: readonly TWhatIfChange[],
  roles: readonly TRoleDefinition[] = ROLE_CATALOGUE,
): TSimulationResult {
  const index = compileRoles(roles);
  const before = coverTeam(team, index);
  const after = coverTeam(applyChanges(team, changes), index);
  const differences: TSimulationResult['differences'] = [];
  // Both requirement lists are sorted by id: merge them.
  const b = before.requirements;
  const a = after.requirements;
  let i = 0;
  let j = 0;
  while (i < b.length || j < a.length) {
    const left = b[i];
    const right = a[j];
    const order =
      left === undefined
        ? 1
        : right === undefined
          ? -1
          : compareStrings(left.requirement.id, right.requirement.id);
    if (order < 0 && left !== undefined) {
      differences.push({ requirementId: left.requirement.id, before: snapshot(left), after: null });
      i++;
    } else if (order > 0 && right !== undefined) {
      differences.push({ requirementId: right.requirement.id, before: null, after: snapshot(right) });
      j++;
    } else if (left !== undefined && right !== undefined) {
      if (
        left.gap !== right.gap ||
        left.status !== right.status ||
        left.supply.headcount !== right.supply.headcount
      ) {
        differences.push({
          requirementId: left.requirement.id,
          before: snapshot(left),
          after: snapshot(right),
        });
      }
      i++;
      j++;
    }
  }
  return { before, after, differences };
}
