import type { TDevelopmentDemandInput, TDevelopmentTarget } from '../contracts/inputs.js';
import type { TDemandKind, TDevelopmentDemand } from '../contracts/outputs.js';
import { AREA_IDS, AREA_INDEX } from '../model/areas.js';
import { DEVELOPMENT_ACTION_TYPE_IDS } from '../model/development.js';
import { LEVEL_IDS, LEVEL_RANK } from '../model/levels.js';

const KINDS: readonly TDemandKind[] = [...DEVELOPMENT_ACTION_TYPE_IDS, 'other_action', 'ambition'];
const KIND_INDEX = new Map<string, number>(KINDS.map((k, i) => [k, i]));

function targetKey(t: TDevelopmentTarget): string {
  return [t.source, t.sourceId ?? '', t.area, t.level, t.actionType ?? '', t.expectedDate ?? ''].join('|');
}

/**
 * What development the people ask for, per area × level × kind of action, as counts of
 * distinct people and of targets — for training institutes. No personal data leaves: rows
 * with fewer than minCellSize people are suppressed. An employee listed twice (e.g. in two
 * teams) counts once, and a target listed twice for them counts once.
 */
export function developmentDemand(input: TDevelopmentDemandInput): TDevelopmentDemand {
  const minCellSize = input.minCellSize ?? 1;
  const cells = new Map<number, { people: Set<string>; targets: number }>();
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
        cell = { people: new Set(), targets: 0 };
        cells.set(key, cell);
      }
      cell.targets++;
      cell.people.add(member.employeeId);
      people.add(member.employeeId);
    }
  }
  const rows: TDevelopmentDemand['rows'] = [];
  let suppressedRows = 0;
  for (const key of [...cells.keys()].sort((a, b) => a - b)) {
    const cell = cells.get(key) as { people: Set<string>; targets: number };
    if (cell.people.size < minCellSize) {
      suppressedRows++;
      continue;
    }
    const kind = KINDS[key % KINDS.length] as TDemandKind;
    const rest = Math.floor(key / KINDS.length);
    const level = LEVEL_IDS[rest % LEVEL_IDS.length] as (typeof LEVEL_IDS)[number];
    const area = AREA_IDS[Math.floor(rest / LEVEL_IDS.length)] as (typeof AREA_IDS)[number];
    rows.push({ area, level, kind, people: cell.people.size, targets: cell.targets });
  }
  return { rows, suppressedRows, people: people.size < minCellSize ? 0 : people.size };
}
