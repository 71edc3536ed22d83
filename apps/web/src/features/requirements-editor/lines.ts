import type { TTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';
import type { AreaId, CircleId, CompetencyId, LevelId } from '../team/vocabulary';

type Kind = TTeamRequirementLine['kind'];

/** A stored line (nullable columns of every kind) back to the line shape the editor and PUT use. */
export function toLine(row: {
  kind: Kind;
  area: string | null;
  minLevel: string | null;
  roleDefinitionId: string | null;
  competency: string | null;
  minScore: number | null;
  circle: string | null;
  count: number;
  note: string | null;
}): TTeamRequirementLine {
  const note = row.note ?? undefined;
  switch (row.kind) {
    case 'area':
      return {
        kind: 'area',
        area: row.area as AreaId,
        minLevel: row.minLevel as LevelId,
        count: row.count,
        note,
      };
    case 'role':
      return { kind: 'role', roleDefinitionId: row.roleDefinitionId ?? '', count: row.count, note };
    case 'competency':
      return {
        kind: 'competency',
        competency: row.competency as CompetencyId,
        minScore: row.minScore ?? 4,
        count: row.count,
        note,
      };
    case 'circle':
      return { kind: 'circle', circle: row.circle as CircleId, count: row.count, note };
  }
}
