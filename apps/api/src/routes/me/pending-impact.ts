import { pendingLevelImpact } from '@teamspiegel/domain';
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
      for (const { requirement, before, after, closesGap } of change.requirements) {
        // A level never changes who holds a certificate (rule 10).
        if (requirement.kind === 'certificate') continue;
        list.push({
          teamId,
          teamName: team.name,
          requirementId: requirement.id,
          kind: requirement.kind,
          area: requirement.kind === 'area' ? requirement.area : null,
          minLevel: requirement.kind === 'area' ? requirement.minLevel : null,
          roleId: requirement.kind === 'role' ? requirement.roleId : null,
          roleLabel:
            requirement.kind === 'role' ? (snapshot.roleLabels.get(requirement.roleId) ?? null) : null,
          competency: requirement.kind === 'competency' ? requirement.competency : null,
          minScore: requirement.kind === 'competency' ? requirement.minScore : null,
          circle: requirement.kind === 'circle' ? requirement.circle : null,
          count: requirement.count,
          before,
          after,
          closesGap,
        });
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
