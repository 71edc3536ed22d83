import { deepFreeze } from './freeze.js';
import type { LocalizedText, ModelItem } from './types.js';

export const CIRCLE_IDS = deepFreeze([
  'buurt',
  'partners',
  'politiek_beleid',
  'samenleving',
  'wetenschap',
] as const);
export type CircleId = (typeof CIRCLE_IDS)[number];

export type Circle = ModelItem<CircleId> & {
  /** 1 = closest to the IKC; the brochure draws them as concentric circles. */
  readonly ring: 1 | 2 | 3 | 4 | 5;
  readonly examples: readonly LocalizedText[];
};

export const CIRCLES: readonly Circle[] = deepFreeze([
  {
    id: 'buurt',
    ring: 1,
    label: { nl: 'Buurt', en: 'Neighbourhood' },
    description: {
      nl: 'De directe omgeving van het IKC: buurtbewoners, buurthuizen en -werk, en lokale bedrijven.',
      en: 'The immediate surroundings of the IKC: residents, community centres and youth work, local businesses.',
    },
    examples: [
      { nl: 'Buurtbewoners', en: 'Residents' },
      { nl: 'Buurthuizen en jongerenwerk', en: 'Community centres and youth work' },
      { nl: 'Lokale bedrijven', en: 'Local businesses' },
      { nl: 'Wijkteam', en: 'Neighbourhood team' },
    ],
  },
  {
    id: 'partners',
    ring: 2,
    label: { nl: 'Partners', en: 'Partners' },
    description: {
      nl: 'Organisaties die een verbintenis hebben met het IKC, zoals mbo- en hbo-opleidingen, consultatiebureaus, vervolgonderwijs, de gemeente en zorginstellingen.',
      en: 'Organisations with a tie to the IKC, such as MBO/HBO training institutes, child health clinics, secondary education, the municipality and care institutions.',
    },
    examples: [
      { nl: 'Mbo- en hbo-opleidingen', en: 'MBO and HBO training institutes' },
      { nl: 'Consultatiebureau (jeugdverpleegkundige)', en: 'Child health clinic (youth nurse)' },
      { nl: 'Vervolgonderwijs', en: 'Secondary education' },
      { nl: 'Gemeente', en: 'Municipality' },
      { nl: 'Zorginstellingen', en: 'Care institutions' },
      { nl: 'Sportclubs, kunst en cultuur', en: 'Sports clubs, arts and culture' },
    ],
  },
  {
    id: 'politiek_beleid',
    ring: 3,
    label: { nl: 'Politiek en beleid', en: 'Politics and policy' },
    description: {
      nl: 'De politiek-bestuurlijke omgeving en (landelijke) beleidsontwikkelingen.',
      en: 'The political and administrative environment and (national) policy developments.',
    },
    examples: [
      { nl: 'Lokale politiek', en: 'Local politics' },
      { nl: 'Landelijke politiek', en: 'National politics' },
      { nl: 'Beleidsmedewerkers van de gemeente', en: 'Municipal policy officers' },
      { nl: 'Overleg voor- en vroegschoolse educatie', en: 'Early childhood education consultation' },
    ],
  },
  {
    id: 'samenleving',
    ring: 4,
    label: { nl: 'Samenleving', en: 'Society' },
    description: {
      nl: 'De grotere context: maatschappelijke ontwikkelingen en kwesties zoals arbeidsparticipatie en integratie. De gemeente en jeugdhulp zijn belangrijke partijen.',
      en: 'The wider context: societal issues such as labour participation and integration. The municipality and youth care are key parties.',
    },
    examples: [
      { nl: 'Arbeidsparticipatie', en: 'Labour participation' },
      { nl: 'Integratie', en: 'Integration' },
      { nl: 'Jeugdhulp', en: 'Youth care' },
    ],
  },
  {
    id: 'wetenschap',
    ring: 5,
    label: { nl: 'Wetenschap', en: 'Science' },
    description: {
      nl: 'Wetenschappers die werken met het IKC, maar ook bij andere instellingen, en de grote (internationale) wetenschappelijke ontwikkelingen.',
      en: 'Researchers working with the IKC or elsewhere, and major (international) research developments.',
    },
    examples: [
      { nl: 'Hogescholen', en: 'Universities of applied sciences' },
      { nl: 'Universiteiten', en: 'Universities' },
      { nl: 'Kennisinstituten', en: 'Knowledge institutes' },
    ],
  },
]);

export const CIRCLE_INDEX: Readonly<Record<CircleId, number>> = deepFreeze(
  Object.fromEntries(CIRCLE_IDS.map((id, i) => [id, i])) as Record<CircleId, number>,
);

export function isCircleId(value: string): value is CircleId {
  return Object.hasOwn(CIRCLE_INDEX, value);
}
