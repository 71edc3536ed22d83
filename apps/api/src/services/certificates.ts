import {
  CERTIFICATE_CATALOGUE,
  certificateExpiry,
  certificateStatus,
  DEFAULT_EXPIRY_WARNING_DAYS,
} from '@teamspiegel/domain';
import type { TOwnCertificateCreate } from '@teamspiegel/domain/api/certificates';
import type { CertificateType, PersonCertificate } from '../generated/prisma/client.ts';
import { writeAudit } from '../lib/audit.ts';
import { isoDate, isoDateTime, parseDate } from '../lib/http.ts';
import { badRequest, conflict, notFound, unprocessable } from '../lib/problem.ts';
import { tenantKey } from '../lib/tenant-key.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';

/**
 * Certificates (issue 14): the organisation's catalogue, seeded with the sector's usual entries,
 * and the certificates people obtained. The rules (expiry, status) are the domain's; this module
 * stores and reads. A renewal is a new row, so the history stays.
 */

/**
 * The sector's usual catalogue for a new organisation (and the demo seed); skips codes that exist.
 * The seed passes `idOf` so its rows (and what refers to them) have the same ids on every run.
 */
export async function seedCertificateCatalogue(
  db: Db | Tx,
  organisationId: string,
  idOf?: (code: string) => string,
): Promise<void> {
  await db.certificateType.createMany({
    data: CERTIFICATE_CATALOGUE.map((entry) => ({
      ...(idOf ? { id: idOf(entry.code) } : {}),
      organisationId,
      code: entry.code,
      labelNl: entry.label.nl,
      labelEn: entry.label.en,
      descriptionNl: entry.description.nl,
      descriptionEn: entry.description.en,
      validityMonths: entry.validityMonths,
      renewalRequired: entry.renewalRequired,
    })),
    skipDuplicates: true,
  });
}

