import { deepFreeze } from './freeze.js';
import type { ModelItem } from './types.js';

export const COMPETENCY_IDS = deepFreeze([
  'ontwikkelingsgerichtheid',
  'samenwerkingsgerichtheid',
  'omgevingssensitiviteit',
  'ondernemende_houding',
  'flexibiliteit',
  'creativiteit',
  'onderzoekende_houding',
  'moreel_ethisch_handelen',
] as const);
export type CompetencyId = (typeof COMPETENCY_IDS)[number];

export type Competency = ModelItem<CompetencyId>;

export const COMPETENCIES: readonly Competency[] = deepFreeze([
  {
    id: 'ontwikkelingsgerichtheid',
    label: { nl: 'Ontwikkelingsgerichtheid', en: 'Development orientation' },
    description: {
      nl: 'Je stelt de ontwikkeling van de kinderen voorop en combineert kindgerichte pedagogiek met activerende didactiek.',
      en: "Puts children's development first; combines child-centred pedagogy with activating didactics.",
    },
  },
  {
    id: 'samenwerkingsgerichtheid',
    label: { nl: 'Samenwerkingsgerichtheid', en: 'Collaboration orientation' },
    description: {
      nl: 'Je draagt bij aan gezamenlijke resultaten door je eigen kwaliteiten en belangen af te stemmen met die van het team.',
      en: "Contributes to shared results by aligning own qualities and interests with the team's.",
    },
  },
  {
    id: 'omgevingssensitiviteit',
    label: { nl: 'Omgevingssensitiviteit', en: 'Environmental sensitivity' },
    description: {
      nl: 'Je bent bewust van anderen, je omgeving en jouw eigen invloed daarop, en je laat merken dat je de gevoelens en behoeften van anderen erkent.',
      en: "Aware of others, the environment and one's influence on it; acknowledges others' feelings and needs.",
    },
  },
  {
    id: 'ondernemende_houding',
    label: { nl: 'Ondernemende houding', en: 'Entrepreneurial attitude' },
    description: {
      nl: 'Je signaleert kansen in de maatschappelijke omgeving en neemt verantwoorde risico’s om daarnaar te handelen.',
      en: 'Spots opportunities in society and takes responsible risks to act on them.',
    },
  },
  {
    id: 'flexibiliteit',
    label: { nl: 'Flexibiliteit', en: 'Flexibility' },
    description: {
      nl: 'Je past je aan aan problemen en kansen om de gestelde teamdoelen te bereiken.',
      en: "Adapts to problems and opportunities to reach the team's goals.",
    },
  },
  {
    id: 'creativiteit',
    label: { nl: 'Creativiteit', en: 'Creativity' },
    description: {
      nl: 'Je hebt het vermogen om iets nieuws te scheppen of originele oplossingen voor problemen te vinden.',
      en: 'Creates new things or finds original solutions to problems.',
    },
  },
  {
    id: 'onderzoekende_houding',
    label: { nl: 'Onderzoekende houding', en: 'Inquiring attitude' },
    description: {
      nl: 'Je bent nieuwsgierig: je stelt vragen, onderzoekt vooronderstellingen en wilt dingen te weten komen.',
      en: 'Curious: asks questions, tests assumptions, wants to find out.',
    },
  },
  {
    id: 'moreel_ethisch_handelen',
    label: { nl: 'Moreel-ethisch handelen', en: 'Moral and ethical conduct' },
    description: {
      nl: 'Je handelt moreel verantwoord volgens algemeen aanvaarde sociale en ethische normen, ook als regels ontbreken, en je neemt en vraagt verantwoordelijkheid.',
      en: 'Acts by accepted social and ethical norms, also where rules are missing; takes and asks responsibility.',
    },
  },
]);

export const COMPETENCY_INDEX: Readonly<Record<CompetencyId, number>> = deepFreeze(
  Object.fromEntries(COMPETENCY_IDS.map((id, i) => [id, i])) as Record<CompetencyId, number>,
);

export const COMPETENCY_SCORE_MIN = 1;
export const COMPETENCY_SCORE_MAX = 5;

export type CompetencyScore = 1 | 2 | 3 | 4 | 5;

export type CompetencyScoreLabel = {
  readonly score: CompetencyScore;
  readonly label: { readonly nl: string; readonly en: string };
  readonly description: { readonly nl: string; readonly en: string };
};

/** The brochure names the competencies but no scale; this 5-point scale is ours. */
export const COMPETENCY_SCORE_LABELS: readonly CompetencyScoreLabel[] = deepFreeze([
  {
    score: 1,
    label: { nl: 'Nauwelijks zichtbaar', en: 'Barely visible' },
    description: {
      nl: 'Het gedrag is (nog) nauwelijks zichtbaar.',
      en: 'The behaviour is (still) barely visible.',
    },
  },
  {
    score: 2,
    label: { nl: 'In ontwikkeling', en: 'Developing' },
    description: {
      nl: 'Het gedrag is soms zichtbaar, met steun.',
      en: 'The behaviour shows at times, with support.',
    },
  },
  {
    score: 3,
    label: { nl: 'Voldoende', en: 'Sufficient' },
    description: {
      nl: 'Het gedrag is zelfstandig en regelmatig zichtbaar.',
      en: 'The behaviour shows independently and regularly.',
    },
  },
  {
    score: 4,
    label: { nl: 'Sterk', en: 'Strong' },
    description: {
      nl: 'Het gedrag is vanzelfsprekend, ook in lastige situaties.',
      en: 'The behaviour is natural, also in difficult situations.',
    },
  },
  {
    score: 5,
    label: { nl: 'Voorbeeld voor anderen', en: 'Role model' },
    description: {
      nl: 'Je bent hierin een voorbeeld en helpt anderen het te ontwikkelen.',
      en: 'A role model who helps others develop it.',
    },
  },
]);

export function isCompetencyId(value: string): value is CompetencyId {
  return Object.hasOwn(COMPETENCY_INDEX, value);
}
