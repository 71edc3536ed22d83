import { AREA_IDS, type AreaId, CIRCLE_IDS, type CircleId, type LevelId } from '@teamspiegel/domain';
import type { TAreaLevel } from '@teamspiegel/domain/api/area-levels';
import type { TSurroundingsContact } from '@teamspiegel/domain/api/surroundings-contacts';

/** A page-load result as `load` gives it: the data, or the API's problem code. */
export type Loaded<T> = { data: T; error: null } | { data: null; error: { code: string } };

/**
 * The level history per area (newest first, as the API sends it), the current self-assessed levels
 * that wait for validation, and each row's previous level in its area.
 */
export function levelHistory(rows: TAreaLevel[]) {
  const byArea = new Map<AreaId, TAreaLevel[]>();
  for (const row of rows) {
    const list = byArea.get(row.area) ?? [];
    list.push(row);
    byArea.set(row.area, list);
  }
  const previousLevel = (row: TAreaLevel): LevelId | null => {
    const inArea = byArea.get(row.area) ?? [];
    const index = inArea.findIndex((candidate) => candidate.id === row.id);
    return index >= 0 ? (inArea[index + 1]?.level ?? null) : null;
  };
  return {
    areas: AREA_IDS.filter((area) => byArea.has(area)).map((area) => ({
      area,
      rows: byArea.get(area) ?? [],
    })),
    waiting: rows.filter((row) => row.isCurrent && row.status === 'self_assessed'),
    previousLevel,
  };
}

/**
 * Who a user id is: a login's name, "you" for the signed-in user, "someone else" for a user the
 * reader may not see; null without a user.
 */
export function userNames(
  members: Array<{ userId: string; name: string }>,
  me: string | null,
  words: { you: string; someoneElse: string },
) {
  const names = new Map<string, string>();
  for (const member of members) names.set(member.userId, member.name);
  if (me) names.set(me, words.you);
  return (userId: string | null) => (userId ? (names.get(userId) ?? words.someoneElse) : null);
}

/** The contacts per circle, in the model's circle order, circles without contacts left out. */
export function contactsByCircle(contacts: TSurroundingsContact[]) {
  return CIRCLE_IDS.map((circle: CircleId) => ({
    circle,
    contacts: contacts.filter((contact) => contact.circle === circle),
  })).filter((group) => group.contacts.length > 0);
}
