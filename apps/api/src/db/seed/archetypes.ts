import type { AreaId, CircleId, CompetencyId } from '@teamspiegel/domain';

/** Level ranks: 0 = none, 1 in_opleiding, 2 starter, 3 ervaren, 4 expert. */
export type Rank = 0 | 1 | 2 | 3 | 4;
export type LevelProfile = Partial<Record<AreaId, Rank>>;
export type Seniority = 'junior' | 'medior' | 'senior';

/** A kind of job: its fixed core levels per seniority, random extras, roles and typical contacts. */
export type Archetype = {
  jobTitle: string;
  roles: readonly string[];
  core: Record<Seniority, LevelProfile>;
  /** Areas that get a random rank in [min, max] on top of the core (never lowering it). */
  extras?: Partial<Record<AreaId, readonly [Rank, Rank]>>;
  fte: readonly [number, number];
  strengths: readonly CompetencyId[];
  contacts: ReadonlyArray<{ circle: CircleId; partners: readonly string[]; description: string }>;
};

const PARTNERS = {
  consultatiebureau: 'Consultatiebureau GGD Deltaland',
  wijkteam: 'Wijkteam Wilgendam-Noord',
  wijkteamZuid: 'Wijkteam Havenzijl-Zuid',
  hogeschool: 'Hogeschool Deltaland, lectoraat Jonge Kind',
  pabo: 'Pabo Hogeschool Deltaland',
  roc: 'ROC Deltacollege, opleiding Pedagogisch Werk',
  universiteit: 'Universiteit van Oosterveld, Pedagogische Wetenschappen',
  gemeente: 'Gemeente Wilgendam, beleidsadviseur onderwijs en jeugd',
  gemeenteHaven: 'Gemeente Havenzijl, afdeling Jeugd',
  sport: 'Sportvereniging VV Havenzijl',
  muziek: 'Muziekschool De Klankkast',
  bibliotheek: 'Bibliotheek Oosterveld',
  buurthuis: 'Buurthuis De Schakel',
  speeltuin: 'Speeltuinvereniging Het Klimrek',
  jeugdhulp: 'Jeugdhulp De Brug',
  logopedie: 'Logopediepraktijk Spraakwater',
  vo: 'Delta Lyceum (voortgezet onderwijs)',
  taalhuis: 'Taalhuis Wilgendam',
} as const;

export { PARTNERS };

