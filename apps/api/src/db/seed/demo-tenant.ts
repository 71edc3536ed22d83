import type { AreaId } from '@teamspiegel/domain';
import { PARTNERS } from './archetypes.ts';
import { levelId, type Roster, TenantBuilder } from './builder.ts';
import { withDemoCompliance } from './demo-compliance.ts';
import { DEMO_LOGINS } from './demo-logins.ts';
import { createRandom, seedFromString } from './prng.ts';
import { type SeedTenant, tenantFromBuilder } from './tenant.ts';

export const DEMO_SLUG = 'demo';

/**
 * Tenant 1: a fictional school board with three IKC locations, nine teams and about 120 people,
 * including the hybrid roles the brochure describes. Requirements are tuned so the coverage shows
 * a believable mix: mostly covered, some single points of failure, some gaps (some with a pipeline).
 */
export function buildDemoTenant(anchor: Date): SeedTenant {
  const b = new TenantBuilder({
    slug: DEMO_SLUG,
    name: 'Stichting Kindcentra De Delta',
    emailDomain: 'kc-dedelta.example.nl',
    anchor,
    random: createRandom(seedFromString('teamspiegel-demo')),
  });
  b.roleDefinitions();

  b.site('wilgenhoek', 'IKC De Wilgenhoek', 'Wilgendam');
  b.site('baken', 'Kindcentrum Het Baken', 'Havenzijl');
  b.site('boomgaard', 'IKC De Boomgaard', 'Oosterveld');

  b.team(
    'baby',
    'wilgenhoek',
    'Babygroep De Rupsjes',
    'baby_dreumes',
    'Baby’s en dreumesen van 0 tot 2 jaar.',
  );
  b.team(
    'peuter',
    'wilgenhoek',
    'Peutergroep De Vlindertjes',
    'peuter',
    'Peuter-kleutergroep, samen begeleid door een leerkracht en een pm-er.',
  );
  b.team(
    'unit36',
    'wilgenhoek',
    'Unit 3–6 De Wilgenhoek',
    'unit_3_6',
    'Peuters en kleuters samen: opvang en onderwijs in één unit.',
  );
  b.team(
    'bso-ontdekkers',
    'wilgenhoek',
    'BSO De Ontdekkers',
    'bso',
    'Buitenschoolse opvang 4–12 jaar met sport en natuur.',
  );
  b.team('onderbouw', 'baken', 'Onderbouw groep 3–5', 'onderbouw');
  b.team('bovenbouw', 'baken', 'Bovenbouw groep 6–8', 'bovenbouw');
  b.team('bso-vlot', 'baken', 'BSO Het Vlot', 'bso', 'Buitenschoolse opvang met muziek en techniek.');
  b.team(
    'appeltjes',
    'boomgaard',
    'Peutergroep De Appeltjes',
    'peuter',
    'Voorschoolse educatie (VVE) in de wijk.',
  );
  b.team(
    'zorg',
    'boomgaard',
    'Zorgteam De Delta',
    'zorgteam',
    'Bovenschools zorgteam: IB, orthopedagogiek en coaching.',
  );

  b.logins(DEMO_LOGINS.filter((login) => login.organisationSlug === DEMO_SLUG));
  b.manages(['baby', 'peuter', 'unit36']);

  // ---- The hybrid roles from the brochure ("Uit de praktijk") -----------------------------------
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

  // Location directors (no team of their own); the first one is the manager login.
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
  b.linkLogin('manager', 'jeroen-hoekstra');
  b.linkLogin('employee', 'marjo-kuipers');
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

  // ---- The rest of each team ----------------------------------------------------------------------
  // [archetype, seniority, headcount]
  // biome-ignore format: one roster line per team reads better
  const rosters: Record<string, Roster> = {
    baby: [['pm_baby', 'senior', 2], ['pm_baby', 'medior', 8], ['pm_baby', 'junior', 2], ['stagiaire', 'junior', 1]],
    peuter: [['pm_peuter', 'senior', 1], ['pm_peuter', 'medior', 4], ['pm_peuter', 'junior', 1]],
    unit36: [
      ['kleuterleerkracht', 'senior', 2], ['kleuterleerkracht', 'medior', 5], ['kleuterleerkracht', 'junior', 1],
      ['pm_peuter', 'medior', 4], ['onderwijsassistent', 'medior', 1], ['coordinator_3_6', 'medior', 1],
      ['stagiaire', 'medior', 1],
    ],
    'bso-ontdekkers': [['bso', 'senior', 2], ['bso', 'medior', 6], ['bso', 'junior', 3], ['eventmanager', 'medior', 1]],
    onderbouw: [
      ['leerkracht', 'senior', 3], ['leerkracht', 'medior', 7], ['leerkracht', 'junior', 2],
      ['onderwijsassistent', 'medior', 2], ['onderwijsassistent', 'junior', 1], ['leraarondersteuner', 'medior', 1],
      ['stagiaire', 'medior', 1],
    ],
    bovenbouw: [
      ['leerkracht', 'senior', 4], ['leerkracht', 'medior', 8], ['leerkracht', 'junior', 2],
      ['onderwijsassistent', 'senior', 1], ['leraarondersteuner', 'senior', 1], ['eventmanager', 'senior', 1],
    ],
    'bso-vlot': [['bso', 'senior', 1], ['bso', 'medior', 8], ['bso', 'junior', 3]],
    appeltjes: [['pm_peuter', 'senior', 1], ['pm_peuter', 'medior', 6], ['pm_peuter', 'junior', 2], ['kleuterleerkracht', 'medior', 1]],
    zorg: [
      ['orthopedagoog', 'senior', 1], ['pedagogisch_coach', 'medior', 1], ['ib', 'senior', 1], ['ib', 'junior', 1],
      ['pedagogisch_coach', 'junior', 1],
    ],
  };
  b.addRosters(rosters);

  // A few more people who work in two teams.
  b.addToTeam('baby-05', 'peuter', 'Invalkracht peutergroep', 15);
  b.addToTeam('onderbouw-12', 'bso-vlot', 'Pm-er bso (onderwijsassistent overdag)', 15);
  b.addToTeam('zorg-02', 'baby', 'Pedagogisch coach babygroep', 15);
  b.addToTeam('zorg-01', 'appeltjes', 'Orthopedagoog, observaties VVE', 15);
  b.addToTeam('bovenbouw-15', 'bso-vlot', 'Activiteitenaanbod bso', 15);
  b.addToTeam('unit36-09', 'appeltjes', 'Pm-er (vaste invaller)', 15);

  addRequirements(b);
  addDevelopment(b);
  return withDemoCompliance(tenantFromBuilder(b));
}

