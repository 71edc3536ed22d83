import { deepFreeze } from '../model/freeze.js';
import type { LocalizedText } from '../model/types.js';

/**
 * Wet IKK: the minimum yearly hours of the pedagogisch beleidsmedewerker / coach. The numbers are
 * data with their source (rules change; an organisation may agree more with its municipality), the
 * computation below is the one place that applies them (docs/coverage-rules.md, rule 11).
 */
export type IkkCoachHoursRule = {
  /** Policy hours per year per kindercentrum (one registration in the childcare register). */
  readonly hoursPerKindercentrum: number;
  /** Coaching hours per year per FTE of pedagogisch medewerkers. */
  readonly hoursPerPmFte: number;
  /** Contract hours a week that make one FTE. */
  readonly hoursPerFte: number;
  /** The day of the year the count is taken (month-day). */
  readonly peildatum: string;
  /** Role keys whose holders count as pedagogisch medewerkers. */
  readonly pmRoleKeys: readonly string[];
  /** Role keys whose holders can be assigned coach hours. */
  readonly coachRoleKeys: readonly string[];
  /**
   * Team kinds grouped by the childcare registration they belong to: day care and out-of-school care
   * at one address are two kindercentra, so a site with a peuter team and a bso team counts two.
   */
  readonly registrationsByTeamKind: Readonly<Record<string, string>>;
  readonly source: { readonly title: string; readonly url: string; readonly checkedOn: string };
  readonly label: LocalizedText;
};

export const IKK_COACH_HOURS_RULE: IkkCoachHoursRule = deepFreeze({
  hoursPerKindercentrum: 50,
  hoursPerPmFte: 10,
  hoursPerFte: 36,
  peildatum: '01-01',
  pmRoleKeys: ['pedagogisch_medewerker', 'bso_medewerker'],
  coachRoleKeys: ['pedagogisch_coach', 'beleidsmedewerker'],
  registrationsByTeamKind: {
    baby_dreumes: 'dagopvang',
    peuter: 'dagopvang',
    unit_3_6: 'dagopvang',
    bso: 'bso',
  },
  source: {
    title: 'Besluit kwaliteit kinderopvang, art. 4a (Wet IKK, sinds 2019)',
    url: 'https://wetten.overheid.nl/BWBR0040420',
    checkedOn: '2026-12-01',
  },
  label: {
    nl: 'Uren pedagogisch beleidsmedewerker / coach (Wet IKK)',
    en: 'Pedagogical policy officer / coach hours (Wet IKK)',
  },
});

export type IkkSiteInput = {
  readonly siteId: string;
  readonly name: string;
  /** Kinds of the site's teams on the peildatum (archived teams left out by the caller). */
  readonly teamKinds: readonly string[];
};

/** One pedagogisch medewerker on the peildatum: her FTE and how it is spread over sites. */
export type IkkPmInput = {
  readonly fte: number;
  /** Her memberships on the peildatum: the site and the FTE share recorded there (null: not recorded). */
  readonly memberships: ReadonlyArray<{ readonly siteId: string; readonly fte: number | null }>;
};

/** Coach hours assigned on a coach's role assignment; siteId null = organisation-wide (not per site). */
export type IkkCoachInput = { readonly hoursPerYear: number; readonly siteId: string | null };

export type IkkCoachHoursInput = {
  readonly sites: readonly IkkSiteInput[];
  readonly pms: readonly IkkPmInput[];
  readonly coaches: readonly IkkCoachInput[];
};

export type IkkFigures = {
  readonly kindercentra: number;
  readonly pmFte: number;
  readonly requiredHours: number;
  readonly assignedHours: number;
  /** Hours still to assign (0 when covered). */
  readonly shortfallHours: number;
  readonly covered: boolean;
};

export type IkkSiteFigures = IkkFigures & { readonly siteId: string; readonly name: string };

export type IkkCoachHoursResult = {
  readonly organisation: IkkFigures & {
    /** Assigned hours not tied to a site (they count for the organisation only). */
    readonly unallocatedHours: number;
  };
  readonly sites: readonly IkkSiteFigures[];
};

/** The number of kindercentra (childcare registrations) a site's team kinds make. */
export function kindercentraOf(teamKinds: readonly string[], rule: IkkCoachHoursRule = IKK_COACH_HOURS_RULE) {
  const registrations = new Set<string>();
  for (const kind of teamKinds) {
    const registration = rule.registrationsByTeamKind[kind];
    if (registration !== undefined) registrations.add(registration);
  }
  return registrations.size;
}

/** The peildatum of the year `today` falls in (ISO date). */
export function ikkPeildatum(today: string, rule: IkkCoachHoursRule = IKK_COACH_HOURS_RULE): string {
  return `${today.slice(0, 4)}-${rule.peildatum}`;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function figures(kindercentra: number, pmFte: number, assigned: number, rule: IkkCoachHoursRule): IkkFigures {
  const requiredHours = round2(kindercentra * rule.hoursPerKindercentrum + pmFte * rule.hoursPerPmFte);
  const assignedHours = round2(assigned);
  const shortfallHours = round2(Math.max(0, requiredHours - assignedHours));
  return {
    kindercentra,
    pmFte: round2(pmFte),
    requiredHours,
    assignedHours,
    shortfallHours,
    covered: shortfallHours === 0,
  };
}

/**
 * Required versus assigned coach hours, per site and for the organisation. A pm'er's FTE goes to
 * the sites of her memberships: the share recorded on a membership, the rest of her FTE evenly over
 * the memberships without one. The organisation's figure is the legal one (it divides the hours over
 * its centres as it sees fit); a site's figure shows where they are needed.
 */
export function computeIkkCoachHours(
  input: IkkCoachHoursInput,
  rule: IkkCoachHoursRule = IKK_COACH_HOURS_RULE,
): IkkCoachHoursResult {
  const pmFteBySite = new Map<string, number>();
  let pmFteTotal = 0;
  for (const pm of input.pms) {
    pmFteTotal += pm.fte;
    const recorded = pm.memberships.reduce((sum, m) => sum + (m.fte ?? 0), 0);
    const unrecorded = pm.memberships.filter((m) => m.fte === null).length;
    const evenShare = unrecorded > 0 ? Math.max(0, pm.fte - recorded) / unrecorded : 0;
    for (const membership of pm.memberships) {
      const share = membership.fte ?? evenShare;
      pmFteBySite.set(membership.siteId, (pmFteBySite.get(membership.siteId) ?? 0) + share);
    }
  }
  const assignedBySite = new Map<string, number>();
  let assignedTotal = 0;
  let unallocatedHours = 0;
  for (const coach of input.coaches) {
    assignedTotal += coach.hoursPerYear;
    if (coach.siteId === null) unallocatedHours += coach.hoursPerYear;
    else assignedBySite.set(coach.siteId, (assignedBySite.get(coach.siteId) ?? 0) + coach.hoursPerYear);
  }
  const sites = input.sites.map((site) => ({
    siteId: site.siteId,
    name: site.name,
    ...figures(
      kindercentraOf(site.teamKinds, rule),
      pmFteBySite.get(site.siteId) ?? 0,
      assignedBySite.get(site.siteId) ?? 0,
      rule,
    ),
  }));
  const kindercentra = sites.reduce((sum, site) => sum + site.kindercentra, 0);
  return {
    organisation: {
      ...figures(kindercentra, pmFteTotal, assignedTotal, rule),
      unallocatedHours: round2(unallocatedHours),
    },
    sites,
  };
}
