import { deepFreeze } from './freeze.js';
import type { ModelItem } from './types.js';

export const DOMAIN_IDS = deepFreeze([
  'leren_ontwikkelen',
  'onderzoek_innovatie',
  'professionele_versterking',
  'organisatie_samenwerking',
] as const);
export type DomainId = (typeof DOMAIN_IDS)[number];

export type Domain = ModelItem<DomainId> & { readonly number: 1 | 2 | 3 | 4 };

export const DOMAINS: readonly Domain[] = deepFreeze([
  {
    id: 'leren_ontwikkelen',
    number: 1,
    label: { nl: 'Leren & Ontwikkelen van kinderen', en: 'Learning & development of children' },
    description: {
      nl: 'Je hebt directe interactie met kinderen en ondersteunt hen en hun ouders/verzorgers hierin. Hier ligt de kern van het werk.',
      en: 'Direct interaction with children, supporting them and their parents/carers; the core of the work.',
    },
  },
  {
    id: 'onderzoek_innovatie',
    number: 2,
    label: { nl: 'Onderzoek & Innovatie', en: 'Research & innovation' },
    description: {
      nl: 'Door het doen van (wetenschappelijk) onderzoek draag je bij aan het vernieuwen of verbeteren van het (les)aanbod voor kinderen en ouders, en aan het delen van kennis en het implementeren van nieuwe aanpakken.',
      en: '(Practice-based or scientific) research to renew or improve what is offered to children and parents; sharing knowledge and implementing new approaches.',
    },
  },
  {
    id: 'professionele_versterking',
    number: 3,
    label: {
      nl: 'Professionele versterking van medewerker en team',
      en: 'Professional strengthening of staff and team',
    },
    description: {
      nl: 'Je begeleidt andere professionals bij hun ontwikkeling en werkt met teams aan betere samenwerking: leren in de praktijk, werkplekleren, training en intervisie.',
      en: "Guiding other professionals' development; workplace learning, training and intervision; improving how teams work together.",
    },
  },
  {
    id: 'organisatie_samenwerking',
    number: 4,
    label: { nl: 'Organisatie & Samenwerking', en: 'Organisation & collaboration' },
    description: {
      nl: 'Je bent betrokken bij de ontwikkeling van organisatie(beleid) en interne en externe samenwerking, bijvoorbeeld met coördinatietaken.',
      en: 'Organisation and policy development; internal and external collaboration; coordination roles.',
    },
  },
]);
