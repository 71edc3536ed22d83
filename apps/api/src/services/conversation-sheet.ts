import {
  closableGaps,
  computeOrganisationCoverage,
  type LevelId,
  type TClosableGap,
  type TTeamCoverage,
} from '@teamspiegel/domain';
import { isoDate } from '../lib/http.ts';
import { notFound } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { employeeDto, employeeInclude } from '../routes/employees/dto.ts';
import { visibleEmployeeWhere } from './access.ts';
import { mayReadMotivation } from './ambition-privacy.ts';
import { coverageSnapshot } from './coverage-snapshot.ts';
import { type ConversationSheetInput, renderConversationSheetPdf } from './export/conversation-sheet-pdf.ts';
import type { Locale } from './export/report-pdf-kit.ts';
import { organisationName } from './reports.ts';

/** Completed actions the sheet still shows (the most recent), beside every open one. */
const RECENT_COMPLETED = 5;

/**
 * The conversation sheet (gespreksblad) of one employee as an A4 PDF, for a 1:1 with her
 * manager: her levels per area with their validation status, active ambitions (the motivation
 * only where the reader may read it), open and recent development actions, and the gaps of her
 * teams she could help close (the domain's closableGaps). 404 for someone the actor may not see.
 */
export async function conversationSheetPdf(
  db: Db,
  actor: Actor,
  employeeId: string,
  locale: Locale,
  at = new Date(),
): Promise<{ body: Buffer; employeeName: string }> {
  const employee = await db.employee.findFirst({
    where: { AND: [await visibleEmployeeWhere(db, actor), { id: employeeId }] },
    include: employeeInclude(),
  });
  if (!employee) throw notFound('Employee');
  const [snapshot, ambitions, actions, organisation] = await Promise.all([
    coverageSnapshot(db, actor.organisationId),
    db.ambition.findMany({
      where: { organisationId: actor.organisationId, employeeId, status: 'active' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    db.developmentAction.findMany({
      where: { organisationId: actor.organisationId, employeeId, status: { not: 'cancelled' } },
      orderBy: [{ expectedEndDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    }),
    organisationName(db, actor),
  ]);
  const person = employeeDto(employee);
  const validated = snapshot.members.get(employeeId)?.levels ?? {};
  const gaps: Array<TClosableGap & { teamName: string }> = [];
  for (const teamId of snapshot.people.get(employeeId)?.teamIds ?? []) {
    const team = snapshot.teams.get(teamId);
    if (!team) continue;
    const coverage = computeOrganisationCoverage({
      teams: [team],
      roles: snapshot.roles,
      memo: snapshot.memo,
    }).teams[0] as TTeamCoverage;
    for (const gap of closableGaps(team, coverage, employeeId)) gaps.push({ ...gap, teamName: team.name });
  }
  const open = actions.filter((action) => action.status !== 'completed');
  const completed = actions
    .filter((action) => action.status === 'completed')
    .sort((a, b) => (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0))
    .slice(0, RECENT_COMPLETED);
  const input: ConversationSheetInput = {
    organisationName: organisation,
    locale,
    at,
    person: {
      fullName: person.fullName,
      jobTitle: person.jobTitle,
      fte: person.fte,
      teams: person.teams.map((team) => team.name),
    },
    levels: Object.entries(person.levels).map(([area, entry]) => ({
      area,
      level: entry.level,
      status: entry.status,
      validatedLevel: (validated[area as keyof typeof validated] as LevelId | undefined) ?? null,
    })),
    ambitions: ambitions.map((ambition) => ({
      direction: ambition.direction,
      area: ambition.area,
      targetLevel: ambition.targetLevel,
      horizonDate: isoDate(ambition.horizonDate),
      motivation: mayReadMotivation(actor, ambition) ? ambition.motivation : null,
    })),
    actions: [...open, ...completed].map((action) => ({
      title: action.title,
      type: action.type,
      status: action.status,
      area: action.area,
      targetLevel: action.targetLevel,
      expectedEndDate: isoDate(action.expectedEndDate),
    })),
    gaps,
  };
  return { body: await renderConversationSheetPdf(input), employeeName: person.fullName };
}
