import { REMINDER_KIND_LABELS, REMINDER_KINDS } from '@teamspiegel/domain';
import type { TMyReminders, TReminder, TReminderDigestRun } from '@teamspiegel/domain/api/reminders';
import { withOrganisation } from '../db/tenant-context.ts';
import { parseDate } from '../lib/http.ts';
import type { Mailer } from '../plugins/app/mailer.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { remindersFor } from './reminders.ts';

type DigestDeps = {
  db: Db;
  mailer: Mailer;
  log: { error: (o: object, m: string) => void };
  publicWebUrl: string;
};

const dutchDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

function line(reminder: TReminder, withName: boolean): string {
  const what = reminder.certificateLabel.nl;
  const when =
    reminder.kind === 'certificate_expired'
      ? `verlopen op ${dutchDate(reminder.expiresOn)}`
      : `geldig t/m ${dutchDate(reminder.expiresOn)} (nog ${reminder.daysLeft} ${reminder.daysLeft === 1 ? 'dag' : 'dagen'})`;
  return `- ${withName ? `${reminder.employeeName}: ` : ''}${what}, ${when}`;
}

/** One section per reminder kind, in the domain's order; kinds without items are left out. */
function sections(title: string, reminders: readonly TReminder[], withName: boolean): string[] {
  if (reminders.length === 0) return [];
  const out = ['', title];
  for (const kind of REMINDER_KINDS) {
    const items = reminders.filter((r) => r.kind === kind);
    if (items.length === 0) continue;
    out.push('', `${REMINDER_KIND_LABELS[kind].nl}:`, ...items.map((r) => line(r, withName)));
  }
  return out;
}

/** The digest mail's text: Dutch first, one English line; null when there is nothing to remind of. */
export function digestText(name: string, organisationName: string, reminders: TMyReminders, link: string) {
  const others = reminders.others ?? [];
  if (reminders.own.length === 0 && others.length === 0) return null;
  return [
    `Beste ${name},`,
    '',
    `Dit vraagt aandacht in Teamspiegel van ${organisationName} (certificaten die binnen ${reminders.warningDays} dagen verlopen of verlopen zijn):`,
    ...sections('Je eigen certificaten', reminders.own, false),
    ...sections('De mensen van wie jij de certificaten bijhoudt', others, true),
    '',
    `Bekijk en plan het in Teamspiegel: ${link}`,
    '',
    'Certificates that expire soon or have expired need your attention; see Teamspiegel for details.',
  ].join('\n');
}

/**
 * Sends the day's reminder digest to every login of one organisation that has something to be
 * reminded of: her own certificates, and those of the people she looks after. One mail per login
 * a day: the day is claimed on the member row before sending (a conditional update, so a second
 * run or process sends nothing) and released again if the mail fails, so a later run retries.
 */
export async function sendReminderDigests(
  deps: DigestDeps,
  organisationId: string,
  on: string,
): Promise<TReminderDigestRun> {
  return withOrganisation(organisationId, async () => {
    const { db } = deps;
    const day = parseDate(on);
    const organisation = await db.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: { name: true },
    });
    const members = await db.organisationMember.findMany({
      // Logins that can sign in: an invitation not yet accepted gets no digest.
      where: { organisationId, user: { disabledAt: null, passwordHash: { not: null } } },
      select: {
        id: true,
        role: true,
        userId: true,
        employeeId: true,
        lastReminderDigestOn: true,
        user: { select: { email: true, name: true } },
      },
      orderBy: { id: 'asc' },
    });
    const link = `${deps.publicWebUrl.replace(/\/+$/, '')}/overzicht`;
    let sent = 0;
    let skipped = 0;
    for (const member of members) {
      const actor = {
        userId: member.userId,
        organisationId,
        role: member.role,
        memberId: member.id,
        employeeId: member.employeeId,
      };
      const text = digestText(member.user.name, organisation.name, await remindersFor(db, actor, on), link);
      if (text === null) continue;
      const claimed = await db.organisationMember.updateMany({
        where: {
          id: member.id,
          organisationId,
          OR: [{ lastReminderDigestOn: null }, { lastReminderDigestOn: { lt: day } }],
        },
        data: { lastReminderDigestOn: day },
      });
      if (claimed.count === 0) {
        skipped += 1;
        continue;
      }
      try {
        await deps.mailer.send({
          to: member.user.email,
          subject: `Teamspiegel: certificaten die aandacht vragen — ${organisation.name}`,
          text,
          link,
        });
        sent += 1;
      } catch (error) {
        deps.log.error({ err: error, memberId: member.id }, 'reminder digest not sent; released for a retry');
        await db.organisationMember.updateMany({
          where: { id: member.id, organisationId, lastReminderDigestOn: day },
          data: { lastReminderDigestOn: member.lastReminderDigestOn },
        });
      }
    }
    return { on, sent, skipped };
  });
}

/** Today as the digest counts it (UTC; the job runs early in the Dutch morning, the same date). */
export function reminderDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
