/**
 * What a failed database call means for the client, whichever layer reported it: Prisma (with the
 * pg driver adapter's cause in `meta.driverAdapterError`), node-postgres or the socket.
 * - `unavailable`: the database cannot be reached or went away (answer 503 and ask to retry);
 * - `invalid_data`: PostgreSQL refused a value (SQLSTATE class 22, e.g. 22021 a NUL byte, 22008 a
 *   date out of range, 22001 too long): the request was bad (answer 400).
 */
export type DatabaseFailure = 'unavailable' | 'invalid_data';

/** Prisma's codes for "cannot reach / lost / timed out waiting for the database". */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Kinds the pg driver adapter reports for the same. */
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
/** SQLSTATEs of a server that is shutting down, starting up or out of connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres and pg-pool say these in plain Errors, without a code. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  "Can't reach database server",
];

type Loose = Record<string, unknown>;

function facts(error: unknown) {
  const prismaCodes: string[] = [];
  const kinds: string[] = [];
  const codes: string[] = [];
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 5) return;
    seen.add(value);
    const item = value as Loose;
    if (typeof item.code === 'string') {
      (/^P\d{4}$/.test(item.code) ? prismaCodes : codes).push(item.code);
    }
    if (typeof item.originalCode === 'string') codes.push(item.originalCode);
    if (typeof item.kind === 'string') kinds.push(item.kind);
    if (typeof item.message === 'string') messages.push(item.message);
    const meta = item.meta as Loose | undefined;
    visit(meta?.driverAdapterError, depth + 1);
    visit(item.cause, depth + 1);
    if (Array.isArray(item.errors)) for (const inner of item.errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return { prismaCodes, kinds, codes, messages };
}

export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  const { prismaCodes, kinds, codes, messages } = facts(error);
  if (codes.some((code) => /^22[0-9A-Z]{3}$/.test(code))) return 'invalid_data';
  if (
    prismaCodes.some((code) => UNAVAILABLE_PRISMA_CODES.has(code)) ||
    kinds.some((kind) => UNAVAILABLE_ADAPTER_KINDS.has(kind)) ||
    codes.some((code) => UNAVAILABLE_SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) ||
    codes.some((code) => code.startsWith('08')) ||
    messages.some((message) => UNAVAILABLE_MESSAGES.some((known) => message.includes(known)))
  ) {
    return 'unavailable';
  }
  const name = (error as { name?: unknown } | null)?.name;
  // The client could not start talking to the database at all.
  if (name === 'PrismaClientInitializationError') return 'unavailable';
  return undefined;
}