function addRequirements(b: TenantBuilder): void {
  // Babygroep
  b.requireArea('baby', 'pedagogiek', 'ervaren', 8);
  b.requireArea('baby', 'verzorging', 'ervaren', 8);
  b.requireArea('baby', 'verzorging', 'expert', 2, 'Aandachtsfunctionaris voeding en veilig slapen.');
  b.requireArea(
    'baby',
    'gezondheid',
    'ervaren',
    2,
    'Gezondheidsbeleid en contact met het consultatiebureau.',
  );
  b.requireRole('baby', 'pedagogisch_medewerker', 10);
  b.requireCompetency('baby', 'omgevingssensitiviteit', 4, 4);
  b.requireCircle('baby', 'partners', 1);
  // Peutergroep De Vlindertjes
  b.requireArea('peuter', 'pedagogiek', 'ervaren', 5);
  b.requireArea('peuter', 'didactiek', 'starter', 4);
  b.requireArea('peuter', 'didactiek', 'ervaren', 1, 'Een leerkracht in de peuter-kleutergroep.');
  b.requireArea('peuter', 'psychologie_orthopedagogiek', 'starter', 2);
  b.requireRole('peuter', 'leerkracht', 1);
  b.requireCompetency('peuter', 'ontwikkelingsgerichtheid', 4, 3);
  // Unit 3-6
  b.requireArea('unit36', 'didactiek', 'ervaren', 7);
  b.requireArea('unit36', 'pedagogiek', 'ervaren', 9);
  b.requireArea('unit36', 'pedagogiek', 'expert', 2);
  b.requireArea('unit36', 'psychologie_orthopedagogiek', 'ervaren', 2);
  b.requireArea('unit36', 'organisatie_samenwerking', 'ervaren', 1);
  b.requireRole('unit36', 'coordinator_unit_3_6', 1);
  b.requireCompetency('unit36', 'samenwerkingsgerichtheid', 4, 4);
  // BSO De Ontdekkers
  b.requireArea('bso-ontdekkers', 'pedagogiek', 'ervaren', 6);
  b.requireArea('bso-ontdekkers', 'gezondheid', 'ervaren', 2, 'Beweegbeleid en gezonde tussendoortjes.');
  b.requireArea('bso-ontdekkers', 'organisatie_samenwerking', 'ervaren', 1);
  b.requireRole('bso-ontdekkers', 'bso_medewerker', 9);
  b.requireCircle('bso-ontdekkers', 'buurt', 2);
  b.requireCompetency('bso-ontdekkers', 'creativiteit', 4, 3);
  // Onderbouw
  b.requireArea('onderbouw', 'didactiek', 'ervaren', 9);
  b.requireArea('onderbouw', 'didactiek', 'expert', 2);
  b.requireArea('onderbouw', 'psychologie_orthopedagogiek', 'ervaren', 1);
  b.requireArea('onderbouw', 'onderzoek_innovatie', 'starter', 2, 'Doorlopende ontwikkellijn met de opvang.');
  b.requireRole('onderbouw', 'leerkracht', 8);
  b.requireRole('onderbouw', 'onderwijsassistent', 2);
  b.requireCompetency('onderbouw', 'onderzoekende_houding', 4, 3);
  // Bovenbouw
  b.requireArea('bovenbouw', 'didactiek', 'ervaren', 10);
  b.requireArea('bovenbouw', 'didactiek', 'expert', 6, 'Specialisten rekenen, lezen en burgerschap.');
  b.requireArea('bovenbouw', 'professionele_versterking', 'starter', 3, 'Begeleiding van pabo-stagiaires.');
  b.requireArea('bovenbouw', 'organisatie_samenwerking', 'ervaren', 1);
  b.requireRole('bovenbouw', 'leerkracht', 10);
  b.requireRole('bovenbouw', 'eventmanager', 1);
  b.requireCircle('bovenbouw', 'partners', 2);
  // BSO Het Vlot
  b.requireArea('bso-vlot', 'pedagogiek', 'ervaren', 6);
  b.requireArea('bso-vlot', 'gezondheid', 'ervaren', 2);
  b.requireArea('bso-vlot', 'didactiek', 'starter', 8);
  b.requireRole('bso-vlot', 'bso_medewerker', 9);
  b.requireCircle('bso-vlot', 'buurt', 2);
  // Peutergroep De Appeltjes
  b.requireArea('appeltjes', 'pedagogiek', 'ervaren', 5);
  b.requireArea('appeltjes', 'didactiek', 'starter', 5, 'VVE-programma.');
  b.requireArea('appeltjes', 'psychologie_orthopedagogiek', 'ervaren', 1);
  b.requireArea('appeltjes', 'organisatie_samenwerking', 'starter', 1);
  b.requireRole('appeltjes', 'pedagogisch_medewerker', 7);
  b.requireCompetency('appeltjes', 'omgevingssensitiviteit', 4, 2);
  // Zorgteam
  b.requireArea('zorg', 'psychologie_orthopedagogiek', 'ervaren', 4);
  b.requireArea('zorg', 'psychologie_orthopedagogiek', 'expert', 2);
  b.requireArea('zorg', 'professionele_versterking', 'ervaren', 4);
  b.requireArea('zorg', 'onderzoek_innovatie', 'ervaren', 2);
  b.requireArea('zorg', 'organisatie_samenwerking', 'ervaren', 1);
  b.requireRole('zorg', 'intern_begeleider', 3);
  b.requireRole('zorg', 'orthopedagoog', 1);
  b.requireCircle('zorg', 'wetenschap', 3, 'Samenwerking met hogeschool en universiteit.');
  b.requireCircle('zorg', 'samenleving', 2);
}

