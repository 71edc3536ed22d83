import { deepFreeze } from './freeze.js';
import type { LocalizedText, ModelItem } from './types.js';

/**
 * The four coverage statuses (docs/coverage-rules.md, rule 1), worst first, and 'exempt' (rule 17). This module is their
 * one home: ids, order, nl/en labels and colours. The API's exports and the web app read them here.
 */
export const COVERAGE_STATUS_IDS = deepFreeze([
  'gap',
  'single_point',
  'no_margin',
  'covered',
  'exempt',
] as const);
export type CoverageStatus = (typeof COVERAGE_STATUS_IDS)[number];

/** A cell or line without any requirement. */
export const NO_REQUIREMENT_STATUS = 'none' as const;
export type CellStatus = CoverageStatus | typeof NO_REQUIREMENT_STATUS;

export type CoverageStatusItem = ModelItem<CellStatus> & {
  /** Short text for a tag or a table cell. */
  readonly short: LocalizedText;
  /** 3 = worst (gap) … 0 = covered; -1 for no requirement. */
  readonly rank: number;
  /** Text colour and soft background; the text colour has ≥ 4.5:1 contrast on the background. */
  readonly colour: { readonly text: string; readonly background: string; readonly border: string };
};

export const COVERAGE_STATUSES: readonly CoverageStatusItem[] = deepFreeze([
  {
    id: 'gap',
    rank: 3,
    label: { nl: 'Hiaat', en: 'Gap' },
    short: { nl: 'Hiaat', en: 'Gap' },
    description: {
      nl: 'Er zijn minder mensen dan nodig.',
      en: 'Fewer people than required.',
    },
    colour: { text: '#b42318', background: '#fde4e1', border: '#b42318' },
  },
  {
    id: 'single_point',
    rank: 2,
    label: { nl: 'Afhankelijk van één persoon', en: 'Single point of failure' },
    short: { nl: 'Eén persoon', en: 'One person' },
    description: {
      nl: 'Gedekt door precies één persoon: als zij vertrekt, is de deskundigheid weg.',
      en: 'Met by exactly one person: if she leaves, the expertise is gone.',
    },
    colour: { text: '#9a3412', background: '#ffedd5', border: '#c2410c' },
  },
  {
    id: 'no_margin',
    rank: 1,
    label: { nl: 'Geen reserve', en: 'No margin' },
    short: { nl: 'Geen reserve', en: 'No margin' },
    description: {
      nl: 'Precies gedekt door het vereiste aantal (twee of meer): één vertrek opent een hiaat.',
      en: 'Met by exactly the required number (two or more): one departure opens a gap.',
    },
    colour: { text: '#714b00', background: '#fdf0cf', border: '#8a5a00' },
  },
  {
    id: 'covered',
    rank: 0,
    label: { nl: 'Gedekt', en: 'Covered' },
    short: { nl: 'Gedekt', en: 'Covered' },
    description: {
      nl: 'Gedekt met minstens één persoon reserve: één vertrek opent nog geen hiaat.',
      en: 'Met with at least one spare person: one departure does not open a gap.',
    },
    colour: { text: '#166534', background: '#d9f0e1', border: '#1e7b45' },
  },
  {
    id: 'exempt',
    rank: 0,
    label: { nl: 'Vrijgesteld', en: 'Exempt' },
    short: { nl: 'Vrijgesteld', en: 'Exempt' },
    description: {
      nl: 'Het team is tijdelijk vrijgesteld van deze eis (met reden en einddatum); geen hiaat.',
      en: 'The team is temporarily exempt from this requirement (with a reason and an end date); not a gap.',
    },
    colour: { text: '#3f3f96', background: '#e8e8fb', border: '#4f4fb0' },
  },
  {
    id: 'none',
    rank: -1,
    label: { nl: 'Geen eis', en: 'No requirement' },
    short: { nl: 'Geen eis', en: 'No requirement' },
    description: {
      nl: 'Het team heeft hier geen eis.',
      en: 'The team has no requirement here.',
    },
    colour: { text: '#475569', background: '#f1f5f9', border: '#94a3b8' },
  },
]);

const BY_ID = new Map(COVERAGE_STATUSES.map((s) => [s.id, s]));

/** The status record of an id (unknown ids read as 'none'). */
export function coverageStatusItem(id: string): CoverageStatusItem {
  return BY_ID.get(id as CellStatus) ?? (BY_ID.get('none') as CoverageStatusItem);
}

/** The label of a status in a language: the same words on every page and in every export. */
export function coverageStatusLabel(id: string, locale: 'nl' | 'en'): string {
  return coverageStatusItem(id).label[locale];
}

/**
 * The status of `headcount` people against a requirement of `count` (rule 1):
 * fewer → gap; exactly one person for a requirement of one → single point; exactly the
 * required number of two or more → no margin; at least one spare (or nothing required) → covered.
 */
export function statusOf(count: number, headcount: number): CoverageStatus {
  if (headcount < count) return 'gap';
  if (count === 0 || headcount > count) return 'covered';
  return headcount === 1 ? 'single_point' : 'no_margin';
}

/** gap (3) > single point (2) > no margin (1) > covered (0), for "worst of" and ranking. */
export function statusRank(status: CoverageStatus): number {
  switch (status) {
    case 'gap':
      return 3;
    case 'single_point':
      return 2;
    case 'no_margin':
      return 1;
    default:
      return 0;
  }
}
