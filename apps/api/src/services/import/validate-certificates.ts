import { ZText } from '@teamspiegel/domain/api/common';
import type { TImportErrorCode } from '@teamspiegel/domain/api/imports';
import { certificateExpiryOf } from '../certificates.ts';
import { type CertificateColumnKey, certificateHeaderOf } from './certificate-columns.ts';
import { certificateKey, type ImportContext } from './context.ts';
import { cellText, type ParsedFile } from './parse.ts';
import { parseImportDate } from './values.ts';

/** A certificate the import records: validated, as when hr enters one in the app. */
export type PlannedCertificate = {
  row: number;
  employeeId: string;
  certificateTypeId: string;
  obtainedOn: string;
  expiresOn: string | null;
  evidenceNumber: string | null;
  issuer: string | null;
};

type Fail = (
  row: number,
  column: CertificateColumnKey | null,
  code: TImportErrorCode,
  value?: string,
) => void;

const ZNumber = ZText({ max: 120 });
const ZIssuer = ZText({ max: 200 });

/** The e-mail address as the people's sheet reads it (Excel's mailto links included). */
export const importEmail = (text: string) => text.replace(/^mailto:/i, '').toLowerCase();

/**
 * Validates the certificate rows. A row names its employee by e-mail (existing, or created by
 * this file's people rows), a code from the catalogue (case-insensitive) and the day obtained; the
 * expiry is the date given or the domain's rule. A certificate the person already holds (same type
 * and day) is skipped, so a file imports twice without duplicates; a later day is a renewal.
 */
export function validateCertificates(
  certificates: ParsedFile['certificates'],
  context: ImportContext,
  employees: {
    /** E-mail → employee id, for existing people and those the file creates. */
    ids: Map<string, string>;
    /** Every e-mail of the people's rows, valid or not (an invalid one has its own error). */
    named: Set<string>;
  },
  fail: Fail,
): PlannedCertificate[] {
  const planned: PlannedCertificate[] = [];
  if (certificates.rows.length === 0) return planned;
  for (const key of ['email', 'certificateCode', 'obtainedOn'] as const) {
    if (!certificates.columns.includes(key)) {
      fail(1, key, 'column_missing', certificateHeaderOf(key));
      return planned;
    }
  }
  const knownCodes = [...context.certificateTypes.values()]
    .map((type) => type.code)
    .sort()
    .join(', ');
  const inFile = new Map<string, number>();

  for (const { row, cells } of certificates.rows) {
    const text = (key: CertificateColumnKey) => cellText(cells.get(key));
    let failed = false;
    const rowFail: Fail = (...args) => {
      failed = true;
      fail(...args);
    };

    const email = importEmail(text('email'));
    const employeeId = employees.ids.get(email);
    if (!email) rowFail(row, 'email', 'email_missing');
    else if (!employeeId && !employees.named.has(email)) rowFail(row, 'email', 'employee_unknown', email);

    const code = text('certificateCode');
    const type = context.certificateTypes.get(code.toLowerCase());
    if (!code) rowFail(row, 'certificateCode', 'certificate_code_missing');
    else if (!type) rowFail(row, 'certificateCode', 'certificate_unknown', `${code}|${knownCodes}`);

    const obtained = parseImportDate(cells.get('obtainedOn') ?? null);
    if (!text('obtainedOn')) rowFail(row, 'obtainedOn', 'obtained_on_missing');
    else if (!obtained) rowFail(row, 'obtainedOn', 'date_invalid', text('obtainedOn'));
    let given: string | null = null;
    if (text('expiresOn')) {
      const expires = parseImportDate(cells.get('expiresOn') ?? null);
      if (!expires) rowFail(row, 'expiresOn', 'date_invalid', text('expiresOn'));
      else given = expires.toISOString().slice(0, 10);
    }

    const evidenceNumber = text('evidenceNumber');
    if (!ZNumber.safeParse(evidenceNumber).success) {
      rowFail(row, 'evidenceNumber', evidenceNumber.length > 120 ? 'text_too_long' : 'text_invalid');
    }
    const issuer = text('issuer');
    if (!ZIssuer.safeParse(issuer).success) {
      rowFail(row, 'issuer', issuer.length > 200 ? 'text_too_long' : 'text_invalid');
    }

    if (failed || !employeeId || !type || !obtained) continue;
    const obtainedOn = obtained.toISOString().slice(0, 10);
    const expiry = certificateExpiryOf(obtainedOn, type.validityMonths, given);
    if (!expiry.ok) {
      rowFail(row, 'expiresOn', 'expiry_before_obtained', given ?? '');
      continue;
    }
    const key = certificateKey(employeeId, type.id, obtainedOn);
    // Held already: skipped, however often the file names it (an export lists what is stored).
    if (context.certificates.has(key)) continue;
    const earlier = inFile.get(key);
    if (earlier !== undefined) {
      rowFail(row, 'certificateCode', 'certificate_duplicate', String(earlier));
      continue;
    }
    inFile.set(key, row);
    planned.push({
      row,
      employeeId,
      certificateTypeId: type.id,
      obtainedOn,
      expiresOn: expiry.expiresOn,
      evidenceNumber: evidenceNumber || null,
      issuer: issuer || null,
    });
  }
  return planned;
}
