import type { TDevelopmentDemandInput, TDevelopmentTarget } from '../contracts/inputs.js';
import type { TDemandKind, TDevelopmentDemand } from '../contracts/outputs.js';
import { AREA_IDS, AREA_INDEX, type AreaId } from '../model/areas.js';
import { DEVELOPMENT_ACTION_TYPE_IDS } from '../model/development.js';
import { LEVEL_IDS, LEVEL_RANK, type LevelId } from '../model/levels.js';

const KINDS: readonly TDemandKind[] = [...DEVELOPMENT_ACTION_TYPE_IDS, 'other_action', 'ambition'];
const KIND_INDEX = new Map<string, number>(KINDS.map((k, i) => [k, i]));

function targetKey(t: TDevelopmentTarget): string {
  return [t.source, t.sourceId ?? '', t.area, t.level, t.actionType ?? '', t.expectedDate ?? ''].join('|');
}

type Group = { people: Set<string>; targets: number; cells: number };
type Row = TDevelopmentDemand['rows'][number];

function pour(into: Map<number, Group>, key: number, from: Group): void {
  let group = into.get(key);
  if (group === undefined) {
    group = { people: new Set(), targets: 0, cells: 0 };
    into.set(key, group);
  }
  for (const person of from.people) group.people.add(person);
  group.targets += from.targets;
  group.cells += from.cells;
}

/** Canonical order: area, then level (combined levels last), then kind (combined kinds last). */
function orderKey(row: Row): number {
  const level = row.level === null ? LEVEL_IDS.length : LEVEL_RANK[row.level] - 1;
  const kind = row.kind === 'combined' ? KINDS.length : (KIND_INDEX.get(row.kind) ?? 0);
  return (AREA_INDEX[row.area] * (LEVEL_IDS.length + 1) + level) * (KINDS.length + 1) + kind;
}

/**
 * What development the people ask for, per area × level × kind of action, as counts of
 * distinct people and of targets — for training institutes. No personal data leaves, and no
 * group is hidden when it can be combined (docs/coverage-rules.md, rule 14): a group with fewer
 * than minCellSize people joins the other small groups of its area and level ("kinds combined");
 * what stays too small joins its area's ("levels combined"); only what is too small even then is
 * suppressed. An employee listed twice (e.g. in two teams) counts once, and a target listed twice
 * for them counts once.
 */
export function developmentDemand(input: TDevelopmentDemandInput): TDevelopmentDemand {
  const minCellSize = input.minCellSize ?? 1;
  const cells = new Map<number, Group>();
  const people = new Set<string>();
  const seen = new Set<string>();
  for (const member of input.members) {
    for (const target of member.development) {
      const date = target.expectedDate;
      if (date !== null && input.from !== undefined && date < input.from) continue;
      if (date !== null && input.until !== undefined && date > input.until) continue;
      const unique = `${member.employeeId}\u0000${targetKey(target)}`;
      if (seen.has(unique)) continue;
      seen.add(unique);
      const kind: TDemandKind =
        target.source === 'ambition' ? 'ambition' : (target.actionType ?? 'other_action');
      // One number per cell, in canonical area, level, kind order, so sorting keys orders rows.
      const key =
        (AREA_INDEX[target.area] * LEVEL_IDS.length + (LEVEL_RANK[target.level] - 1)) * KINDS.length +
        (KIND_INDEX.get(kind) ?? 0);
      let cell = cells.get(key);
      if (cell === undefined) {
        cell = { people: new Set(), targets: 0, cells: 1 };
        cells.set(key, cell);
      }
      cell.targets++;
      cell.people.add(member.employeeId);
      people.add(member.employeeId);
    }
  }
  const rows: Row[] = [];
  const areaOf = (areaLevel: number) => AREA_IDS[Math.floor(areaLevel / LEVEL_IDS.length)] as AreaId;
  const levelOf = (areaLevel: number) => LEVEL_IDS[areaLevel % LEVEL_IDS.length] as LevelId;
  const smallByLevel = new Map<number, Group>();
  for (const [key, cell] of cells) {
    const areaLevel = Math.floor(key / KINDS.length);
    if (cell.people.size < minCellSize) {
      pour(smallByLevel, areaLevel, cell);
      continue;
    }
    const kind = KINDS[key % KINDS.length] as TDemandKind;
    const { area, level } = { area: areaOf(areaLevel), level: levelOf(areaLevel) };
    rows.push({ area, level, kind, people: cell.people.size, targets: cell.targets, combined: 0 });
  }
  let combinedRows = 0;
  const smallByArea = new Map<number, Group>();
  for (const [areaLevel, group] of smallByLevel) {
    if (group.people.size < minCellSize) {
      pour(smallByArea, Math.floor(areaLevel / LEVEL_IDS.length), group);
      continue;
    }
    combinedRows += group.cells;
    const { area, level } = { area: areaOf(areaLevel), level: levelOf(areaLevel) };
    const figures = { people: group.people.size, targets: group.targets, combined: group.cells };
    rows.push({ area, level, kind: 'combined', ...figures });
  }
  let suppressedRows = 0;
  for (const [areaIndex, group] of smallByArea) {
    if (group.people.size < minCellSize) {
      suppressedRows += group.cells;
      continue;
    }
    combinedRows += group.cells;
    const area = AREA_IDS[areaIndex] as AreaId;
    const figures = { people: group.people.size, targets: group.targets, combined: group.cells };
    rows.push({ area, level: null, kind: 'combined', ...figures });
  }
  rows.sort((a, b) => orderKey(a) - orderKey(b));
  return { rows, combinedRows, suppressedRows, people: people.size < minCellSize ? 0 : people.size };
}
