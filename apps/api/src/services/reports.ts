import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { coverageSnapshot } from './coverage-snapshot.ts';
import {
  coverageScope,
  organisationCoverage,
  organisationCoverageView,
  pendingInTeams,
} from './coverage-views.ts';
import { type Locale, renderBoardReportPdf } from './export/board-report-pdf.ts';

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
  );
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: actor.organisationId },
    select: { name: true },
  });
  return renderBoardReportPdf({ organisationName: organisation.name, view, locale, at });
}
