import { PARTNERS } from './archetypes.ts';
import type { TenantBuilder } from './builder.ts';

/** The hybrid roles from the brochure ("Uit de praktijk"), written out person by person. */
export function addBrochurePeople(b: TenantBuilder): void {
  // An onderwijsassistent who is also pm-er in after-school care (and the demo employee login).
  b.addPerson({
    key: 'marjo-kuipers',
    name: { firstName: 'Marjo', lastName: 'Kuipers' },
    jobTitle: 'Onderwijsassistent en pedagogisch medewerker bso',
    fte: 0.9,
    exact: true,
    startYearsAgo: 11,
    teams: [
      { team: 'unit36', roleInTeam: 'Onderwijsassistent groep 1-2' },
      { team: 'bso-ontdekkers', roleInTeam: 'Pm-er bso (middagen)', monthsAgo: 40 },
    ],
    levels: { didactiek: 2, pedagogiek: 3, gezondheid: 2, verzorging: 1, organisatie_samenwerking: 1 },
    roles: [
      { role: 'onderwijsassistent', team: 'unit36' },
      { role: 'bso_medewerker', team: 'bso-ontdekkers' },
    ],
    grewIn: ['pedagogiek'],
    selfAssessed: ['gezondheid'],
  });
  b.contact(
    'marjo-kuipers',
    'buurt',
    PARTNERS.sport,
    'Organiseert met de sportvereniging de bso-sportmiddag.',
  );
  b.contact('marjo-kuipers', 'partners', PARTNERS.roc, 'Volgt de opleiding leraarondersteuner.');
  b.ambition({
    person: 'marjo-kuipers',
    direction: 'verdiepen',
    area: 'didactiek',
    targetLevel: 'ervaren',
    monthsAhead: 11,
    motivation:
      'Ik draai al jaren mee in de klas en begeleid groepjes bij rekenen en spelling. Met de opleiding tot leraarondersteuner wil ik dat zelfstandig en met meer vakkennis doen.',
    visibility: 'manager',
  });
  b.action({
    key: 'marjo-lo-opleiding',
    type: 'training',
    title: 'Opleiding leraarondersteuner (ad-programma)',
    person: 'marjo-kuipers',
    team: 'unit36',
    area: 'didactiek',
    targetLevel: 'ervaren',
    provider: 'ROC Deltacollege',
    status: 'in_progress',
    startMonths: -3,
    durationMonths: 14,
    costEuros: 3200,
  });

  // A teacher and a pm-er jointly running the toddler group.
  b.addPerson({
    key: 'lotte-dekker',
    name: { firstName: 'Lotte', lastName: 'Dekker' },
    archetype: 'kleuterleerkracht',
    seniority: 'senior',
    exact: true,
    fte: 0.8,
    teams: [
      { team: 'peuter', roleInTeam: 'Leerkracht peuter-kleutergroep (samen met Femke)' },
      { team: 'unit36', roleInTeam: 'Leerkracht groep 1-2', monthsAgo: 60 },
    ],
    roles: [
      { role: 'leerkracht', team: 'peuter' },
      { role: 'leerkracht', team: 'unit36' },
    ],
  });
  b.addPerson({
    key: 'femke-de-boer',
    name: { firstName: 'Femke', lastName: 'de Boer' },
    archetype: 'pm_peuter',
    seniority: 'senior',
    exact: true,
    fte: 0.8,
    teams: [{ team: 'peuter', roleInTeam: 'Pm-er peuter-kleutergroep (samen met Lotte)' }],
    grewIn: ['pedagogiek'],
  });
  b.contact('femke-de-boer', 'partners', PARTNERS.consultatiebureau, 'Warme overdracht van peuters.');

  // An IB-er who is also pedagogisch coach.
  b.addPerson({
    key: 'ingrid-van-der-linden',
    name: { firstName: 'Ingrid', lastName: 'van der Linden' },
    archetype: 'ib',
    seniority: 'senior',
    exact: true,
    jobTitle: 'Intern begeleider en pedagogisch coach',
    fte: 1.0,
    teams: [
      { team: 'zorg', roleInTeam: 'Intern begeleider Het Baken' },
      { team: 'onderbouw', roleInTeam: 'IB-er en pedagogisch coach onderbouw', monthsAgo: 30 },
    ],
    levels: { pedagogiek: 4, professionele_versterking: 3 },
    roles: [
      { role: 'intern_begeleider', team: 'zorg' },
      { role: 'pedagogisch_coach', team: 'onderbouw' },
    ],
    grewIn: ['pedagogiek'],
  });
  b.contact(
    'ingrid-van-der-linden',
    'partners',
    PARTNERS.wijkteamZuid,
    'Werkt nauw samen met de professionals van het wijkteam.',
  );
  b.contact(
    'ingrid-van-der-linden',
    'samenleving',
    PARTNERS.jeugdhulp,
    'Geeft met de orthopedagoog de aansluiting met jeugdhulp vorm.',
  );

  // One person active in all four domains: leraarondersteuner + pedagogisch coach + beleidsmedewerker.
  b.addPerson({
    key: 'marijke-tuinstra',
    name: { firstName: 'Marijke', lastName: 'Tuinstra' },
    jobTitle: 'Leraarondersteuner, pedagogisch coach en beleidsmedewerker kinderopvang',
    fte: 1.0,
    exact: true,
    startYearsAgo: 14,
    teams: [
      { team: 'zorg', roleInTeam: 'Pedagogisch coach en beleidsmedewerker' },
      { team: 'appeltjes', roleInTeam: 'Verbinder tussen peutergroep en basisschool', monthsAgo: 11 },
    ],
    levels: {
      didactiek: 3,
      pedagogiek: 4,
      psychologie_orthopedagogiek: 2,
      onderzoek_innovatie: 2,
      professionele_versterking: 3,
      organisatie_samenwerking: 3,
    },
    roles: [
      { role: 'leraarondersteuner', team: 'appeltjes' },
      { role: 'pedagogisch_coach', team: 'appeltjes' },
      { role: 'beleidsmedewerker', team: 'zorg' },
    ],
    grewIn: ['organisatie_samenwerking'],
  });
  b.contact(
    'marijke-tuinstra',
    'politiek_beleid',
    PARTNERS.gemeente,
    'Overleg over lokale onderwijsachterstanden en het verdrag daarover.',
  );
  b.contact(
    'marijke-tuinstra',
    'wetenschap',
    PARTNERS.hogeschool,
    'Afstudeeronderzoek naar de overgang van peuter naar kleuter.',
  );
  b.contact('marijke-tuinstra', 'partners', PARTNERS.roc, 'Denkt mee over de regionale IKC-academie.');
  b.ambition({
    person: 'marijke-tuinstra',
    direction: 'verdiepen',
    area: 'onderzoek_innovatie',
    targetLevel: 'ervaren',
    monthsAhead: 6,
    motivation:
      'Mijn afstudeeronderzoek gaat over de overgang van peuter naar kleuter. Ik wil onderzoek een vaste plek geven in ons kindcentrum, zodat we elkaars kennis over een kind beter gebruiken.',
    visibility: 'hr',
  });
  b.action({
    key: 'marijke-hbo-pedagogisch-professional',
    type: 'training',
    title: 'Hbo Pedagogisch professional kind en educatie (afstudeerfase)',
    person: 'marijke-tuinstra',
    team: 'zorg',
    area: 'onderzoek_innovatie',
    targetLevel: 'ervaren',
    provider: 'Hogeschool Deltaland',
    status: 'in_progress',
    startMonths: -20,
    durationMonths: 26,
    costEuros: 5400,
  });

  // An IB-er with ICT expertise who teaches media literacy.
  b.addPerson({
    key: 'martijn-veenstra',
    name: { firstName: 'Martijn', lastName: 'Veenstra' },
    archetype: 'ib',
    seniority: 'medior',
    exact: true,
    jobTitle: 'Intern begeleider (ICT en mediawijsheid)',
    teams: [
      { team: 'zorg', roleInTeam: 'Intern begeleider' },
      { team: 'bovenbouw', roleInTeam: 'IB-er, geeft lessen mediawijsheid', monthsAgo: 24 },
    ],
    levels: { didactiek: 4, onderzoek_innovatie: 2 },
    roles: [{ role: 'intern_begeleider', team: 'bovenbouw' }],
  });
  b.contact('martijn-veenstra', 'partners', PARTNERS.wijkteam, 'Casusoverleg met het wijkteam.');

  // An inclusiepedagoog from a youth care organisation, combining domain 1 with research.
  b.addPerson({
    key: 'anne-scholten',
    name: { firstName: 'Anne', lastName: 'Scholten' },
    archetype: 'inclusiepedagoog',
    seniority: 'senior',
    exact: true,
    teams: [
      { team: 'zorg', roleInTeam: 'Inclusiepedagoog' },
      { team: 'unit36', roleInTeam: 'Inclusiepedagoog in de groep', monthsAgo: 34 },
    ],
  });
  b.contact(
    'anne-scholten',
    'samenleving',
    PARTNERS.jeugdhulp,
    'Ontwikkelt met collega’s een familiegroep (family check-up).',
  );

  // A pm-er in the baby group who keeps in touch with the clinic's youth nurse.
  b.addPerson({
    key: 'naima-el-amrani',
    name: { firstName: 'Naima', lastName: 'El Amrani' },
    archetype: 'pm_baby',
    seniority: 'senior',
    exact: true,
    teams: [{ team: 'baby', roleInTeam: 'Pm-er babygroep, contactpersoon consultatiebureau' }],
  });
  b.contact(
    'naima-el-amrani',
    'partners',
    PARTNERS.consultatiebureau,
    'Onderhoudt de contacten met de jeugdverpleegkundige van het consultatiebureau.',
  );

  // An intern doing practice-based research into the toddler-preschool group (IKC-lab).
  b.addPerson({
    key: 'yara-pinas',
    name: { firstName: 'Yara', lastName: 'Pinas' },
    archetype: 'stagiaire',
    seniority: 'senior',
    exact: true,
    jobTitle: 'Stagiaire hbo Pedagogiek (IKC-lab)',
    fte: 0.6,
    startYearsAgo: 0.2,
    teams: [{ team: 'peuter', roleInTeam: 'Stagiaire, onderzoekt de meerwaarde van de peuter-kleutergroep' }],
  });
  b.contact('yara-pinas', 'wetenschap', PARTNERS.hogeschool, 'Praktijkgericht onderzoek in het IKC-lab.');
}

/** Location directors (no team of their own; the first one is the manager login) and a policy officer. */
export function addDirectorsAndStaff(b: TenantBuilder): void {
  b.addPerson({
    key: 'jeroen-hoekstra',
    name: { firstName: 'Jeroen', lastName: 'Hoekstra' },
    archetype: 'directeur',
    seniority: 'senior',
    exact: true,
    jobTitle: 'Locatiedirecteur IKC De Wilgenhoek',
    teams: [],
    roles: [{ role: 'directeur' }],
  });
  b.addPerson({
    key: 'directeur-baken',
    archetype: 'directeur',
    seniority: 'medior',
    jobTitle: 'Locatiedirecteur Het Baken',
    teams: [],
    roles: [{ role: 'directeur' }],
  });
  b.addPerson({
    key: 'directeur-boomgaard',
    archetype: 'directeur',
    seniority: 'junior',
    jobTitle: 'Locatiedirecteur De Boomgaard',
    teams: [],
    roles: [{ role: 'directeur' }],
  });
  b.addPerson({
    key: 'beleid-1',
    archetype: 'beleidsmedewerker',
    seniority: 'senior',
    teams: [],
    roles: [{ role: 'beleidsmedewerker' }],
  });
}
