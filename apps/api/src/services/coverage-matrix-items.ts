import { type TOrganisationCoverage, type TTeamCoverage, teamSeverity } from '@teamspiegel/domain';
import type { TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import { compareNl } from '../lib/compare-nl.ts';

/**
 * The overview's matrix at a cost proportional to what changed: a team's item (and its JSON) is
 * kept per engine matrix row, which the engine's memo keeps as the same object while the team is
 * unchanged; the teams' name order is kept per organisation and only renamed teams move in it.
 */

type MatrixRow = TOrganisationCoverage['matrix'][number];
export type MatrixItem = TOrganisationCoverageView['matrix']['items'][number];

const itemsByRow = new WeakMap<MatrixRow, MatrixItem>();
const bytesByItem = new WeakMap<MatrixItem, Buffer>();

/** The matrix item of a row; reused while the row, its team's summary and the names are the same. */
export function matrixItem(
  row: MatrixRow,
  team: TTeamCoverage | undefined,
  teamName: string,
  siteName: string | null,
): MatrixItem {
  const cached = itemsByRow.get(row);
  if (
    cached !== undefined &&
    cached.teamName === teamName &&
    cached.siteName === siteName &&
    cached.summary === team?.summary
  ) {
    return cached;
  }
  const item: MatrixItem = {
    teamId: row.teamId,
    teamName,
    siteId: row.siteId,
    siteName,
    cells: row.cells,
    certificateCells: row.certificateCells,
    summary: team?.summary as MatrixItem['summary'],
    severity: team ? teamSeverity(team) : 0,
  };
  itemsByRow.set(row, item);
  return item;
}

/** An item's JSON, UTF-8 encoded once and kept while the item is. */
function itemBytes(item: MatrixItem): Buffer {
  let bytes = bytesByItem.get(item);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(item));
    bytesByItem.set(item, bytes);
  }
  return bytes;
}

type Chunk = string | Buffer;
const COMMA = Buffer.from(',');

/**
 * `JSON.stringify(value)` of a plain object as chunks, with `raw` giving some properties' chunks
 * ready-made (properties whose JSON is undefined are left out, as JSON.stringify does).
 */
function objectChunks(value: object, raw: (key: string) => Chunk[] | undefined, out: Chunk[]) {
  let separator = '{';
  for (const [key, property] of Object.entries(value)) {
    const chunks = raw(key);
    if (chunks !== undefined) {
      out.push(`${separator}${JSON.stringify(key)}:`, ...chunks);
    } else {
      const json = JSON.stringify(property);
      if (json === undefined) continue;
      out.push(`${separator}${JSON.stringify(key)}:${json}`);
    }
    separator = ',';
  }
  out.push(separator === '{' ? '{}' : '}');
}

/**
 * The organisation view as UTF-8 JSON, byte for byte `Buffer.from(JSON.stringify(view))`, with each
 * matrix item's bytes taken from its cache: after a change only the changed teams' items are
 * serialised again, and the ~0.5 MB answer is one copy of ready-made bytes rather than a string
 * that is joined, flattened and then encoded.
 */
export function organisationCoverageBytes(view: TOrganisationCoverageView): Buffer {
  const { matrix } = view;
  const items = (): Chunk[] => {
    const chunks: Chunk[] = ['['];
    matrix.items.forEach((item, index) => {
      if (index > 0) chunks.push(COMMA);
      chunks.push(itemBytes(item));
    });
    chunks.push(']');
    return chunks;
  };
  const chunks: Chunk[] = [];
  objectChunks(
    view,
    (key) => {
      if (key !== 'matrix') return undefined;
      const inner: Chunk[] = [];
      objectChunks(matrix, (matrixKey) => (matrixKey === 'items' ? items() : undefined), inner);
      return inner;
    },
    chunks,
  );
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
}

type NamedRow = { siteName: string | null; teamName: string; teamId: string };
type NameOrder = { sorted: NamedRow[]; byTeam: Map<string, NamedRow>; ranks: Map<string, number> };

const bySiteAndNameNl = (a: NamedRow, b: NamedRow) =>
  compareNl(a.siteName ?? '', b.siteName ?? '') ||
  compareNl(a.teamName, b.teamName) ||
  a.teamId.localeCompare(b.teamId);
/** Per organisation, the teams in Dutch site and team name order. */
const nameOrders = new Map<string, NameOrder>();
const MAX_RANKED_ORGANISATIONS = 50;
/** More renamed or new teams than this at once: sort afresh rather than move them one by one. */
const MAX_MOVED = 32;

/**
 * Each team's place in Dutch site and team name order. A thousand teams take some ten thousand
 * collator comparisons, so the order is kept per organisation: unchanged names cost a lookup, and a
 * renamed or new team is taken out and put back by binary search (teams no longer shown may stay in
 * the order: only the relative order of the rows asked about matters).
 */
export function nameRanks(organisationId: string, rows: readonly NamedRow[]): ReadonlyMap<string, number> {
  const order = nameOrders.get(organisationId);
  const moved: NamedRow[] = [];
  for (const row of rows) {
    const known = order?.byTeam.get(row.teamId);
    if (known === undefined || known.teamName !== row.teamName || known.siteName !== row.siteName) {
      moved.push({ teamId: row.teamId, teamName: row.teamName, siteName: row.siteName });
    }
  }
  if (order !== undefined && moved.length === 0) return order.ranks;
  if (order === undefined || moved.length > MAX_MOVED) {
    const sorted = rows.map(({ teamId, teamName, siteName }) => ({ teamId, teamName, siteName }));
    sorted.sort(bySiteAndNameNl);
    return remember(organisationId, sorted);
  }
  for (const row of moved) {
    const known = order.byTeam.get(row.teamId);
    if (known !== undefined) order.sorted.splice(order.sorted.indexOf(known), 1);
    let low = 0;
    let high = order.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (bySiteAndNameNl(order.sorted[middle] as NamedRow, row) < 0) low = middle + 1;
      else high = middle;
    }
    order.sorted.splice(low, 0, row);
    order.byTeam.set(row.teamId, row);
  }
  order.ranks = new Map(order.sorted.map((row, rank) => [row.teamId, rank]));
  return order.ranks;
}

function remember(organisationId: string, sorted: NamedRow[]): Map<string, number> {
  nameOrders.delete(organisationId);
  if (nameOrders.size >= MAX_RANKED_ORGANISATIONS) {
    const oldest = nameOrders.keys().next().value;
    if (oldest !== undefined) nameOrders.delete(oldest);
  }
  const ranks = new Map(sorted.map((row, rank) => [row.teamId, rank]));
  nameOrders.set(organisationId, { sorted, byTeam: new Map(sorted.map((row) => [row.teamId, row])), ranks });
  return ranks;
}
