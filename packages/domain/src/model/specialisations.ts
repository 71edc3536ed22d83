import { deepFreeze } from './freeze.js';
import type { ModelItem } from './types.js';

export const SPECIALISATION_IDS = deepFreeze([
  'didactiek',
  'pedagogiek',
  'gezondheid',
  'verzorging',
  'psychologie_orthopedagogiek',
] as const);
export type SpecialisationId = (typeof SPECIALISATION_IDS)[number];

export type Specialisation = ModelItem<SpecialisationId> & { readonly domainId: 'leren_ontwikkelen' };

export const SPECIALISATIONS: readonly Specialisation[] = deepFreeze([
  {
    id: 'didactiek',
    domainId: 'leren_ontwikkelen',
    label: { nl: '(Vak)didactiek', en: '(Subject) didactics' },
    description: {
      nl: 'Het overbrengen van kennis en vaardigheden en het motiveren van kinderen; didactiek in brede zin, inclusief vakgebieden als sport en kunst.',
      en: 'Transferring knowledge and skills and motivating children, in the broad sense, including subjects like sport and arts.',
    },
  },
  {
    id: 'pedagogiek',
    domainId: 'leren_ontwikkelen',
    label: { nl: 'Pedagogiek', en: 'Pedagogy' },
    description: {
      nl: 'Het op systematische wijze verwerven van kennis over de ontwikkeling van een kind tot volwassenheid en het positief beïnvloeden daarvan, mede gekeken naar de relatie van het kind met zijn omgeving.',
      en: "Systematic knowledge of a child's development towards adulthood and influencing it positively, including the child's relation with its environment.",
    },
  },
  {
    id: 'gezondheid',
    domainId: 'leren_ontwikkelen',
    label: { nl: 'Gezondheid', en: 'Health' },
    description: {
      nl: 'Het bevorderen van en adviseren over een gezonde leefstijl van kinderen (en hun omgeving).',
      en: 'Promoting and advising on a healthy lifestyle for children and their surroundings.',
    },
  },
  {
    id: 'verzorging',
    domainId: 'leren_ontwikkelen',
    label: { nl: 'Verzorging', en: 'Care' },
    description: {
      nl: 'De persoonlijke verzorging van kinderen, waaronder voeding, zindelijkheidstraining, rustmomenten en ziektebeleid.',
      en: 'Personal care of children: food, toilet training, rest moments and illness policy.',
    },
  },
  {
    id: 'psychologie_orthopedagogiek',
    domainId: 'leren_ontwikkelen',
    label: { nl: 'Psychologie/orthopedagogiek', en: 'Psychology / remedial education' },
    description: {
      nl: "Het monitoren van het gedrag van kinderen; het signaleren, begrijpen en verklaren van ontwikkelingsachterstanden en -stoornissen en het bevorderen van een 'normale' ontwikkeling.",
      en: 'Monitoring behaviour; signalling, understanding and explaining developmental delays and disorders; promoting typical development.',
    },
  },
]);
