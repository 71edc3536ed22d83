import {
  type AreaId,
  ambitionImpact,
  type LevelId,
  pendingLevelImpact,
  type TPendingRequirementChange,
} from '@teamspiegel/domain';
import type { TAmbitionImpact } from '@teamspiegel/domain/api/ambition-impact';
import type { TPendingImpact, TPendingRequirementImpact } from '@teamspiegel/domain/api/pending-impact';
import type { CoverageSnapshot } from '../../services/coverage-snapshot.ts';

/**
 * Rule 4 of docs/coverage-rules.md on the employee's own page: her pending levels and, per level,
 * the requirements of her teams that approving it would change. The domain computes each team
 * once validated and once per pending level; the snapshot holds every input (no extra query).
 */
export function pendingImpact(snapshot: CoverageSnapshot, employeeId: string): TPendingImpact {
  const pending = snapshot.pending.get(employeeId) ?? [];
  const byLevel = new Map<string, TPendingRequirementImpact[]>(pending.map((item) => [item.area, []]));
  for (const teamId of snapshot.people.get(employeeId)?.teamIds ?? []) {
    const team = snapshot.teams.get(teamId);
    if (!team) continue;
    const changes = pendingLevelImpact(team, employeeId, pending, snapshot.roles);
    for (const change of changes) {
      const list = byLevel.get(change.area);
      if (!list) continue;
      for (const item of change.requirements) {
        // A level never changes who holds a certificate (rule 10).
        const dto = requirementImpactDto(snapshot, teamId, team.name, item);
        if (dto) list.push(dto);
      }
    }
  }
  return {
    levels: pending.map((item) => ({
      areaLevelId: item.areaLevelId,
      area: item.area,
      level: item.level,
      validatedLevel: item.validatedLevel,
      requirements: byLevel.get(item.area) ?? [],
    })),
  };
}

/**
 * The validation queue's "what approving it changes": the requirement changes of one pending level,
 * limited to the teams the validator reaches (null: every team).
 */
export function validationImpact(
  snapshot: CoverageSnapshot,
  employeeId: string,
  areaLevelId: string,
  teamIds: readonly string[] | null,
): TPendingRequirementImpact[] {
  const level = pendingImpact(snapshot, employeeId).levels.find((item) => item.areaLevelId === areaLevelId);
  const reach = teamIds ? new Set(teamIds) : null;
  return (level?.requirements ?? []).filter((item) => !reach || reach.has(item.teamId));
}

/** One requirement change as the API shows it; null for certificate requirements (a level never changes them). */
function requirementImpactDto(
  snapshot: CoverageSnapshot,
  teamId: string,
  teamName: string,
  { requirement, before, after, closesGap }: TPendingRequirementChange,
): TPendingRequirementImpact | null {
  if (requirement.kind === 'certificate') return null;
  return {
    teamId,
    teamName,
    requirementId: requirement.id,
    kind: requirement.kind,
    area: requirement.kind === 'area' ? requirement.area : null,
    minLevel: requirement.kind === 'area' ? requirement.minLevel : null,
    roleId: requirement.kind === 'role' ? requirement.roleId : null,
    roleLabel: requirement.kind === 'role' ? (snapshot.roleLabels.get(requirement.roleId) ?? null) : null,
    competency: requirement.kind === 'competency' ? requirement.competency : null,
    minScore: requirement.kind === 'competency' ? requirement.minScore : null,
    circle: requirement.kind === 'circle' ? requirement.circle : null,
    count: requirement.count,
    before,
    after,
    closesGap,
  };
}

/**
 * The profile's ambition panel: per active ambition, the requirements of her teams whose gap
 * reaching the target level would close or narrow, measured on the validated figures by the
 * domain's ambitionImpact (the snapshot holds every team input; the ambitions are one query).
 */
export function ambitionImpactOf(
  snapshot: CoverageSnapshot,
  employeeId: string,
  ambitions: ReadonlyArray<{ id: string; area: AreaId; targetLevel: LevelId }>,
): TAmbitionImpact {
  const targets = ambitions.map((item) => ({
    ambitionId: item.id,
    area: item.area,
    targetLevel: item.targetLevel,
  }));
  const byAmbition = new Map<string, TPendingRequirementImpact[]>(
    targets.map((item) => [item.ambitionId, []]),
  );
  for (const teamId of snapshot.people.get(employeeId)?.teamIds ?? []) {
    const team = snapshot.teams.get(teamId);
    if (!team) continue;
    for (const result of ambitionImpact(team, employeeId, targets, snapshot.roles)) {
      const list = byAmbition.get(result.ambitionId);
      for (const item of result.requirements) {
        const dto = requirementImpactDto(snapshot, teamId, team.name, item);
        if (dto && list) list.push(dto);
      }
    }
  }
  return {
    ambitions: targets.map((item) => ({
      ambitionId: item.ambitionId,
      area: item.area,
      targetLevel: item.targetLevel,
      requirements: byAmbition.get(item.ambitionId) ?? [],
    })),
  };
}
