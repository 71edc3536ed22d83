import { actionTargetsGap, siteMembers } from '@teamspiegel/domain';
import type { TPlanGapRequest } from '@teamspiegel/domain/api/development-plan';
import { conflict, notFound, unprocessable } from '../../lib/problem.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { coverageScope } from '../../services/coverage-scope.ts';
import { siteScope } from '../../services/coverage-site-views.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import { createPlannedAction } from '../../services/planned-action.ts';
import { hireTitle } from './hire-title.ts';
import { planSiteGaps, siteTeamsOf } from './site-gaps.ts';

const OPEN = ['planned', 'in_progress'] as const;
const withEmployee = { employee: { select: { firstName: true, lastName: true } } } as const;
const day = (value: string | null | undefined) => (value ? new Date(`${value}T00:00:00.000Z`) : null);

/**
 * The plan of a site's certificate gap (rule 18), as planFromGap for a team's: a course (training
 * aimed at the certificate type) for a person working at the site, or a vacancy in the team of the
 * site HR chose. Another organisation's or an out-of-scope site is 404; a requirement that is no
 * longer a gap 409 `gap_changed`; a person not at the site 422 `person_not_at_site`, one who still
 * holds the certificate through the horizon 422 `not_a_candidate`; a team of another site 422
 * `team_not_at_site`. Idempotent per gap and person under an advisory lock, audited.
 */
export async function planFromSiteGap(db: Db, actor: Actor, body: TPlanGapRequest & { siteId: string }) {
  const organisationId = actor.organisationId;
  const snapshot = await coverageSnapshot(db, organisationId);
  const scope = await coverageScope(db, actor, snapshot);
  const inScope = siteScope(actor, scope.siteTeamCounts);
  const siteName = snapshot.sites.get(body.siteId);
  if (siteName === undefined || (inScope !== null && ![...inScope].includes(body.siteId))) {
    throw notFound('Site');
  }
  const gap = (await planSiteGaps(db, snapshot, [body.siteId], body.siteId, scope.teamIds)).find(
    (entry) => entry.requirementId === body.requirementId,
  );
  if (!gap) throw conflict('gap_changed', 'This requirement is no longer a gap of the site.');
  const certificateTypeId = gap.certificateTypeId ?? '';
  const teams = siteTeamsOf(snapshot, body.siteId);
  const people = new Set(siteMembers(teams).map((person) => person.employeeId));
  const siteTeamIds = new Set(teams.map((team) => team.id));
  const employeeId = body.employeeId;
  if (employeeId !== null && !people.has(employeeId)) {
    throw unprocessable('person_not_at_site', 'The person does not work at this site.', [
      { path: 'body.employeeId', message: 'Must be a member of a current team of the site' },
    ]);
  }
  const hireTeam = employeeId === null ? teams.find((team) => team.id === body.teamId) : undefined;
  if (employeeId === null && !hireTeam) {
    throw unprocessable('team_not_at_site', 'The vacancy needs a current team of this site.', [
      { path: 'body.teamId', message: 'Must be a current team of the site' },
    ]);
  }
  // A course counts under her team at the site (the one asked for, else the first by name).
  const courseTeam =
    employeeId === null
      ? undefined
      : (teams.find(
          (team) => team.id === body.teamId && team.members.some((m) => m.employeeId === employeeId),
        ) ?? teams.find((team) => team.members.some((m) => m.employeeId === employeeId)));

  return db.$transaction(async (tx) => {
    const lockKey = `plan-site-gap:${organisationId}:${body.siteId}:${body.requirementId}:${employeeId ?? ''}`;
    await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
    const open = await tx.developmentAction.findMany({
      where: {
        organisationId,
        status: { in: [...OPEN] },
        targetCertificateTypeId: certificateTypeId,
        ...(employeeId ? { employeeId } : { employeeId: null, teamId: { in: [...siteTeamIds] } }),
      },
      include: withEmployee,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const existing = open.find((action) =>
      actionTargetsGap(
        action,
        gap,
        (id) => people.has(id),
        (id) => siteTeamIds.has(id),
      ),
    );
    if (existing) return { row: existing, created: false };

    const label = gap.certificateLabel?.nl ?? 'certificaat';
    let data: {
      type: 'training' | 'werving';
      title: string;
      employeeId: string | null;
      teamId: string | null;
    };
    if (employeeId !== null) {
      const candidate = gap.courseCandidates?.find((entry) => entry.employeeId === employeeId);
      if (!candidate) {
        throw unprocessable('not_a_candidate', 'The person holds a certificate valid through the horizon.', [
          { path: 'body.employeeId', message: 'Must hold no certificate of the type, or one that lapses' },
        ]);
      }
      const course = candidate.reason === 'lapsing' ? 'Opfriscursus' : 'Cursus';
      data = {
        type: 'training',
        title: `${course} ${label} voor ${candidate.employeeName}`.slice(0, 300),
        employeeId,
        teamId: courseTeam?.id ?? null,
      };
    } else {
      const team = hireTeam as NonNullable<typeof hireTeam>;
      data = {
        type: 'werving',
        title: hireTitle(gap, `${team.name} (${siteName})`),
        employeeId: null,
        teamId: team.id,
      };
    }
    const created = await createPlannedAction(
      tx,
      actor,
      { ...data, targetCertificateTypeId: certificateTypeId, expectedEndDate: day(body.expectedEndDate) },
      { source: 'gap', siteId: body.siteId, requirementId: body.requirementId },
    );
    return { row: created, created: true };
  });
}
