import type { FastifyReply, FastifyRequest } from 'fastify';
import { badRequest } from './problem.ts';

/** Weak ETag carrying the row's version. */
export function etagOf(version: number): string {
  return `W/"${version}"`;
}

export function setEtag(reply: FastifyReply, version: number) {
  reply.header('etag', etagOf(version));
}

/**
 * The version a write expects, from If-Match (`W/"3"`, `"3"`) or a `version` field of the body.
 * undefined when the client sent neither (last write wins for those resources that allow it).
 */
export function expectedVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  const header = request.headers['if-match'];
  if (typeof header === 'string' && header.length > 0) {
    const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
    if (!match?.[1]) throw badRequest('invalid_if_match', 'If-Match must be an ETag such as W/"3".');
    return Number(match[1]);
  }
  return bodyVersion;
}

export function pageArgs(query: { page: number; pageSize: number }) {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

export function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function isoDateTime(value: Date): string;
export function isoDateTime(value: Date | null | undefined): string | null;
export function isoDateTime(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

/** 'YYYY-MM-DD' → Date at UTC midnight (for @db.Date columns). */
export function parseDate(value: string): Date;
export function parseDate(value: string | null | undefined): Date | null | undefined;
export function parseDate(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return new Date(`${value}T00:00:00.000Z`);
}

/** Midnight UTC of the given moment's day (how @db.Date columns compare). */
export function startOfUtcDay(date: Date = new Date()): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
