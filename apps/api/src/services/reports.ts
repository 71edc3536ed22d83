import { notFound } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { coverageScope, coverageTeamIds } from './coverage-scope.ts';
import { siteScope } from './coverage-site-views.ts';
import { coverageSnapshot } from './coverage-snapshot.ts';
import {
  organisationCoverage,
  organisationCoverageView,
  pendingInTeams,
  teamCoverageView,
} from './coverage-views.ts';
import { renderBoardReportPdf } from './export/board-report-pdf.ts';
import type { Locale } from './export/report-pdf-kit.ts';
import { renderTeamReportPdf } from './export/team-report-pdf.ts';
import { ikkCoachHours } from './ikk-coach-hours.ts';

/** The number of ranked gaps in the board report (as on the report page). */
export const BOARD_REPORT_TOP_GAPS = 10;

/**
 * The board report's PDF: the organisation coverage view exactly as GET /api/organisation/coverage
 * returns it to the report page (all teams on one page, by site and name, the top gaps), drawn.
 */
export async function boardReportPdf(db: Db, actor: Actor, locale: Locale, at = new Date()): Promise<Buffer> {
  const snapshot = await coverageSnapshot(db, actor.organisationId);
  const scope = await coverageScope(db, actor, snapshot, undefined);
  const coverage = organisationCoverage(snapshot, scope.teamIds, false);
  const view = organisationCoverageView(
    snapshot,
    coverage,
    {
      siteId: null,
      page: 1,
      pageSize: Math.max(1, scope.teamIds.length),
      rankingLimit: BOARD_REPORT_TOP_GAPS,
      sort: 'site',
    },
    scope.siteTeamCounts,
    { changes: pendingInTeams(snapshot, scope.teamIds), included: false },
    null,
    siteScope(actor, scope.siteTeamCounts),
  );
  const ikk = await ikkCoachHours(db, actor);
  return renderBoardReportPdf({ organisationName: await organisationName(db, actor), view, locale, at, ikk });
}

/** The caller's organisation's name, as every report's header shows it. */
export async function organisationName(db: Db, actor: Actor): Promise<string> {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: actor.organisationId },
    select: { name: true },
  });
  return organisation.name;
}

/**
 * One team's report as a PDF, for whoever may open the team page (404 outside their scope, as
 * GET /api/teams/:id/coverage). Counts only: the view is taken anonymised, so no names reach the file.
 */
export async function teamReportPdf(
  db: Db,
  actor: Actor,
  teamId: string,
  locale: Locale,
  at = new Date(),
): Promise<{ body: Buffer; teamName: string }> {
  const snapshot = await coverageSnapshot(db, actor.organisationId);
  if (!snapshot.teams.has(teamId)) throw notFound('Team');
  if (!(await coverageTeamIds(db, actor, snapshot)).includes(teamId)) throw notFound('Team');
  const view = teamCoverageView(snapshot, teamId, { anonymised: true, selfEmployeeId: null });
  if (!view) throw notFound('Team');
  const body = await renderTeamReportPdf({
    organisationName: await organisationName(db, actor),
    view,
    locale,
    at,
  });
  return { body, teamName: view.team.name };
}
