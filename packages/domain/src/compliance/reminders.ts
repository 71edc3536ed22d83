import {
  addDays,
  type CertificateStatus,
  certificateStatus,
  DEFAULT_EXPIRY_WARNING_DAYS,
} from '../model/certificates.js';
import { deepFreeze } from '../model/freeze.js';
import type { LocalizedText } from '../model/types.js';

/**
 * Reminders (issue 14): what needs attention, as one list per person and per digest. Each kind is a
 * section of the digest mail and of the in-app panel, in this order. The reassessment cycle (issue
 * 14 item 4) adds its kind here: a `reassessment_due` section computed beside the certificates.
 */
export const REMINDER_KINDS = deepFreeze(['certificate_expired', 'certificate_expiring'] as const);
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_KIND_LABELS: Readonly<Record<ReminderKind, LocalizedText>> = deepFreeze({
  certificate_expired: { nl: 'Verlopen certificaten', en: 'Expired certificates' },
  certificate_expiring: { nl: 'Certificaten die binnenkort verlopen', en: 'Certificates expiring soon' },
});

/** A validated certificate of one person (a renewal is another row of the same type). */
export type ReminderCertificate = {
  readonly employeeId: string;
  readonly employeeName: string;
  readonly certificateTypeId: string;
  readonly certificateLabel: LocalizedText;
  readonly expiresOn: string | null;
};

export type Reminder = {
  readonly kind: ReminderKind;
  readonly employeeId: string;
  readonly employeeName: string;
  readonly certificateTypeId: string;
  readonly certificateLabel: LocalizedText;
  /** The last valid day of her latest certificate of the type. */
  readonly expiresOn: string;
  /** Days from `on` to the last valid day (negative once expired). */
  readonly daysLeft: number;
};

const KIND_OF: Partial<Record<CertificateStatus, ReminderKind>> = {
  expired: 'certificate_expired',
  expiring: 'certificate_expiring',
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Certificate reminders on a day: per person and certificate type, her latest certificate decides
 * (a renewal that runs past the warning period silences the old one). Expired when its last valid
 * day has passed, expiring when it falls within `warningDays` (rule 10's statuses). Sorted by kind,
 * then by last valid day, then by name.
 */
export function certificateReminders(
  certificates: readonly ReminderCertificate[],
  on: string,
  warningDays: number = DEFAULT_EXPIRY_WARNING_DAYS,
): Reminder[] {
  const latest = new Map<string, ReminderCertificate>();
  for (const certificate of certificates) {
    const key = `${certificate.employeeId}\u0000${certificate.certificateTypeId}`;
    const current = latest.get(key);
    if (
      current === undefined ||
      (current.expiresOn !== null &&
        (certificate.expiresOn === null || certificate.expiresOn > current.expiresOn))
    ) {
      latest.set(key, certificate);
    }
  }
  const reminders: Reminder[] = [];
  for (const certificate of latest.values()) {
    if (certificate.expiresOn === null) continue;
    const kind = KIND_OF[certificateStatus(certificate.expiresOn, on, warningDays)];
    if (kind === undefined) continue;
    reminders.push({
      kind,
      employeeId: certificate.employeeId,
      employeeName: certificate.employeeName,
      certificateTypeId: certificate.certificateTypeId,
      certificateLabel: certificate.certificateLabel,
      expiresOn: certificate.expiresOn,
      daysLeft: daysBetween(on, certificate.expiresOn),
    });
  }
  const order = (kind: ReminderKind) => REMINDER_KINDS.indexOf(kind);
  return reminders.sort(
    (a, b) =>
      order(a.kind) - order(b.kind) ||
      a.expiresOn.localeCompare(b.expiresOn) ||
      a.employeeName.localeCompare(b.employeeName, 'nl'),
  );
}

/** The last day a certificate must run past to stay out of the reminders (for a pre-filtering query). */
export function reminderHorizon(on: string, warningDays: number = DEFAULT_EXPIRY_WARNING_DAYS): string {
  return addDays(on, warningDays);
}
