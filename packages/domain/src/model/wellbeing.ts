import { deepFreeze } from './freeze.js';
import type { ModelItem } from './types.js';

export const WELLBEING_INDICATOR_IDS = deepFreeze([
  'veilig',
  'gezond',
  'ontplooiing',
  'gekoesterd',
  'actief',
  'gerespecteerd',
  'verantwoordelijk',
  'erbij_horen',
] as const);
export type WellbeingIndicatorId = (typeof WELLBEING_INDICATOR_IDS)[number];

/** The eight GIRFEC (Getting It Right For Every Child) indicators the brochure builds on. */
export const WELLBEING_INDICATORS: readonly ModelItem<WellbeingIndicatorId>[] = deepFreeze([
  {
    id: 'veilig',
    label: { nl: 'Veilig', en: 'Safe' },
    description: {
      nl: 'Het kind is beschermd tegen verwaarlozing, mishandeling en schade.',
      en: 'The child is protected from neglect, abuse and harm.',
    },
  },
  {
    id: 'gezond',
    label: { nl: 'Gezond', en: 'Healthy' },
    description: {
      nl: 'Het kind heeft een zo goed mogelijke lichamelijke en geestelijke gezondheid en leert gezonde keuzes te maken.',
      en: 'The child has the best possible physical and mental health and learns to make healthy choices.',
    },
  },
  {
    id: 'ontplooiing',
    label: { nl: 'Ontplooiing', en: 'Achieving' },
    description: {
      nl: 'Het kind wordt ondersteund in leren en ontwikkelen en in het opbouwen van vaardigheden en zelfvertrouwen.',
      en: 'The child is supported in learning and developing skills, confidence and self-esteem.',
    },
  },
  {
    id: 'gekoesterd',
    label: { nl: 'Gekoesterd', en: 'Nurtured' },
    description: {
      nl: 'Het kind heeft een liefdevolle, stabiele plek om op te groeien.',
      en: 'The child has a nurturing, stable place in which to grow up.',
    },
  },
  {
    id: 'actief',
    label: { nl: 'Actief', en: 'Active' },
    description: {
      nl: 'Het kind heeft kansen om te spelen, te bewegen en mee te doen aan sport, kunst en cultuur.',
      en: 'The child has opportunities to play, move and take part in sport, arts and culture.',
    },
  },
  {
    id: 'gerespecteerd',
    label: { nl: 'Gerespecteerd', en: 'Respected' },
    description: {
      nl: 'Het kind wordt gehoord en betrokken bij beslissingen die hem of haar aangaan.',
      en: 'The child is heard and involved in decisions that affect them.',
    },
  },
  {
    id: 'verantwoordelijk',
    label: { nl: 'Verantwoordelijk', en: 'Responsible' },
    description: {
      nl: 'Het kind krijgt kansen en steun om een actieve en verantwoordelijke rol te nemen.',
      en: 'The child has opportunities and support to take an active and responsible role.',
    },
  },
  {
    id: 'erbij_horen',
    label: { nl: 'Erbij horen', en: 'Included' },
    description: {
      nl: 'Het kind hoort erbij en wordt geaccepteerd als deel van de groep, het IKC en de buurt.',
      en: 'The child belongs and is accepted as part of the group, the IKC and the community.',
    },
  },
]);

export const WELLBEING_CAPACITY_IDS = deepFreeze([
  'succesvol_ontwikkelen',
  'zelfbewust_zijn',
  'actief_bijdragen',
  'verantwoordelijkheid_nemen',
] as const);
export type WellbeingCapacityId = (typeof WELLBEING_CAPACITY_IDS)[number];

export const WELLBEING_CAPACITIES: readonly ModelItem<WellbeingCapacityId>[] = deepFreeze([
  {
    id: 'succesvol_ontwikkelen',
    label: { nl: 'Succesvol ontwikkelen', en: 'Successful development' },
    description: {
      nl: 'Het kind leert en ontwikkelt zich met plezier en succes.',
      en: 'The child learns and develops with enjoyment and success.',
    },
  },
  {
    id: 'zelfbewust_zijn',
    label: { nl: 'Zelfbewust zijn', en: 'Self-awareness' },
    description: {
      nl: 'Het kind kent zichzelf en heeft zelfvertrouwen.',
      en: 'The child knows themselves and is confident.',
    },
  },
  {
    id: 'actief_bijdragen',
    label: { nl: 'Actief bijdragen', en: 'Active contribution' },
    description: {
      nl: 'Het kind draagt actief bij aan de groep en de omgeving.',
      en: 'The child actively contributes to the group and its surroundings.',
    },
  },
  {
    id: 'verantwoordelijkheid_nemen',
    label: { nl: 'Verantwoordelijkheid nemen', en: 'Taking responsibility' },
    description: {
      nl: 'Het kind neemt verantwoordelijkheid voor zichzelf en anderen.',
      en: 'The child takes responsibility for themselves and others.',
    },
  },
]);
