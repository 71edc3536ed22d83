import type { AreaId, CircleId, CompetencyId, LevelId } from '@teamspiegel/domain';
import { AREA_IDS, CIRCLE_IDS, COMPETENCY_IDS, LEVEL_IDS } from '@teamspiegel/domain';
import type { TTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';

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
  certificateTypeId?: string | null;
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
    case 'certificate':
      return { kind: 'certificate', certificateTypeId: row.certificateTypeId ?? '', count: row.count, note };
  }
}

const KIND_ORDER: Kind[] = ['area', 'role', 'competency', 'circle', 'certificate'];
function rankOf(line: TTeamRequirementLine): number[] {
  switch (line.kind) {
    case 'area':
      return [AREA_IDS.indexOf(line.area), LEVEL_IDS.indexOf(line.minLevel)];
    case 'role':
      return [0, 0];
    case 'competency':
      return [COMPETENCY_IDS.indexOf(line.competency), line.minScore];
    case 'circle':
      return [CIRCLE_IDS.indexOf(line.circle), 0];
    case 'certificate':
      return [0, 0];
  }
}

/** Stored lines in reading order: by kind, then area and level (the model's canonical order). */
export function sortLines(lines: TTeamRequirementLine[]): TTeamRequirementLine[] {
  return [...lines].sort((a, b) => {
    const kind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
    if (kind !== 0) return kind;
    const [a1 = 0, a2 = 0] = rankOf(a);
    const [b1 = 0, b2 = 0] = rankOf(b);
    return a1 - b1 || a2 - b2;
  });
}
