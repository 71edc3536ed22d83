import type { TArchiveFilter } from '@teamspiegel/domain/api/sites';
import { ProblemError, unprocessable } from '../lib/problem.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';

/** The organisation's structure (sites and teams): the rules their admin routes share. */

/** Filter of a list by archive state: current rows unless asked otherwise. */
export function archiveStatusWhere(status: TArchiveFilter) {
  if (status === 'all') return {};
  return status === 'archived' ? { archivedAt: { not: null } } : { archivedAt: null };
}

/** 409 with a field error on `name` when another row already carries the name. */
export async function assertNameFree(existing: { id: string } | null) {
  if (existing) {
    throw new ProblemError(409, 'name_taken', 'Conflict', 'This name is already in use.', [
      { path: 'name', message: 'This name is already in use', code: 'name_taken' },
    ]);
  }
}

/** 422 on `siteId` unless the site exists in the organisation and is not archived. */
export async function assertSiteOpen(db: Db | Tx, organisationId: string, siteId: string) {
  const site = await db.site.findFirst({
    where: { organisationId, id: siteId },
    select: { archivedAt: true },
  });
  if (!site) {
    throw unprocessable('invalid_reference', 'The site does not exist in your organisation.', [
      { path: 'siteId', message: 'Unknown site', code: 'invalid_reference' },
    ]);
  }
  if (site.archivedAt) {
    throw unprocessable('site_archived', 'The site is archived; choose a current site.', [
      { path: 'siteId', message: 'The site is archived', code: 'site_archived' },
    ]);
  }
}
