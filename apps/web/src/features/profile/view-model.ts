import { type AreaId, LEVEL_RANK, type LevelId } from '@teamspiegel/domain';
import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import type { TProfile } from '@teamspiegel/domain/api/profile';

/** One column of the T-shape: the current level (rank 0 = none) and whether it is validated. */
/** A gap in one of the employee's own teams that one of their active ambitions would close. */
export type AmbitionImpact = {
  ambitionId: string;
  teamId: string;
  teamName: string;
  requirementId: string;
  area: AreaId;
  minLevel: LevelId;
  count: number;
  supply: number;
  gap: number;
};

/**
 * Where an active ambition would close a gap in the employee's own team: an area requirement with
 * gap > 0 in the ambition's area, whose minimum level the ambition reaches and the employee does
 * not meet yet (someone who already counts towards the requirement cannot close its gap).
 */
export function ambitionImpacts(
  profile: Pick<TProfile, 'ambitions' | 'areaLevels'>,
  coverages: readonly TTeamCoverageView[],
): AmbitionImpact[] {
  const out: AmbitionImpact[] = [];
  const currentRank = (area: AreaId) => {
    const row = profile.areaLevels.find((level) => level.area === area);
    return row ? LEVEL_RANK[row.level] : 0;
  };
  for (const ambition of profile.ambitions) {
    if (ambition.status !== 'active') continue;
    const target = LEVEL_RANK[ambition.targetLevel];
    for (const coverage of coverages) {
      for (const item of coverage.requirements) {
        const requirement = item.requirement;
        if (requirement.kind !== 'area' || requirement.area !== ambition.area || item.gap <= 0) continue;
        const needed = LEVEL_RANK[requirement.minLevel];
        if (target < needed || currentRank(requirement.area) >= needed) continue;
        out.push({
          ambitionId: ambition.id,
          teamId: coverage.team.id,
          teamName: coverage.team.name,
          requirementId: requirement.id,
          area: requirement.area,
          minLevel: requirement.minLevel,
          count: requirement.count,
          supply: item.supply.headcount,
          gap: item.gap,
        });
      }
    }
  }
  return out;
}
