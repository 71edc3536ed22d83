import type { TRoleDefinition, TTeamInput } from '../contracts/inputs.js';
import type { AreaId } from '../model/areas.js';
import { LEVEL_RANK, type LevelId } from '../model/levels.js';
import { ROLE_CATALOGUE } from '../model/roles.js';
import { pendingLevelImpact, type TPendingRequirementChange } from './pending.js';

/** An active ambition: reach `targetLevel` in `area`. */
export type TAmbitionTarget = { ambitionId: string; area: AreaId; targetLevel: LevelId };

/**
 * Which gaps of one team each ambition would close or narrow once reached: the team measured as
 * if the person's validated level in the ambition's area were the target level, compared with the
 * validated figures (rule 4 of docs/coverage-rules.md measures on validated levels). Only
 * requirements with fewer people missing come back; an ambition at or below the level she already
 * holds changes nothing. A person outside the team closes nothing in it.
 */
export function ambitionImpact(
  team: TTeamInput,
  employeeId: string,
  ambitions: readonly TAmbitionTarget[],
  roles: readonly TRoleDefinition[] = ROLE_CATALOGUE,
): Array<TAmbitionTarget & { requirements: TPendingRequirementChange[] }> {
  const self = team.members.find((member) => member.employeeId === employeeId);
  return ambitions.map((ambition) => {
    const current = self?.levels[ambition.area];
    const raises = current === undefined || LEVEL_RANK[ambition.targetLevel] > LEVEL_RANK[current];
    if (!self || !raises) return { ...ambition, requirements: [] };
    const [change] = pendingLevelImpact(
      team,
      employeeId,
      [{ area: ambition.area, level: ambition.targetLevel }],
      roles,
    );
    return { ...ambition, requirements: (change?.requirements ?? []).filter((item) => item.closesGap) };
  });
}
