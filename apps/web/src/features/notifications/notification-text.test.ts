import type { TNotification } from '@teamspiegel/domain/api/notifications';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import nl from '../../../messages/nl/own-development.json';
import { notificationHref, notificationText } from './notification-text';

const t = createTranslator({ locale: 'nl', messages: nl, namespace: 'notifications' });
const base: TNotification = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'level_validated',
  area: 'pedagogiek',
  level: 'ervaren',
  note: null,
  actionTitle: null,
  createdAt: '2026-12-06T10:00:00.000Z',
  readAt: null,
};

describe('notificationText', () => {
  it('says in one sentence what happened, in the words of the model', () => {
    expect(notificationText(base, 'nl', t as never)).toBe(
      'Je niveau ervaren voor Pedagogiek is gevalideerd.',
    );
    expect(notificationText({ ...base, kind: 'level_adjusted', level: 'starter' }, 'nl', t as never)).toBe(
      'Je zelfinschatting voor Pedagogiek is aangepast naar starter.',
    );
    expect(
      notificationText({ ...base, kind: 'action_planned', actionTitle: 'Cursus EHBO' }, 'nl', t as never),
    ).toBe('Er is een ontwikkelactie voor je gepland: Cursus EHBO.');
  });

  it('links level outcomes to Mijn profiel and the rest to Mijn ontwikkeling', () => {
    expect(notificationHref(base)).toBe('/profiel');
    expect(notificationHref({ ...base, kind: 'level_adjusted' })).toBe('/profiel');
    expect(notificationHref({ ...base, kind: 'action_planned' })).toBe('/profiel/ontwikkeling');
    expect(notificationHref({ ...base, kind: 'request_declined' })).toBe('/profiel/ontwikkeling');
  });
});
