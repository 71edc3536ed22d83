import type { AreaId } from './areas.js';
import type { CompetencyId } from './competencies.js';
import { deepFreeze } from './freeze.js';
import type { LevelId } from './levels.js';
import type { ModelItem } from './types.js';

export type RoleAreaRequirement = {
  readonly area: AreaId;
  readonly minLevel: LevelId;
  /** The highest level that still meets the role; the trainee role stops at in_opleiding. */
  readonly maxLevel?: LevelId;
};
export type RoleCompetencyRequirement = { readonly competency: CompetencyId; readonly minScore: number };

export type CatalogueRole = ModelItem & {
  readonly requirements: readonly RoleAreaRequirement[];
  readonly competencies?: readonly RoleCompetencyRequirement[];
  /**
   * 'all' (default): every area minimum must be met. 'any': one is enough — used for
   * the trainee role (stagiaire), met by being in training in at least one area.
   */
  readonly areaMatch?: 'all' | 'any';
};

/**
 * Seed roles named in the brochure. The area/level bundles are our reading of the
 * brochure (it names roles, not thresholds); organisations can define their own.
 */
export const ROLE_CATALOGUE: readonly CatalogueRole[] = deepFreeze([
  {
    id: 'leerkracht',
    label: { nl: 'Leerkracht', en: 'Teacher' },
    description: {
      nl: 'Geeft les en begeleidt de ontwikkeling van kinderen in de groep; werkt samen met de pedagogisch medewerker, bijvoorbeeld in de peuter-kleutergroep.',
      en: "Teaches and guides children's development in the group; works with the childcare worker, e.g. in the toddler/preschool group.",
    },
    requirements: [
      { area: 'didactiek', minLevel: 'ervaren' },
      { area: 'pedagogiek', minLevel: 'starter' },
    ],
    competencies: [{ competency: 'ontwikkelingsgerichtheid', minScore: 3 }],
  },
  {
    id: 'pedagogisch_medewerker',
    label: { nl: 'Pedagogisch medewerker (pm-er)', en: 'Childcare worker' },
    description: {
      nl: 'Zorgt voor opvang, opvoeding en verzorging van jonge kinderen, bijvoorbeeld in de babygroep, en onderhoudt contact met het consultatiebureau.',
      en: 'Provides care, upbringing and personal care for young children, e.g. in the baby group, and keeps in touch with the child health clinic.',
    },
    requirements: [
      { area: 'pedagogiek', minLevel: 'starter' },
      { area: 'verzorging', minLevel: 'starter' },
    ],
  },
  {
    id: 'bso_medewerker',
    label: { nl: 'Pedagogisch medewerker bso', en: 'After-school care worker' },
    description: {
      nl: 'Pedagogisch medewerker van de buitenschoolse opvang: begeleidt kinderen na schooltijd bij spel, sport en activiteiten.',
      en: 'Childcare worker in after-school care: guides children after school in play, sport and activities.',
    },
    requirements: [{ area: 'pedagogiek', minLevel: 'starter' }],
  },
  {
    id: 'onderwijsassistent',
    label: { nl: 'Onderwijsassistent', en: 'Teaching assistant' },
    description: {
      nl: 'Ondersteunt de leerkracht en begeleidt groepjes kinderen, bijvoorbeeld bij rekenen of spelling.',
      en: 'Supports the teacher and guides small groups of children, e.g. in arithmetic or spelling.',
    },
    requirements: [{ area: 'didactiek', minLevel: 'starter' }],
  },
  {
    id: 'leraarondersteuner',
    label: { nl: 'Leraarondersteuner', en: 'Teacher support professional' },
    description: {
      nl: 'Leerkracht- of leraarondersteuner: draait mee in de klas, ondersteunt kinderen en is een vertrouwd gezicht als de leerkracht afwezig is.',
      en: 'Works alongside the teacher in class, supports children and is a familiar face when the teacher is absent.',
    },
    requirements: [
      { area: 'didactiek', minLevel: 'starter' },
      { area: 'pedagogiek', minLevel: 'starter' },
    ],
  },
  {
    id: 'intern_begeleider',
    label: { nl: 'Intern begeleider (IB-er)', en: 'Internal care coordinator' },
    description: {
      nl: 'Coördineert de zorg voor kinderen en begeleidt leerkrachten daarbij; werkt nauw samen met het wijkteam.',
      en: "Coordinates children's care and supports teachers in it; works closely with the neighbourhood team.",
    },
    requirements: [
      { area: 'psychologie_orthopedagogiek', minLevel: 'ervaren' },
      { area: 'professionele_versterking', minLevel: 'starter' },
    ],
  },
  {
    id: 'pedagogisch_coach',
    label: { nl: 'Pedagogisch coach', en: 'Pedagogical coach' },
    description: {
      nl: 'Coacht pedagogisch medewerkers en teams in hun pedagogisch handelen; kan samenvallen met de rol van intern begeleider.',
      en: 'Coaches childcare workers and teams in their pedagogical practice; may be combined with the internal care coordinator role.',
    },
    requirements: [
      { area: 'pedagogiek', minLevel: 'expert' },
      { area: 'professionele_versterking', minLevel: 'ervaren' },
    ],
  },
  {
    id: 'orthopedagoog',
    label: { nl: 'Orthopedagoog', en: 'Remedial educationalist' },
    description: {
      nl: 'Signaleert en verklaart ontwikkelingsachterstanden en -stoornissen en stelt samen met pedagogisch medewerkers zorgplannen op.',
      en: 'Signals and explains developmental delays and disorders and draws up care plans with childcare workers.',
    },
    requirements: [{ area: 'psychologie_orthopedagogiek', minLevel: 'expert' }],
  },
  {
    id: 'inclusiepedagoog',
    label: { nl: 'Inclusiepedagoog', en: 'Inclusion pedagogue' },
    description: {
      nl: 'Jeugdhulpprofessional op de plek waar het kind is; werkt preventief met kind, ouders en leerkracht en vernieuwt de aanpak.',
      en: 'Youth care professional where the child is; works preventively with child, parents and teacher and renews the approach.',
    },
    requirements: [
      { area: 'pedagogiek', minLevel: 'ervaren' },
      { area: 'psychologie_orthopedagogiek', minLevel: 'ervaren' },
      { area: 'onderzoek_innovatie', minLevel: 'starter' },
    ],
  },
  {
    id: 'stagiaire',
    label: { nl: 'Stagiaire', en: 'Intern' },
    description: {
      nl: 'Student in opleiding (mbo/hbo), bijvoorbeeld in een IKC-lab met praktijkgericht onderzoek. Alleen wie in minstens één gebied in opleiding is, voldoet.',
      en: 'Student in training (MBO/HBO), e.g. in an IKC lab doing practice-based research. Only someone in training in at least one area qualifies.',
    },
    // Being an intern means being in training somewhere: in_opleiding, and nothing higher, in one area.
    areaMatch: 'any',
    requirements: [
      { area: 'didactiek', minLevel: 'in_opleiding', maxLevel: 'in_opleiding' },
      { area: 'pedagogiek', minLevel: 'in_opleiding', maxLevel: 'in_opleiding' },
      { area: 'gezondheid', minLevel: 'in_opleiding', maxLevel: 'in_opleiding' },
      { area: 'verzorging', minLevel: 'in_opleiding', maxLevel: 'in_opleiding' },
      { area: 'psychologie_orthopedagogiek', minLevel: 'in_opleiding', maxLevel: 'in_opleiding' },
      { area: 'onderzoek_innovatie', minLevel: 'in_opleiding', maxLevel: 'in_opleiding' },
      { area: 'professionele_versterking', minLevel: 'in_opleiding', maxLevel: 'in_opleiding' },
      { area: 'organisatie_samenwerking', minLevel: 'in_opleiding', maxLevel: 'in_opleiding' },
    ],
  },
  {
    id: 'eventmanager',
    label: { nl: 'Eventmanager', en: 'Event manager' },
    description: {
      nl: 'Coördineert de activiteiten onder en na schooltijd en heeft veel contact met sportverenigingen en kunst- en cultuurorganisaties.',
      en: 'Coordinates activities during and after school and is in frequent contact with sports clubs and arts organisations.',
    },
    requirements: [{ area: 'organisatie_samenwerking', minLevel: 'starter' }],
    competencies: [{ competency: 'ondernemende_houding', minScore: 3 }],
  },
  {
    id: 'coordinator_unit_3_6',
    label: { nl: 'Coördinator unit 3-6 jaar', en: 'Coordinator unit 3-6 years' },
    description: {
      nl: 'Coördineert de unit voor kinderen van 3 tot 6 jaar, waar opvang en onderwijs samenkomen.',
      en: 'Coordinates the unit for children aged 3 to 6, where childcare and education meet.',
    },
    requirements: [
      { area: 'pedagogiek', minLevel: 'ervaren' },
      { area: 'organisatie_samenwerking', minLevel: 'ervaren' },
    ],
  },
  {
    id: 'directeur',
    label: { nl: 'Directeur', en: 'Director' },
    description: {
      nl: 'Heeft het overzicht over het kindcentrum, organiseert de ontmoeting tussen onderwijs en opvang en ontwikkelt ondernemerschap.',
      en: 'Oversees the child centre, organises encounters between education and childcare and develops entrepreneurship.',
    },
    requirements: [
      { area: 'organisatie_samenwerking', minLevel: 'expert' },
      { area: 'professionele_versterking', minLevel: 'ervaren' },
    ],
    competencies: [
      { competency: 'ondernemende_houding', minScore: 4 },
      { competency: 'moreel_ethisch_handelen', minScore: 4 },
    ],
  },
  {
    id: 'beleidsmedewerker',
    label: { nl: 'Beleidsmedewerker', en: 'Policy officer' },
    description: {
      nl: 'Ontwikkelt beleid voor het kindcentrum en verbindt onderwijs, opvang en gemeente, bijvoorbeeld rond onderwijsachterstanden.',
      en: 'Develops policy for the child centre and connects education, childcare and municipality, e.g. on educational disadvantage.',
    },
    requirements: [
      { area: 'organisatie_samenwerking', minLevel: 'ervaren' },
      { area: 'onderzoek_innovatie', minLevel: 'starter' },
    ],
  },
  {
    id: 'ikc_raad_lid',
    label: { nl: 'Lid IKC-raad', en: 'IKC council member' },
    description: {
      nl: 'Denkt als lid van de IKC-raad mee over beleid en koers van het kindcentrum.',
      en: "Helps shape the child centre's policy and direction as a member of the IKC council.",
    },
    requirements: [{ area: 'organisatie_samenwerking', minLevel: 'starter' }],
    competencies: [{ competency: 'samenwerkingsgerichtheid', minScore: 3 }],
  },
  {
    id: 'praktijkonderzoeker',
    label: { nl: 'Praktijkonderzoeker', en: 'Practice-based researcher' },
    description: {
      nl: 'Doet (praktijkgericht) onderzoek om het aanbod voor kinderen en ouders te vernieuwen, samen met hogescholen en universiteiten.',
      en: 'Does (practice-based) research to renew the offer for children and parents, with universities (of applied sciences).',
    },
    requirements: [{ area: 'onderzoek_innovatie', minLevel: 'ervaren' }],
    competencies: [{ competency: 'onderzoekende_houding', minScore: 4 }],
  },
  {
    id: 'trainer_intervisiebegeleider',
    label: { nl: 'Trainer / intervisiebegeleider', en: 'Trainer / intervision facilitator' },
    description: {
      nl: 'Verzorgt training, scholing of intervisie binnen het IKC, vaak samen met opleidingen.',
      en: 'Provides training, schooling or intervision within the IKC, often with training institutes.',
    },
    requirements: [{ area: 'professionele_versterking', minLevel: 'ervaren' }],
  },
]);

export const ROLE_IDS: readonly string[] = deepFreeze(ROLE_CATALOGUE.map((r) => r.id));