const MOTIVATIONS: Record<'verbreden' | 'verdiepen', string[]> = {
  verdiepen: [
    'Ik wil hier echt expert in worden en collega’s kunnen helpen.',
    'Ik merk dat kinderen in mijn groep hier baat bij hebben; ik wil er meer van weten.',
    'Na jaren ervaring wil ik me verder specialiseren en vraagbaak zijn voor het team.',
    'Ik wil dit onderdeel steviger neerzetten in onze groep.',
  ],
  verbreden: [
    'Ik wil de andere kant van het kindcentrum beter leren kennen.',
    'Door de samenwerking met de opvang ben ik nieuwsgierig geworden naar dit domein.',
    'Ik zou graag een rol erbij nemen naast mijn werk in de groep.',
    'Ik wil een brug slaan tussen onderwijs en opvang.',
  ],
};

/** Ambitions and development actions: pipelines for some gaps, plus everyday variety. */
function addDevelopment(b: TenantBuilder): void {
  const random = b.random;

  // Pipelines towards gaps (targeted, so the demo shows them).
  const pipelines: Array<Parameters<typeof pipeline>[1]> = [
    ['baby', 'gezondheid', 3, 'training', 'Scholing gezondheid en leefstijl jonge kind', 'GGD Deltaland'],
    [
      'bso-ontdekkers',
      'gezondheid',
      3,
      'training',
      'Cursus Gezonde Kinderopvang',
      'Stichting Gezonde Opvang',
    ],
    [
      'zorg',
      'onderzoek_innovatie',
      3,
      'coaching',
      'Begeleiding praktijkonderzoek IKC-lab',
      'Hogeschool Deltaland',
    ],
    [
      'onderbouw',
      'didactiek',
      4,
      'training',
      'Master Educational Needs (rekenspecialist)',
      'Hogeschool Deltaland',
    ],
    [
      'unit36',
      'psychologie_orthopedagogiek',
      3,
      'training',
      'Post-hbo Gedrag en ontwikkeling jonge kind',
      'Hogeschool Deltaland',
    ],
    [
      'onderbouw',
      'onderzoek_innovatie',
      2,
      'coaching',
      'IKC-lab: doorlopende ontwikkellijn onderzoeken',
      'Hogeschool Deltaland',
    ],
  ];
  for (const spec of pipelines) pipeline(b, spec);

  // Hiring for gaps that development alone will not close.
  b.action({
    key: 'werving-bovenbouw',
    type: 'werving',
    title: 'Vacature leerkracht bovenbouw (expert rekenen)',
    team: 'bovenbouw',
    area: 'didactiek',
    targetLevel: 'expert',
    status: 'in_progress',
    startMonths: -1,
    durationMonths: 3,
    notes: 'Vacature uitgezet via het bestuursbureau.',
  });
  b.action({
    key: 'werving-zorg',
    type: 'werving',
    title: 'Vacature orthopedagoog-generalist',
    team: 'zorg',
    area: 'psychologie_orthopedagogiek',
    targetLevel: 'expert',
    status: 'planned',
    startMonths: 2,
    durationMonths: 4,
  });
  b.action({
    key: 'werving-baby',
    type: 'werving',
    title: 'Vacature pedagogisch medewerker babygroep (0,8 fte)',
    team: 'baby',
    area: 'verzorging',
    targetLevel: 'ervaren',
    status: 'completed',
    startMonths: -6,
    durationMonths: 2,
    notes: 'Ingevuld per 1 oktober.',
  });
  b.action({
    key: 'werving-appeltjes',
    type: 'werving',
    title: 'Vacature pm-er VVE',
    team: 'appeltjes',
    area: 'didactiek',
    targetLevel: 'starter',
    status: 'cancelled',
    startMonths: -4,
    durationMonths: 2,
    notes: 'Ingetrokken: opgelost met interne verschuiving.',
  });

  // Open hires aimed at the zorgteam's role and surroundings gaps (3 intern begeleiders for 2,
  // 3 people in contact with de wetenschap for 2): the plan shows them as "al in het plan".
  b.action({
    key: 'werving-ib-zorg',
    type: 'werving',
    title: 'Vacature intern begeleider zorgteam',
    team: 'zorg',
    targetRole: 'intern_begeleider',
    status: 'planned',
    startMonths: 1,
    durationMonths: 3,
  });
  b.action({
    key: 'werving-wetenschap-zorg',
    type: 'werving',
    title: 'Vacature orthopedagoog-onderzoeker (samenwerking hogeschool)',
    team: 'zorg',
    targetCircle: 'wetenschap',
    status: 'in_progress',
    startMonths: -1,
    durationMonths: 4,
    notes: 'Gezamenlijke aanstelling met de lectoraatsgroep van Hogeschool Deltaland.',
  });

  // Team-wide intervision and coaching.
  b.action({
    key: 'intervisie-unit36',
    type: 'intervisie',
    title: 'Intervisie unit 3-6: één kind, één plan',
    person: 'lotte-dekker',
    team: 'unit36',
    area: 'professionele_versterking',
    targetLevel: 'starter',
    provider: 'Intern (Ingrid van der Linden)',
    status: 'in_progress',
    startMonths: -2,
    durationMonths: 8,
  });
  b.action({
    key: 'coaching-femke',
    type: 'coaching',
    title: 'Coaching on the job: VVE-didactiek',
    person: 'femke-de-boer',
    team: 'peuter',
    area: 'didactiek',
    targetLevel: 'ervaren',
    provider: 'Pedagogisch coach De Delta',
    status: 'planned',
    startMonths: 1,
    durationMonths: 6,
  });
  b.action({
    key: 'omscholing-bso',
    type: 'omscholing',
    title: 'Zij-instroom pabo',
    person: 'bso-ontdekkers-04',
    team: 'bso-ontdekkers',
    area: 'didactiek',
    targetLevel: 'ervaren',
    provider: 'Pabo Hogeschool Deltaland',
    status: 'planned',
    startMonths: 4,
    durationMonths: 24,
    costEuros: 8900,
  });

  // Everyday variety: about a third of the people state an ambition, some with an action.
  const statuses = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
  const types = ['training', 'coaching', 'omscholing', 'intervisie'] as const;
  for (const person of b.people.values()) {
    if (person.archetype === null || !random.chance(0.33)) continue;
    const owned = (Object.entries(person.levels) as Array<[AreaId, number]>).filter(([, r]) => r > 0);
    const deepen = owned.filter(([, r]) => r < 4);
    const direction = deepen.length > 0 && random.chance(0.6) ? 'verdiepen' : 'verbreden';
    let area: AreaId;
    let target: 1 | 2 | 3 | 4;
    if (direction === 'verdiepen') {
      const [a, r] = random.pick(deepen);
      area = a;
      target = (r + 1) as 2 | 3 | 4;
    } else {
      const missing = (
        [
          'gezondheid',
          'onderzoek_innovatie',
          'professionele_versterking',
          'organisatie_samenwerking',
          'psychologie_orthopedagogiek',
        ] as const
      ).filter((a) => (person.levels[a] ?? 0) === 0);
      if (missing.length === 0) continue;
      area = random.pick(missing);
      target = 2;
    }
    const status = random.pick(['active', 'active', 'active', 'active', 'achieved', 'withdrawn'] as const);
    b.ambition({
      person: person.key,
      direction,
      area,
      targetLevel: levelId(target),
      monthsAhead: status === 'active' ? random.int(6, 30) : random.int(-10, -1),
      motivation: random.pick(MOTIVATIONS[direction]),
      visibility: random.pick(['self', 'manager', 'manager', 'hr'] as const),
      status,
    });
    if (random.chance(0.45)) {
      const type = direction === 'verbreden' && random.chance(0.5) ? 'omscholing' : random.pick(types);
      const actionStatus = random.pick(statuses);
      b.action({
        type,
        title: `${type === 'omscholing' ? 'Omscholing' : type === 'coaching' ? 'Coaching' : type === 'intervisie' ? 'Intervisiegroep' : 'Scholing'} ${area.replaceAll('_', ' ')}`,
        person: person.key,
        team: person.teams[0],
        area,
        targetLevel: levelId(target),
        provider: random.pick([
          'ROC Deltacollege',
          'Hogeschool Deltaland',
          'Intern (pedagogisch coach)',
          'Bureau Kindwijs',
        ]),
        status: actionStatus,
        startMonths: actionStatus === 'planned' ? random.int(1, 6) : random.int(-14, -1),
        durationMonths: random.int(2, 12),
        costEuros: type === 'intervisie' ? 0 : random.int(4, 40) * 100,
      });
    }
  }
}

