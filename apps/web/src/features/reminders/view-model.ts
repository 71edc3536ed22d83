import { REMINDER_KINDS, type ReminderKind } from '@teamspiegel/domain';
import type { TReminder } from '@teamspiegel/domain/api/reminders';

export type ReminderGroup = { kind: ReminderKind; items: TReminder[] };

/** The reminders per kind in the domain's order (as the digest mail has them); empty kinds left out. */
export function groupReminders(reminders: readonly TReminder[]): ReminderGroup[] {
  return REMINDER_KINDS.map((kind) => ({ kind, items: reminders.filter((r) => r.kind === kind) })).filter(
    (group) => group.items.length > 0,
  );
}
