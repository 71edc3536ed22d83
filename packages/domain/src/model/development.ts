import { deepFreeze } from './freeze.js';
import type { ModelItem } from './types.js';

export const DEVELOPMENT_ACTION_TYPE_IDS = deepFreeze([
  'training',
  'coaching',
  'omscholing',
  'intervisie',
  'werving',
] as const);
export type DevelopmentActionType = (typeof DEVELOPMENT_ACTION_TYPE_IDS)[number];

export const DEVELOPMENT_ACTION_TYPES: readonly ModelItem<DevelopmentActionType>[] = deepFreeze([
  {
    id: 'training',
    label: { nl: 'Training en scholing', en: 'Training' },
    description: {
      nl: 'Een opleiding, cursus of scholing, binnen of buiten het IKC.',
      en: 'A course or training, inside or outside the IKC.',
    },
  },
  {
    id: 'coaching',
    label: { nl: 'Coaching', en: 'Coaching' },
    description: {
      nl: 'Begeleiding op de werkplek door een coach of ervaren collega.',
      en: 'Guidance at the workplace by a coach or experienced colleague.',
    },
  },
  {
    id: 'omscholing',
    label: { nl: 'Omscholing', en: 'Retraining' },
    description: {
      nl: 'Omscholing naar een ander domein of een andere rol.',
      en: 'Retraining towards another area or role.',
    },
  },
  {
    id: 'intervisie',
    label: { nl: 'Intervisie', en: 'Intervision' },
    description: {
      nl: 'Collega’s leren van elkaar door samen casuïstiek te bespreken.',
      en: 'Colleagues learn from each other by discussing cases together.',
    },
  },
  {
    id: 'werving',
    label: { nl: 'Werving', en: 'Hiring' },
    description: {
      nl: 'Een nieuwe collega werven om het hiaat te vullen.',
      en: 'Recruiting a new colleague to fill the gap.',
    },
  },
]);

export const AMBITION_DIRECTION_IDS = deepFreeze(['verbreden', 'verdiepen'] as const);
export type AmbitionDirection = (typeof AMBITION_DIRECTION_IDS)[number];

export const AMBITION_DIRECTIONS: readonly ModelItem<AmbitionDirection>[] = deepFreeze([
  {
    id: 'verbreden',
    label: { nl: 'Verbreden', en: 'Broaden' },
    description: {
      nl: 'Meer te weten komen over een domein waar je nog weinig van weet.',
      en: 'Learn about an area one knows little of yet.',
    },
  },
  {
    id: 'verdiepen',
    label: { nl: 'Verdiepen', en: 'Deepen' },
    description: {
      nl: 'Je verdiepen in de richting waar je al in zit, om expert te worden in je vakgebied.',
      en: 'Go deeper where one already works, to become an expert in the field.',
    },
  },
]);

export const DEVELOPMENT_STATUS_IDS = deepFreeze([
  'planned',
  'in_progress',
  'completed',
  'cancelled',
] as const);
export type DevelopmentStatus = (typeof DEVELOPMENT_STATUS_IDS)[number];

export const DEVELOPMENT_STATUSES: readonly ModelItem<DevelopmentStatus>[] = deepFreeze([
  {
    id: 'planned',
    label: { nl: 'Gepland', en: 'Planned' },
    description: { nl: 'Afgesproken, nog niet begonnen.', en: 'Agreed, not started yet.' },
  },
  {
    id: 'in_progress',
    label: { nl: 'Bezig', en: 'In progress' },
    description: { nl: 'Loopt op dit moment.', en: 'Currently running.' },
  },
  {
    id: 'completed',
    label: { nl: 'Afgerond', en: 'Completed' },
    description: { nl: 'Afgerond; het niveau is bereikt.', en: 'Finished; the level has been reached.' },
  },
  {
    id: 'cancelled',
    label: { nl: 'Geannuleerd', en: 'Cancelled' },
    description: { nl: 'Gestopt zonder het doel te bereiken.', en: 'Stopped without reaching the goal.' },
  },
]);

/**
 * Rule 8 of docs/coverage-rules.md: an expected end before the start cannot be. On a PATCH the
 * caller passes the merged row (the sent date against the stored other one).
 */
export function endsBeforeStart(dates: { startDate: Date | null; expectedEndDate: Date | null }): boolean {
  return (
    dates.startDate !== null && dates.expectedEndDate !== null && dates.expectedEndDate < dates.startDate
  );
}
