import { actionTargetsGap } from '@teamspiegel/domain';
import type { TPlanGapRequest } from '@teamspiegel/domain/api/development-plan';
import { conflict, notFound } from '../../lib/problem.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { coverageScope } from '../../services/coverage-scope.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import { createPlannedAction } from '../../services/planned-action.ts';
import { acceptSuggestion } from '../development-suggestions/accept.ts';
import { hireTitle } from './hire-title.ts';
import { planFromSiteGap } from './plan-site-gap.ts';
import { planGaps } from './service.ts';

const OPEN = ['planned', 'in_progress'] as const;

/**
 * The one-click plan of a gap (contract: ZPlanGapRequest). The gap and its next step are read
 * first (outside the transaction: the embedded database is one session); inside, an advisory lock
 * per gap and person serialises double clicks, and an open action of that person (or a vacancy of
 * the team) already aimed at the gap is returned instead of a second one. A site's gap (`siteId`,
 * rule 18) is planned by planFromSiteGap.
 */
export async function planFromGap(db: Db, actor: Actor, body: TPlanGapRequest) {
  if (body.siteId !== undefined) return planFromSiteGap(db, actor, { ...body, siteId: body.siteId });
  return planFromTeamGap(db, actor, { ...body, teamId: body.teamId ?? '' });
}

async function planFromTeamGap(db: Db, actor: Actor, body: TPlanGapRequest & { teamId: string }) {
  const organisationId = actor.organisationId;
  const snapshot = await coverageSnapshot(db, organisationId);
  const team = snapshot.teams.get(body.teamId);
  const { teamIds } = await coverageScope(db, actor, snapshot);
  if (!team || !teamIds.includes(body.teamId)) throw notFound('Team');
  const gap = (await planGaps(db, snapshot, [body.teamId])).find(
    (entry) => entry.requirementId === body.requirementId,
  );
  if (!gap) throw conflict('gap_changed', 'This requirement is no longer a gap of the team.');
  const members = new Set(team.members.map((member) => member.employeeId));
  const employeeId = body.employeeId;

  return db.$transaction(async (tx) => {
    const lockKey = `plan-gap:${organisationId}:${body.teamId}:${body.requirementId}:${employeeId ?? ''}`;
    await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
    const open = await tx.developmentAction.findMany({
      where: {
        organisationId,
        status: { in: [...OPEN] },
        ...(employeeId ? { employeeId } : { employeeId: null, teamId: body.teamId }),
      },
      include: { employee: { select: { firstName: true, lastName: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const existing = open.find((action) => actionTargetsGap(action, gap, (id) => members.has(id)));
    if (existing) return { row: existing, created: false };

    if (employeeId === null && gap.hireTarget) {
      const created = await createPlannedAction(
        tx,
        actor,
        {
          type: 'werving',
          title: hireTitle(gap, team.name),
          teamId: body.teamId,
          ...gap.hireTarget,
          expectedEndDate: body.expectedEndDate ? new Date(`${body.expectedEndDate}T00:00:00.000Z`) : null,
        },
        { source: 'gap', requirementId: body.requirementId },
      );
      return { row: created, created: true };
    }
    const suggestion = gap.suggestion;
    if (!suggestion || suggestion.employeeId !== employeeId) {
      throw conflict('gap_changed', 'The next step for this gap is no longer the one shown.');
    }
    const row = await acceptSuggestion(tx, actor, {
      teamId: body.teamId,
      requirementId: body.requirementId,
      type: suggestion.type,
      employeeId: suggestion.employeeId,
      area: suggestion.area,
      targetLevel: suggestion.targetLevel,
      expectedEndDate: body.expectedEndDate ?? null,
    });
    return { row, created: true };
  });
}