export const ARCHETYPES = {
  pm_baby: {
    jobTitle: 'Pedagogisch medewerker babygroep',
    roles: ['pedagogisch_medewerker'],
    core: {
      junior: { pedagogiek: 2, verzorging: 2, gezondheid: 1 },
      medior: { pedagogiek: 3, verzorging: 3, gezondheid: 2 },
      senior: { pedagogiek: 3, verzorging: 4, gezondheid: 2, professionele_versterking: 2 },
    },
    extras: { psychologie_orthopedagogiek: [0, 1], organisatie_samenwerking: [0, 1] },
    fte: [0.5, 0.9],
    strengths: ['omgevingssensitiviteit', 'moreel_ethisch_handelen'],
    contacts: [
      {
        circle: 'partners',
        partners: [PARTNERS.consultatiebureau],
        description: 'Overdracht en afstemming met de jeugdverpleegkundige.',
      },
      { circle: 'buurt', partners: [PARTNERS.buurthuis], description: 'Inloopochtend voor jonge ouders.' },
    ],
  },
  pm_peuter: {
    jobTitle: 'Pedagogisch medewerker peutergroep',
    roles: ['pedagogisch_medewerker'],
    core: {
      junior: { pedagogiek: 2, verzorging: 2, didactiek: 1 },
      medior: { pedagogiek: 3, verzorging: 2, didactiek: 2, gezondheid: 2 },
      senior: { pedagogiek: 4, verzorging: 3, didactiek: 2, gezondheid: 2, psychologie_orthopedagogiek: 2 },
    },
    extras: { psychologie_orthopedagogiek: [0, 1], organisatie_samenwerking: [0, 1] },
    fte: [0.5, 0.9],
    strengths: ['ontwikkelingsgerichtheid', 'omgevingssensitiviteit'],
    contacts: [
      {
        circle: 'partners',
        partners: [PARTNERS.consultatiebureau, PARTNERS.logopedie],
        description: 'Afstemming over taal- en spraakontwikkeling (VVE).',
      },
      {
        circle: 'buurt',
        partners: [PARTNERS.bibliotheek, PARTNERS.taalhuis],
        description: 'Voorleesproject met ouders.',
      },
    ],
  },
  bso: {
    jobTitle: 'Pedagogisch medewerker bso',
    roles: ['bso_medewerker'],
    core: {
      junior: { pedagogiek: 2, didactiek: 1 },
      medior: { pedagogiek: 3, didactiek: 2, gezondheid: 2 },
      senior: { pedagogiek: 3, didactiek: 2, gezondheid: 3, organisatie_samenwerking: 2 },
    },
    extras: { verzorging: [0, 1], organisatie_samenwerking: [0, 1] },
    fte: [0.4, 0.7],
    strengths: ['flexibiliteit', 'creativiteit'],
    contacts: [
      {
        circle: 'buurt',
        partners: [PARTNERS.sport, PARTNERS.speeltuin],
        description: 'Sport- en spelaanbod na schooltijd.',
      },
      { circle: 'buurt', partners: [PARTNERS.muziek], description: 'Muziekworkshops op de bso.' },
    ],
  },
  leerkracht: {
    jobTitle: 'Leerkracht',
    roles: ['leerkracht'],
    core: {
      junior: { didactiek: 2, pedagogiek: 2 },
      medior: { didactiek: 3, pedagogiek: 2, psychologie_orthopedagogiek: 1 },
      senior: { didactiek: 4, pedagogiek: 3, psychologie_orthopedagogiek: 2, professionele_versterking: 2 },
    },
    extras: { onderzoek_innovatie: [0, 1], organisatie_samenwerking: [0, 2], gezondheid: [0, 1] },
    fte: [0.6, 1.0],
    strengths: ['ontwikkelingsgerichtheid', 'onderzoekende_houding'],
    contacts: [
      {
        circle: 'partners',
        partners: [PARTNERS.pabo, PARTNERS.vo],
        description: 'Begeleiding van pabo-studenten en overdracht naar het voortgezet onderwijs.',
      },
      { circle: 'samenleving', partners: [PARTNERS.bibliotheek], description: 'Leesbevordering in de klas.' },
    ],
  },
  kleuterleerkracht: {
    jobTitle: 'Leerkracht groep 1-2',
    roles: ['leerkracht'],
    core: {
      junior: { didactiek: 2, pedagogiek: 2 },
      medior: { didactiek: 3, pedagogiek: 3 },
      senior: { didactiek: 3, pedagogiek: 4, verzorging: 1, professionele_versterking: 2 },
    },
    extras: { psychologie_orthopedagogiek: [0, 2], gezondheid: [0, 1] },
    fte: [0.6, 1.0],
    strengths: ['ontwikkelingsgerichtheid', 'samenwerkingsgerichtheid'],
    contacts: [
      {
        circle: 'partners',
        partners: [PARTNERS.logopedie],
        description: 'Screening en overleg met de logopedist.',
      },
    ],
  },
  onderwijsassistent: {
    jobTitle: 'Onderwijsassistent',
    roles: ['onderwijsassistent'],
    core: {
      junior: { didactiek: 2, pedagogiek: 1 },
      medior: { didactiek: 2, pedagogiek: 2 },
      senior: { didactiek: 3, pedagogiek: 2 },
    },
    extras: { verzorging: [0, 1] },
    fte: [0.4, 0.8],
    strengths: ['samenwerkingsgerichtheid', 'flexibiliteit'],
    contacts: [],
  },
  leraarondersteuner: {
    jobTitle: 'Leraarondersteuner',
    roles: ['leraarondersteuner'],
    core: {
      junior: { didactiek: 2, pedagogiek: 2 },
      medior: { didactiek: 3, pedagogiek: 2 },
      senior: { didactiek: 3, pedagogiek: 3, professionele_versterking: 1 },
    },
    fte: [0.5, 0.8],
    strengths: ['samenwerkingsgerichtheid', 'flexibiliteit'],
    contacts: [],
  },
  stagiaire: {
    jobTitle: 'Stagiaire',
    roles: ['stagiaire'],
    core: {
      junior: { pedagogiek: 1 },
      medior: { pedagogiek: 1, didactiek: 1 },
      senior: { pedagogiek: 1, didactiek: 1, onderzoek_innovatie: 1 },
    },
    fte: [0.4, 0.6],
    strengths: ['onderzoekende_houding', 'creativiteit'],
    contacts: [
      {
        circle: 'partners',
        partners: [PARTNERS.roc, PARTNERS.pabo],
        description: 'Stagebegeleiding vanuit de opleiding.',
      },
    ],
  },
  eventmanager: {
    jobTitle: 'Eventmanager',
    roles: ['eventmanager'],
    core: {
      junior: { organisatie_samenwerking: 2, pedagogiek: 2 },
      medior: { organisatie_samenwerking: 3, pedagogiek: 2, didactiek: 1 },
      senior: { organisatie_samenwerking: 3, pedagogiek: 3, didactiek: 2 },
    },
    fte: [0.5, 0.8],
    strengths: ['ondernemende_houding', 'creativiteit'],
    contacts: [
      {
        circle: 'buurt',
        partners: [PARTNERS.sport, PARTNERS.muziek],
        description: 'Sport- en cultuuraanbod onder en na schooltijd.',
      },
      {
        circle: 'politiek_beleid',
        partners: [PARTNERS.gemeenteHaven],
        description: 'Subsidie brede-schoolactiviteiten.',
      },
    ],
  },
  coordinator_3_6: {
    jobTitle: 'Coördinator unit 3-6',
    roles: ['coordinator_unit_3_6'],
    core: {
      junior: { pedagogiek: 3, organisatie_samenwerking: 3, didactiek: 3 },
      medior: { pedagogiek: 3, organisatie_samenwerking: 3, didactiek: 3, professionele_versterking: 2 },
      senior: { pedagogiek: 4, organisatie_samenwerking: 3, didactiek: 3, professionele_versterking: 3 },
    },
    fte: [0.8, 1.0],
    strengths: ['samenwerkingsgerichtheid', 'ondernemende_houding'],
    contacts: [
      {
        circle: 'partners',
        partners: [PARTNERS.consultatiebureau],
        description: 'Warme overdracht van peuter naar kleuter.',
      },
    ],
  },
  directeur: {
    jobTitle: 'Locatiedirecteur',
    roles: ['directeur'],
    core: {
      junior: { organisatie_samenwerking: 4, professionele_versterking: 3, didactiek: 3, pedagogiek: 2 },
      medior: { organisatie_samenwerking: 4, professionele_versterking: 3, didactiek: 3, pedagogiek: 3 },
      senior: {
        organisatie_samenwerking: 4,
        professionele_versterking: 3,
        didactiek: 3,
        pedagogiek: 3,
        onderzoek_innovatie: 2,
      },
    },
    fte: [1.0, 1.0],
    strengths: ['ondernemende_houding', 'moreel_ethisch_handelen'],
    contacts: [
      { circle: 'politiek_beleid', partners: [PARTNERS.gemeente], description: 'Lokale educatieve agenda.' },
      {
        circle: 'samenleving',
        partners: [PARTNERS.jeugdhulp],
        description: 'Samenwerkingsafspraken jeugdhulp in het kindcentrum.',
      },
    ],
  },
  ib: {
    jobTitle: 'Intern begeleider',
    roles: ['intern_begeleider'],
    core: {
      junior: { psychologie_orthopedagogiek: 3, professionele_versterking: 2, didactiek: 3, pedagogiek: 3 },
      medior: {
        psychologie_orthopedagogiek: 3,
        professionele_versterking: 3,
        didactiek: 3,
        pedagogiek: 3,
        organisatie_samenwerking: 2,
      },
      senior: {
        psychologie_orthopedagogiek: 4,
        professionele_versterking: 3,
        didactiek: 3,
        pedagogiek: 3,
        organisatie_samenwerking: 2,
      },
    },
    fte: [0.6, 1.0],
    strengths: ['moreel_ethisch_handelen', 'samenwerkingsgerichtheid'],
    contacts: [
      {
        circle: 'partners',
        partners: [PARTNERS.wijkteam, PARTNERS.wijkteamZuid],
        description: 'Casusoverleg met de professionals van het wijkteam.',
      },
      { circle: 'samenleving', partners: [PARTNERS.jeugdhulp], description: 'Aansluiting met jeugdhulp.' },
    ],
  },
  orthopedagoog: {
    jobTitle: 'Orthopedagoog',
    roles: ['orthopedagoog'],
    core: {
      junior: { psychologie_orthopedagogiek: 4, pedagogiek: 3, onderzoek_innovatie: 2 },
      medior: {
        psychologie_orthopedagogiek: 4,
        pedagogiek: 3,
        onderzoek_innovatie: 2,
        professionele_versterking: 2,
      },
      senior: {
        psychologie_orthopedagogiek: 4,
        pedagogiek: 3,
        onderzoek_innovatie: 3,
        professionele_versterking: 3,
      },
    },
    fte: [0.6, 0.9],
    strengths: ['onderzoekende_houding', 'moreel_ethisch_handelen'],
    contacts: [
      {
        circle: 'wetenschap',
        partners: [PARTNERS.universiteit],
        description: 'Deelname aan onderzoek naar vroegsignalering.',
      },
      {
        circle: 'partners',
        partners: [PARTNERS.wijkteam],
        description: 'Consultatie bij complexe casuïstiek.',
      },
    ],
  },
  inclusiepedagoog: {
    jobTitle: 'Inclusiepedagoog (gedetacheerd vanuit Jeugdhulp De Brug)',
    roles: ['inclusiepedagoog'],
    core: {
      junior: { pedagogiek: 3, psychologie_orthopedagogiek: 3, onderzoek_innovatie: 2 },
      medior: { pedagogiek: 3, psychologie_orthopedagogiek: 3, onderzoek_innovatie: 2 },
      senior: { pedagogiek: 4, psychologie_orthopedagogiek: 3, onderzoek_innovatie: 3 },
    },
    fte: [0.6, 0.8],
    strengths: ['onderzoekende_houding', 'omgevingssensitiviteit'],
    contacts: [
      {
        circle: 'samenleving',
        partners: [PARTNERS.jeugdhulp],
        description: 'Familiegroep en family check-up met ouders.',
      },
      {
        circle: 'wetenschap',
        partners: [PARTNERS.hogeschool],
        description: 'Evaluatie van de preventieve aanpak.',
      },
    ],
  },
  pedagogisch_coach: {
    jobTitle: 'Pedagogisch coach',
    roles: ['pedagogisch_coach'],
    core: {
      junior: { pedagogiek: 4, professionele_versterking: 3, verzorging: 2 },
      medior: { pedagogiek: 4, professionele_versterking: 3, verzorging: 2 },
      senior: { pedagogiek: 4, professionele_versterking: 4, verzorging: 2, onderzoek_innovatie: 2 },
    },
    fte: [0.5, 0.8],
    strengths: ['samenwerkingsgerichtheid', 'ontwikkelingsgerichtheid'],
    contacts: [
      {
        circle: 'partners',
        partners: [PARTNERS.roc],
        description: 'Afstemming over werkplekleren van studenten.',
      },
    ],
  },
  beleidsmedewerker: {
    jobTitle: 'Beleidsmedewerker kindcentra',
    roles: ['beleidsmedewerker'],
    core: {
      junior: { organisatie_samenwerking: 3, onderzoek_innovatie: 2 },
      medior: { organisatie_samenwerking: 3, onderzoek_innovatie: 2, professionele_versterking: 1 },
      senior: { organisatie_samenwerking: 4, onderzoek_innovatie: 3, professionele_versterking: 2 },
    },
    fte: [0.6, 1.0],
    strengths: ['ondernemende_houding', 'onderzoekende_houding'],
    contacts: [
      {
        circle: 'politiek_beleid',
        partners: [PARTNERS.gemeente],
        description: 'Overleg over onderwijsachterstandenbeleid.',
      },
      { circle: 'wetenschap', partners: [PARTNERS.hogeschool], description: 'Praktijkonderzoek IKC-lab.' },
    ],
  },
} as const satisfies Record<string, Archetype>;

export type ArchetypeKey = keyof typeof ARCHETYPES;
