import { TenantBuilder } from './builder.ts';
import { withDemoCompliance } from './demo-compliance.ts';
import { addDemoDevelopment } from './demo-development.ts';
import { DEMO_LOGINS } from './demo-logins.ts';
import { addBrochurePeople, addDirectorsAndStaff } from './demo-people.ts';
import { addDemoRequirements } from './demo-requirements.ts';
import { addDemoRosters, addDemoSitesAndTeams } from './demo-teams.ts';
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

  addDemoSitesAndTeams(b);
  b.logins(DEMO_LOGINS.filter((login) => login.organisationSlug === DEMO_SLUG));
  b.manages(['baby', 'peuter', 'unit36']);
  addBrochurePeople(b);
  addDirectorsAndStaff(b);
  b.linkLogin('manager', 'jeroen-hoekstra');
  b.linkLogin('employee', 'marjo-kuipers');
  addDemoRosters(b);
  addDemoRequirements(b);
  addDemoDevelopment(b);
  return withDemoCompliance(tenantFromBuilder(b));
}
