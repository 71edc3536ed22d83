import { PARTNERS } from './archetypes.ts';
import { TenantBuilder } from './builder.ts';
import { DEMO_LOGINS } from './demo-logins.ts';
import type { Roster } from './person-spec.ts';
import { createRandom, seedFromString } from './prng.ts';
import { type SeedTenant, tenantFromBuilder } from './tenant.ts';

export const ZON_SLUG = 'kinderopvang-zon';

/** Tenant 2: a small childcare organisation (two locations, three groups, 15 people). */
export function buildZonTenant(anchor: Date): SeedTenant {
  const b = new TenantBuilder({
    slug: ZON_SLUG,
    name: 'Kinderopvang Zon',
    emailDomain: 'kinderopvang-zon.example.nl',
    anchor,
    random: createRandom(seedFromString('teamspiegel-zon')),
  });
  b.roleDefinitions();
  b.site('zonnestraal', 'Kindercentrum Zonnestraal', 'Zonnestad');
  b.site('zonnebloem', 'Peuteropvang Zonnebloem', 'Zonnestad-Oost');
  b.team('baby', 'zonnestraal', 'Babygroep De Zonnetjes', 'baby_dreumes');
  b.team('peuter', 'zonnebloem', 'Peutergroep De Stralen', 'peuter');
  b.team('bso', 'zonnestraal', 'BSO De Zonnewijzer', 'bso');
  b.logins(DEMO_LOGINS.filter((login) => login.organisationSlug === ZON_SLUG));
  b.manages(['baby', 'peuter']);

  b.addPerson({
    key: 'fleur-postma',
    name: { firstName: 'Fleur', lastName: 'Postma' },
    archetype: 'pm_baby',
    seniority: 'medior',
    exact: true,
    fte: 0.7,
    teams: [{ team: 'baby', roleInTeam: 'Pedagogisch medewerker babygroep' }],
    selfAssessed: ['gezondheid'],
  });
  b.contact('fleur-postma', 'partners', PARTNERS.consultatiebureau, 'Contact met de jeugdverpleegkundige.');
  b.ambition({
    person: 'fleur-postma',
    direction: 'verbreden',
    area: 'professionele_versterking',
    targetLevel: 'starter',
    monthsAhead: 12,
    motivation: 'Ik begeleid graag nieuwe collega’s en stagiaires en wil daar beter in worden.',
  });
  b.linkLogin('employee', 'fleur-postma');
  b.addPerson({
    key: 'linda-groen',
    name: { firstName: 'Linda', lastName: 'Groen' },
    archetype: 'pedagogisch_coach',
    seniority: 'senior',
    jobTitle: 'Vestigingsmanager en pedagogisch coach',
    teams: [],
    levels: { organisatie_samenwerking: 3 },
  });
  b.linkLogin('manager', 'linda-groen');

  const rosters: Record<string, Roster> = {
    baby: [
      ['pm_baby', 'senior', 1],
      ['pm_baby', 'medior', 3],
      ['pm_baby', 'junior', 1],
    ],
    peuter: [
      ['pm_peuter', 'senior', 1],
      ['pm_peuter', 'medior', 2],
      ['stagiaire', 'junior', 1],
    ],
    bso: [
      ['bso', 'medior', 3],
      ['bso', 'junior', 1],
    ],
  };
  b.addRosters(rosters);
  b.addToTeam('peuter-02', 'bso', 'Pm-er bso (woensdag)', 8);

  b.requireArea('baby', 'pedagogiek', 'ervaren', 3);
  b.requireArea('baby', 'verzorging', 'ervaren', 4);
  b.requireArea('baby', 'gezondheid', 'ervaren', 1);
  b.requireRole('baby', 'pedagogisch_medewerker', 5);
  b.requireArea('peuter', 'pedagogiek', 'ervaren', 2);
  b.requireArea('peuter', 'didactiek', 'starter', 3, 'VVE-certificaat.');
  b.requireCircle('peuter', 'partners', 1);
  b.requireArea('bso', 'pedagogiek', 'ervaren', 3);
  b.requireArea('bso', 'gezondheid', 'starter', 2);
  b.requireCircle('bso', 'buurt', 1);

  b.action({
    key: 'zon-vve',
    type: 'training',
    title: 'VVE-certificering',
    person: 'peuter-04',
    team: 'peuter',
    area: 'didactiek',
    targetLevel: 'starter',
    provider: 'ROC Zonnestad',
    status: 'in_progress',
    startMonths: -2,
    durationMonths: 6,
    costEuros: 950,
  });
  b.action({
    key: 'zon-werving-bso',
    type: 'werving',
    title: 'Vacature pm-er bso (16 uur)',
    team: 'bso',
    area: 'pedagogiek',
    targetLevel: 'ervaren',
    status: 'planned',
    startMonths: 1,
    durationMonths: 3,
  });
  return tenantFromBuilder(b);
}
