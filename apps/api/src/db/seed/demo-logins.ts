import type { AccessRole } from '@teamspiegel/domain/access';

/**
 * The demo logins the seed creates. The start script prints them; never use these outside a demo.
 */
export const DEMO_PASSWORD = 'Teamspiegel-demo-2026!';

export type DemoLoginRole = AccessRole;

export type DemoLogin = {
  email: string;
  name: string;
  role: DemoLoginRole;
  /** Slug of the organisation the login belongs to; null for the platform admin. */
  organisationSlug: string | null;
  description: string;
};

export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    email: 'admin@teamspiegel.nl',
    name: 'Platformbeheer Teamspiegel',
    role: 'platform_admin',
    organisationSlug: null,
    description: 'platform admin (all organisations)',
  },
  {
    email: 'bestuur@demo.teamspiegel.nl',
    name: 'Karin Verhoeven',
    role: 'board',
    organisationSlug: 'demo',
    description: 'bestuurder Stichting Kindcentra De Delta',
  },
  {
    email: 'hr@demo.teamspiegel.nl',
    name: 'Sandra de Wit',
    role: 'hr',
    organisationSlug: 'demo',
    description: 'HR-adviseur De Delta',
  },
  {
    email: 'manager@demo.teamspiegel.nl',
    name: 'Jeroen Hoekstra',
    role: 'manager',
    organisationSlug: 'demo',
    description: 'locatiedirecteur IKC De Wilgenhoek (leads its baby, peuter and unit 3-6 teams)',
  },
  {
    email: 'opleider@demo.teamspiegel.nl',
    name: 'Petra Claassen',
    role: 'trainer',
    organisationSlug: 'demo',
    description: 'opleider, Hogeschool Deltaland (development demand)',
  },
  {
    email: 'medewerker@demo.teamspiegel.nl',
    name: 'Marjo Kuipers',
    role: 'employee',
    organisationSlug: 'demo',
    description: 'onderwijsassistent and pm-er BSO (hybrid role)',
  },
  {
    email: 'bestuur@zon.teamspiegel.nl',
    name: 'Hans Brouwer',
    role: 'board',
    organisationSlug: 'kinderopvang-zon',
    description: 'directeur-bestuurder Kinderopvang Zon',
  },
  {
    email: 'hr@zon.teamspiegel.nl',
    name: 'Tamara Blom',
    role: 'hr',
    organisationSlug: 'kinderopvang-zon',
    description: 'HR Kinderopvang Zon',
  },
  {
    email: 'manager@zon.teamspiegel.nl',
    name: 'Linda Groen',
    role: 'manager',
    organisationSlug: 'kinderopvang-zon',
    description: 'vestigingsmanager (leads the baby and peuter groups)',
  },
  {
    email: 'opleider@zon.teamspiegel.nl',
    name: 'Erik Lammers',
    role: 'trainer',
    organisationSlug: 'kinderopvang-zon',
    description: 'opleider, ROC Zonnestad (development demand)',
  },
  {
    email: 'medewerker@zon.teamspiegel.nl',
    name: 'Fleur Postma',
    role: 'employee',
    organisationSlug: 'kinderopvang-zon',
    description: 'pedagogisch medewerker babygroep',
  },
];

/** Created only with `--size large`, for load tests against the benchmark tenant. */
export const BENCHMARK_LOGINS: readonly DemoLogin[] = [
  {
    email: 'bestuur@benchmark.teamspiegel.nl',
    name: 'Benchmark Bestuur',
    role: 'board',
    organisationSlug: 'benchmark',
    description: 'board of the benchmark tenant (1,000 teams)',
  },
  {
    email: 'hr@benchmark.teamspiegel.nl',
    name: 'Benchmark HR',
    role: 'hr',
    organisationSlug: 'benchmark',
    description: 'HR of the benchmark tenant',
  },
  {
    email: 'manager@benchmark.teamspiegel.nl',
    name: 'Benchmark Manager',
    role: 'manager',
    organisationSlug: 'benchmark',
    description: 'manager of 3 benchmark teams',
  },
];
