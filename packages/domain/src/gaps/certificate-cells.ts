import type {
  TCertificateCell,
  TCertificateCellRequirement,
  TMatrixRow,
  TRequirementCoverage,
} from '../contracts/outputs.js';
import { statusRank } from '../model/coverage-status.js';
import type { LocalizedText } from '../model/types.js';
import { compareStrings } from './targets.js';

/**
 * The heatmap's certificate columns (rule 10, issue 14): per team and certificate type one cell,
 * built from the team's certificate requirements of that type as an area cell is built from its
 * tiers (rule 2). Kept apart from the area cells so the area loop stays as it is.
 */

/** A row without certificate requirements (most teams) shares this one frozen empty record. */
const NO_CERTIFICATE_CELLS: Record<string, TCertificateCell> = Object.freeze({}) as Record<
  string,
  TCertificateCell
>;

function byCount(a: TCertificateCellRequirement, b: TCertificateCellRequirement): number {
  return a.count - b.count || compareStrings(a.requirementId, b.requirementId);
}

/** The requirement a cell shows: the worst status, then the larger gap, then the larger count. */
function isWorse(a: TCertificateCellRequirement, b: TCertificateCellRequirement): boolean {
  return (statusRank(a.status) - statusRank(b.status) || a.gap - b.gap || a.count - b.count) > 0;
}

/**
 * One cell per type: status and figures of its worst requirement; people missing is the largest
 * gap, because the holders of one type are the same people for each of its requirements.
 */
function cellOf(certificateTypeId: string, requirements: TCertificateCellRequirement[], severity: number) {
  if (requirements.length > 1) requirements.sort(byCount);
  let shown = requirements[0] as TCertificateCellRequirement;
  let gap = 0;
  let projectedGap = 0;
  for (const requirement of requirements) {
    if (isWorse(requirement, shown)) shown = requirement;
    if (requirement.gap > gap) gap = requirement.gap;
    if (requirement.projectedGap > projectedGap) projectedGap = requirement.projectedGap;
  }
  const cell: TCertificateCell = {
    certificateTypeId,
    required: shown.count,
    supply: shown.headcount,
    gap,
    projectedGap,
    status: shown.status,
    severity,
    requirements,
  };
  return cell;
}

/** A team's certificate cells, keyed by certificate type id; the shared empty record without any. */
export function certificateCellsOf(
  requirements: readonly TRequirementCoverage[],
): Record<string, TCertificateCell> {
  let byType: Map<string, { requirements: TCertificateCellRequirement[]; severity: number }> | null = null;
  for (const rc of requirements) {
    const req = rc.requirement;
    if (req.kind !== 'certificate') continue;
    byType ??= new Map();
    let entry = byType.get(req.certificateTypeId);
    if (entry === undefined) {
      entry = { requirements: [], severity: 0 };
      byType.set(req.certificateTypeId, entry);
    }
    entry.requirements.push({
      requirementId: req.id,
      count: req.count,
      headcount: rc.supply.headcount,
      gap: rc.gap,
      projectedGap: rc.projected.gap,
      status: rc.status,
    });
    entry.severity += rc.severity;
  }
  if (byType === null) return NO_CERTIFICATE_CELLS;
  const cells: Record<string, TCertificateCell> = {};
  for (const [certificateTypeId, entry] of byType) {
    cells[certificateTypeId] = cellOf(certificateTypeId, entry.requirements, entry.severity);
  }
  return cells;
}

/** A catalogue entry as the heatmap's column header needs it. */
export type TCertificateCatalogueEntry = { id: string; code: string; label: LocalizedText };

/** A certificate column of the heatmap: a type with at least one requirement in the rows shown. */
export type TCertificateColumn = { certificateTypeId: string; code: string; label: LocalizedText };

const compareNl = new Intl.Collator('nl').compare;

/**
 * The certificate columns of a set of matrix rows (the organisation, or one site): every type that
 * has a cell in at least one row, ordered by Dutch label, then code and id, so the order does not
 * depend on the catalogue's storage order. A type missing from the catalogue is shown by its id.
 */
export function certificateColumns(
  rows: readonly Pick<TMatrixRow, 'certificateCells'>[],
  catalogue: readonly TCertificateCatalogueEntry[],
): TCertificateColumn[] {
  const ids = new Set<string>();
  for (const row of rows) for (const id in row.certificateCells) ids.add(id);
  if (ids.size === 0) return [];
  const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
  const columns: TCertificateColumn[] = [];
  for (const id of ids) {
    const entry = byId.get(id);
    columns.push({
      certificateTypeId: id,
      code: entry?.code ?? id,
      label: entry ? { nl: entry.label.nl, en: entry.label.en } : { nl: id, en: id },
    });
  }
  return columns.sort(
    (a, b) =>
      compareNl(a.label.nl, b.label.nl) ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.certificateTypeId, b.certificateTypeId),
  );
}
