import type { TAreaLevel } from '@teamspiegel/domain/api/area-levels';
import type { TSurroundingsContact } from '@teamspiegel/domain/api/surroundings-contacts';
import { describe, expect, it } from 'vitest';
import { contactsByCircle, levelHistory, userNames } from './view-model';

const level = (id: string, area: string, lvl: string, patch: Partial<TAreaLevel> = {}) =>
  ({ id, area, level: lvl, isCurrent: false, status: 'validated', ...patch }) as TAreaLevel;

describe('person view model', () => {
  it('groups the history per area in model order and finds each row’s previous level', () => {
    const rows = [
      level('p2', 'pedagogiek', 'expert', { isCurrent: true, status: 'self_assessed' }),
      level('d1', 'didactiek', 'starter', { isCurrent: true }),
      level('p1', 'pedagogiek', 'ervaren'),
    ];
    const history = levelHistory(rows);
    expect(history.areas.map((a) => [a.area, a.rows.map((r) => r.id)])).toEqual([
      ['didactiek', ['d1']],
      ['pedagogiek', ['p2', 'p1']],
    ]);
    expect(history.waiting.map((r) => r.id)).toEqual(['p2']);
    expect(history.previousLevel(rows[0] as TAreaLevel)).toBe('ervaren');
    expect(history.previousLevel(rows[2] as TAreaLevel)).toBeNull();
  });

  it('names users: members by name, the reader as "you", others as "someone else"', () => {
    const who = userNames([{ userId: 'u1', name: 'Femke' }], 'u2', { you: 'jij', someoneElse: 'iemand' });
    expect(who('u1')).toBe('Femke');
    expect(who('u2')).toBe('jij');
    expect(who('u3')).toBe('iemand');
    expect(who(null)).toBeNull();
  });

  it('lists contacts per circle in model order, leaving empty circles out', () => {
    const contact = (id: string, circle: string) => ({ id, circle, partnerName: id }) as TSurroundingsContact;
    const groups = contactsByCircle([
      contact('b', 'samenleving'),
      contact('a', 'partners'),
      contact('c', 'samenleving'),
    ]);
    expect(groups.map((g) => [g.circle, g.contacts.map((c) => c.id)])).toEqual([
      ['partners', ['a']],
      ['samenleving', ['b', 'c']],
    ]);
  });
});
