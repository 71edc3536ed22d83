import type { TenantBuilder } from './builder.ts';
import type { Roster } from './person-spec.ts';

/** The board's three IKC locations and their nine teams. */
export function addDemoSitesAndTeams(b: TenantBuilder): void {
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
}

/** The rest of each team, drawn from archetypes, and a few more people who work in two teams. */
export function addDemoRosters(b: TenantBuilder): void {
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
}
