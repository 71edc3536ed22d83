import type { TenantBuilder } from './builder.ts';

/** Each team's target profile, tuned so coverage shows a mix of covered, single points and gaps. */
export function addDemoRequirements(b: TenantBuilder): void {
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
