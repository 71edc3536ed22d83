import type {
  TExportJobStart,
  TOrganisationCoverageExportQuery,
  TTeamCoverageExportQuery,
} from '@teamspiegel/domain/api/exports';
import { datedFileName } from '../../lib/download.ts';
import { notFound } from '../../lib/problem.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { teamIdsInScope } from '../access.ts';
import { coverageScope } from '../coverage-scope.ts';
import { siteScope } from '../coverage-site-views.ts';
import { coverageSnapshot } from '../coverage-snapshot.ts';
import { organisationCoverage, organisationCoverageView, teamCoverageView } from '../coverage-views.ts';
import { boardReportPdf } from '../reports.ts';
import { gapsTable, matrixTable, renderTables, teamTable, totalsTable } from './coverage-export.ts';
import { siteRequirementsTable } from './site-requirements-export.ts';

/** A finished download: what the synchronous routes send and what an export job stores. */
export type DownloadFile = { body: Buffer; contentType: string; fileName: string };

/**
 * The organisation's coverage as XLSX (matrix, ranked gaps, totals) or CSV (one part), with the
 * numbers of GET /api/organisation/coverage in the actor's scope.
 */
export async function organisationCoverageFile(
  db: Db,
  actor: Actor,
  query: TOrganisationCoverageExportQuery,
): Promise<DownloadFile> {
  const { format, siteId, part, locale } = query;
  const snapshot = await coverageSnapshot(db, actor.organisationId);
  const { teamIds, siteTeamCounts } = await coverageScope(db, actor, snapshot, siteId);
  const coverage = organisationCoverage(snapshot, teamIds);
  const view = organisationCoverageView(
    snapshot,
    coverage,
    {
      siteId: siteId ?? null,
      page: 1,
      pageSize: Math.max(1, teamIds.length),
      // Every ranked requirement: the teams' and, by rule 18, the sites'.
      rankingLimit: Number.MAX_SAFE_INTEGER,
    },
    siteTeamCounts,
    undefined,
    null,
    siteScope(actor, siteTeamCounts),
  );
  const tables =
    format === 'csv'
      ? [part === 'gaps' ? gapsTable(view.ranking, locale) : matrixTable(view, locale)]
      : [
          matrixTable(view, locale),
          gapsTable(view.ranking, locale),
          totalsTable(view, locale),
          // Rule 18: the sites' certificate requirements, when any site in scope has one.
          ...(view.siteRequirements.length > 0 ? [siteRequirementsTable(view.siteRequirements, locale)] : []),
        ];
  const file = await renderTables(tables, format);
  const siteName = siteId ? snapshot.sites.get(siteId) : undefined;
  const name = [
    locale === 'nl' ? 'dekking' : 'coverage',
    siteName,
    format === 'csv' && part === 'gaps' ? (locale === 'nl' ? 'hiaten' : 'gaps') : undefined,
  ]
    .filter(Boolean)
    .join('-');
  return { body: file.body, contentType: file.contentType, fileName: datedFileName(name, file.extension) };
}

/** Whether the actor may export this team (404 otherwise: its existence is not revealed). */
export async function assertTeamExportable(db: Db, actor: Actor, teamId: string): Promise<void> {
  const snapshot = await coverageSnapshot(db, actor.organisationId);
  if (!snapshot.teams.has(teamId)) throw notFound('Team');
  const exportable = await teamIdsInScope(db, actor, 'coverage.export');
  if (exportable && !exportable.includes(teamId)) throw notFound('Team');
}

/** One team's requirements with supply, gap, status, projection and pipeline. */
export async function teamCoverageFile(
  db: Db,
  actor: Actor,
  teamId: string,
  query: TTeamCoverageExportQuery,
): Promise<DownloadFile> {
  await assertTeamExportable(db, actor, teamId);
  const snapshot = await coverageSnapshot(db, actor.organisationId);
  const view = teamCoverageView(snapshot, teamId, { anonymised: false, selfEmployeeId: actor.employeeId });
  if (!view) throw notFound('Team');
  const file = await renderTables([teamTable(view, query.locale)], query.format);
  return {
    body: file.body,
    contentType: file.contentType,
    fileName: datedFileName(`team-${view.team.name}`, file.extension),
  };
}

/** The board report as an A4 PDF. */
export async function boardReportFile(db: Db, actor: Actor, locale: 'nl' | 'en'): Promise<DownloadFile> {
  const body = await boardReportPdf(db, actor, locale);
  return {
    body,
    contentType: 'application/pdf',
    fileName: datedFileName(locale === 'nl' ? 'bestuursrapportage' : 'board-report', 'pdf'),
  };
}

/** The file an export job asked for, made exactly as its synchronous route makes it. */
export function exportFile(db: Db, actor: Actor, request: TExportJobStart): Promise<DownloadFile> {
  switch (request.kind) {
    case 'organisation_coverage':
      return organisationCoverageFile(db, actor, request);
    case 'team_coverage':
      return teamCoverageFile(db, actor, request.teamId, request);
    case 'board_report':
      return boardReportFile(db, actor, request.locale);
  }
}

/** The file format of a request (the board report is always a PDF). */
export function exportFormat(request: TExportJobStart): 'xlsx' | 'csv' | 'pdf' {
  return request.kind === 'board_report' ? 'pdf' : request.format;
}