type PipelineSpec = [
  team: string,
  area: AreaId,
  rank: 2 | 3 | 4,
  type: 'training' | 'coaching' | 'omscholing',
  title: string,
  provider: string,
];

/**
 * Gives a team member below `rank` in `area` (preferably one level below) an ambition and a
 * running action towards it, so the requirement shows a pipeline.
 */
function pipeline(b: TenantBuilder, [team, area, rank, type, title, provider]: PipelineSpec): void {
  const candidates = b.membersOf(team).filter((p) => p.archetype !== null && (p.levels[area] ?? 0) < rank);
  const candidate = candidates.find((p) => (p.levels[area] ?? 0) === rank - 1) ?? candidates[0];
  if (!candidate) throw new Error(`no pipeline candidate in ${team} for ${area}`);
  const broaden = (candidate.levels[area] ?? 0) === 0;
  b.ambition({
    person: candidate.key,
    direction: broaden ? 'verbreden' : 'verdiepen',
    area,
    targetLevel: levelId(rank),
    monthsAhead: 9,
    motivation: broaden
      ? 'Ik wil dit nieuwe domein leren kennen; het team heeft het nodig en het trekt me al langer.'
      : 'Het team heeft dit nodig en het past bij wat ik graag doe; ik wil me hierin verdiepen.',
    visibility: 'manager',
  });
  b.action({
    key: `pipeline-${team}-${area}`,
    type,
    title,
    person: candidate.key,
    team,
    area,
    targetLevel: levelId(rank),
    provider,
    status: 'in_progress',
    startMonths: -2,
    durationMonths: 9,
    costEuros: 1450,
  });
}