export function certificateTypeDto(row: CertificateType) {
  return {
    id: row.id,
    code: row.code,
    labelNl: row.labelNl,
    labelEn: row.labelEn,
    descriptionNl: row.descriptionNl,
    descriptionEn: row.descriptionEn,
    validityMonths: row.validityMonths,
    renewalRequired: row.renewalRequired,
    version: row.version,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

export type PersonCertificateRow = PersonCertificate & { certificateType: CertificateType };

export function personCertificateDto(
  row: PersonCertificateRow,
  today: string,
  warningDays = DEFAULT_EXPIRY_WARNING_DAYS,
) {
  const expiresOn = isoDate(row.expiresOn);
  return {
    id: row.id,
    employeeId: row.employeeId,
    certificateTypeId: row.certificateTypeId,
    certificateCode: row.certificateType.code,
    certificateLabel: { nl: row.certificateType.labelNl, en: row.certificateType.labelEn },
    obtainedOn: isoDate(row.obtainedOn) as string,
    expiresOn,
    status: certificateStatus(expiresOn, today, warningDays),
    validation: row.status,
    evidenceNumber: row.evidenceNumber,
    issuer: row.issuer,
    evidenceFileName: row.evidenceFileName,
    recordedByUserId: row.recordedByUserId,
    validatedByUserId: row.validatedByUserId,
    validatedAt: isoDateTime(row.validatedAt),
    createdAt: isoDateTime(row.createdAt),
  };
}

/** Today as an ISO date (UTC), the date statuses are measured on. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The last valid day of a certificate: the date given, else the domain's rule (the type's
 * validity); not ok when it would fall before the day it was obtained. The route and the import share it.
 */
export function certificateExpiryOf(
  obtainedOn: string,
  validityMonths: number | null,
  given: string | null | undefined,
): { ok: true; expiresOn: string | null } | { ok: false } {
  const expiresOn = certificateExpiry(obtainedOn, validityMonths, given);
  if (expiresOn !== null && expiresOn < obtainedOn) return { ok: false };
  return { ok: true, expiresOn };
}

/**
 * Who recorded a certificate and its validation: validated at once when hr or a manager records
 * it (the route, the import), pending when the person submits her own.
 */
export function recordedCertificateStatus(actor: Pick<Actor, 'userId'>, validated: boolean, now: Date) {
  return {
    status: validated ? ('validated' as const) : ('pending' as const),
    recordedByUserId: actor.userId,
    validatedByUserId: validated ? actor.userId : null,
    validatedAt: validated ? now : null,
  };
}

/**
 * Records a certificate for one person: validated when HR or a manager enters it, pending when
 * the person submits her own. The expiry is the date given, else computed from the type's validity.
 */
export async function recordCertificate(
  tx: Tx,
  actor: Actor,
  employeeId: string,
  body: TOwnCertificateCreate,
  validated: boolean,
): Promise<PersonCertificateRow> {
  const type = await tx.certificateType.findFirst({
    where: { organisationId: actor.organisationId, id: body.certificateTypeId },
  });
  if (!type) {
    throw unprocessable('invalid_reference', 'The certificate type does not exist in your organisation.', [
      { path: 'body.certificateTypeId', message: 'Unknown certificate type' },
    ]);
  }
  const expiry = certificateExpiryOf(body.obtainedOn, type.validityMonths, body.expiresOn);
  if (!expiry.ok) {
    throw badRequest('invalid_date_range', 'A certificate cannot expire before it was obtained.', [
      { path: 'body.expiresOn', message: 'Before obtainedOn' },
    ]);
  }
  const row = await tx.personCertificate.create({
    data: {
      organisationId: actor.organisationId,
      employeeId,
      certificateTypeId: type.id,
      obtainedOn: parseDate(body.obtainedOn),
      expiresOn: parseDate(expiry.expiresOn),
      evidenceNumber: body.evidenceNumber ?? null,
      issuer: body.issuer ?? null,
      evidenceFileName: body.evidenceFileName ?? null,
      ...recordedCertificateStatus(actor, validated, new Date()),
    },
    include: { certificateType: true },
  });
  await writeAudit(tx, actor, {
    entity: 'PersonCertificate',
    entityId: row.id,
    action: validated ? 'create' : 'submit',
    before: null,
    after: row,
  });
  return row;
}

/** Approves a submitted certificate: it counts from now on. 409 when it was validated already. */
export async function validateCertificate(
  tx: Tx,
  actor: Actor,
  id: string,
  visible: Record<string, unknown>,
  assertMayWrite: (employeeId: string) => Promise<void>,
): Promise<PersonCertificateRow> {
  // Lock first: of two concurrent decisions, the second sees it validated (409).
  await tx.$queryRaw`SELECT id FROM "PersonCertificate" WHERE id = ${id}::uuid AND "organisationId" = ${actor.organisationId}::uuid FOR UPDATE`;
  const target = await tx.personCertificate.findFirst({ where: { AND: [visible, { id }] } });
  if (!target) throw notFound('PersonCertificate');
  await assertMayWrite(target.employeeId);
  if (target.status === 'validated') {
    throw conflict('certificate_already_validated', 'This certificate is already validated.');
  }
  const row = await tx.personCertificate.update({
    where: tenantKey(actor.organisationId, id),
    data: {
      status: 'validated',
      validatedByUserId: actor.userId,
      validatedAt: new Date(),
      version: { increment: 1 },
    },
    include: { certificateType: true },
  });
  await writeAudit(tx, actor, {
    entity: 'PersonCertificate',
    entityId: row.id,
    action: 'validate',
    before: target,
    after: row,
  });
  return row;
}

/** A catalogue entry that certificates or requirements refer to stays (409), so no history dangles. */
export async function assertCertificateTypeUnused(db: Db | Tx, organisationId: string, id: string) {
  const [certificates, requirements, siteRequirements] = await Promise.all([
    db.personCertificate.count({ where: { organisationId, certificateTypeId: id } }),
    db.teamRequirement.count({ where: { organisationId, certificateTypeId: id } }),
    db.siteRequirement.count({ where: { organisationId, certificateTypeId: id } }),
  ]);
  if (certificates + requirements + siteRequirements > 0) {
    throw conflict(
      'certificate_type_in_use',
      'People hold this certificate or teams or sites require it; it cannot be deleted.',
    );
  }
}
