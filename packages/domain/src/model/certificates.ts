import { deepFreeze } from './freeze.js';
import type { LocalizedText } from './types.js';

/**
 * Certificates (diplomas, registrations, qualifications) as organisation data. This module is their
 * one home in the domain: the catalogue entry's shape, the sector's usual entries that seed a new
 * organisation, the expiry rule and the status of a person's certificate. The sector's facts (checked
 * December 2026): kinder-EHBO certificates are issued for at most two years, BHV is usually refreshed
 * yearly; every validity is organisation data that the organisation may change.
 */
export type CertificateTypeSeed = {
  /** Stable code within the organisation (lower case, digits, dashes). */
  readonly code: string;
  readonly label: LocalizedText;
  /** How long a certificate stays valid after it is obtained; null = does not expire. */
  readonly validityMonths: number | null;
  /** Whether the certificate must be renewed (refresher course, new screening). */
  readonly renewalRequired: boolean;
  /** Who typically needs it, and why (shown as help text). */
  readonly description: LocalizedText;
};

export const CERTIFICATE_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The sector's usual certificates; seeded for every new organisation, which may adapt them. */
export const CERTIFICATE_CATALOGUE: readonly CertificateTypeSeed[] = deepFreeze([
  {
    code: 'kinder-ehbo',
    label: { nl: 'Kinder-EHBO', en: 'Paediatric first aid' },
    validityMonths: 24,
    renewalRequired: true,
    description: {
      nl: 'Per kindercentrum is tijdens openingstijden minstens één volwassene met een geldig, geregistreerd kinder-EHBO-certificaat aanwezig (Besluit kwaliteit kinderopvang).',
      en: 'Per childcare centre at least one adult with a valid, registered paediatric first aid certificate is present during opening hours (Besluit kwaliteit kinderopvang).',
    },
  },
  {
    code: 'bhv',
    label: { nl: 'BHV', en: 'Emergency response (BHV)' },
    validityMonths: 12,
    renewalRequired: true,
    description: {
      nl: 'Bedrijfshulpverlening (Arbowet); de organisatie bepaalt hoeveel per locatie, jaarlijkse herhaling is gebruikelijk.',
      en: 'Emergency response officer (Working Conditions Act); the organisation decides how many per site, a yearly refresher is common.',
    },
  },
  {
    code: 'vve',
    label: { nl: 'VVE-certificaat', en: 'Early childhood education certificate (VVE)' },
    validityMonths: null,
    renewalRequired: false,
    description: {
      nl: 'Programmatraining voor medewerkers die met VE-groepen werken.',
      en: 'Programme training for staff who work with early childhood education groups.',
    },
  },
  {
    code: 'vog-personenregister',
    label: { nl: 'VOG / Personenregister Kinderopvang', en: 'Certificate of conduct / childcare register' },
    validityMonths: null,
    renewalRequired: false,
    description: {
      nl: 'VOG en inschrijving in het Personenregister Kinderopvang (continue screening) voor iedereen die in de kinderopvang werkt; in scholen een VOG bij indiensttreding.',
      en: 'Certificate of conduct and registration in the childcare register (continuous screening) for everyone working in childcare; in schools a certificate of conduct at hiring.',
    },
  },
  {
    code: 'taalniveau-3f',
    label: { nl: 'Taalniveau 3F', en: 'Dutch language level 3F' },
    validityMonths: null,
    renewalRequired: false,
    description: {
      nl: 'Taaleis Nederlands voor pedagogisch medewerkers in de kinderopvang.',
      en: 'Dutch language requirement for childcare practitioners.',
    },
  },
  {
    code: 'diploma-cao-kinderopvang',
    label: { nl: 'Diploma volgens CAO Kinderopvang', en: 'Qualifying diploma (CAO Kinderopvang)' },
    validityMonths: null,
    renewalRequired: false,
    description: {
      nl: 'Kwalificerend diploma volgens de kwalificatie-eisen van de CAO Kinderopvang.',
      en: 'Qualifying diploma under the qualification requirements of the childcare collective agreement.',
    },
  },
  {
    code: 'bevoegdheid',
    label: { nl: 'Onderwijsbevoegdheid', en: 'Teaching qualification' },
    validityMonths: null,
    renewalRequired: false,
    description: {
      nl: 'Bevoegdheid voor leraren (pabo of lerarenopleiding).',
      en: 'Teaching qualification (primary teacher training or teacher education).',
    },
  },
]);

export const CERTIFICATE_STATUS_IDS = deepFreeze(['valid', 'expiring', 'expired'] as const);
export type CertificateStatus = (typeof CERTIFICATE_STATUS_IDS)[number];

export const CERTIFICATE_STATUS_LABELS: Readonly<Record<CertificateStatus, LocalizedText>> = deepFreeze({
  valid: { nl: 'Geldig', en: 'Valid' },
  expiring: { nl: 'Verloopt binnenkort', en: 'Expiring soon' },
  expired: { nl: 'Verlopen', en: 'Expired' },
});

/** How many days before its expiry a certificate counts as expiring, unless the caller says otherwise. */
export const DEFAULT_EXPIRY_WARNING_DAYS = 60;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(date: string): { y: number; m: number; d: number } {
  const match = ISO_DATE.exec(date);
  if (match === null) throw new RangeError(`not an ISO date: ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function formatIsoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A calendar date plus whole months; a day past the month's end clamps (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { y, m, d } = parseIsoDate(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** A calendar date plus whole days (may be negative). */
export function addDays(date: string, days: number): string {
  const { y, m, d } = parseIsoDate(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return formatIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * The last day a certificate is valid: the date given on the certificate when there is one,
 * else obtained + the type's validity (valid through the day before the anniversary), else none.
 */
export function certificateExpiry(
  obtainedOn: string,
  validityMonths: number | null,
  expiresOn?: string | null,
): string | null {
  if (expiresOn !== undefined && expiresOn !== null) return expiresOn;
  if (validityMonths === null) return null;
  return addDays(addMonths(obtainedOn, validityMonths), -1);
}

/**
 * The status of a certificate on a date: expired after its last valid day; expiring when its last
 * valid day falls within `warningDays` of the date; valid otherwise (also when it never expires).
 */
export function certificateStatus(
  expiresOn: string | null,
  on: string,
  warningDays: number = DEFAULT_EXPIRY_WARNING_DAYS,
): CertificateStatus {
  if (expiresOn === null) return 'valid';
  if (expiresOn < on) return 'expired';
  if (expiresOn <= addDays(on, warningDays)) return 'expiring';
  return 'valid';
}

/** Whether a certificate counts on a date: obtained by then and not yet past its last valid day. */
export function certificateValidOn(
  certificate: { readonly obtainedOn: string; readonly expiresOn: string | null },
  on: string,
): boolean {
  return certificate.obtainedOn <= on && (certificate.expiresOn === null || certificate.expiresOn >= on);
}

/**
 * The horizon of the certificate projection (rule 10): the day after the warning period, so a
 * certificate counts as projected exactly when it is not (yet) expiring.
 */
export function certificateProjectionHorizon(
  on: string,
  warningDays: number = DEFAULT_EXPIRY_WARNING_DAYS,
): string {
  return addDays(on, warningDays + 1);
}
