/**
 * The columns of the sheet (or CSV section) "Certificaten": one certificate per row. The headers
 * are the certificate export's (services/certificate-export.ts), so an export imports again; its
 * other columns (name, label, status) are read by people, not by the import.
 */
export type CertificateColumnKey =
  | 'email'
  | 'certificateCode'
  | 'obtainedOn'
  | 'expiresOn'
  | 'evidenceNumber'
  | 'issuer';

export type CertificateColumnDef = {
  key: CertificateColumnKey;
  header: string;
  aliases: string[];
  explanation: { nl: string; en: string };
};

/** The sheet's name in the template; "Certificates" (the English export's) is read too. */
export const CERTIFICATE_SHEET = 'Certificaten';
export const CERTIFICATE_SHEET_NAMES = ['certificaten', 'certificates'];

export const CERTIFICATE_COLUMNS: CertificateColumnDef[] = [
  {
    key: 'email',
    header: 'e-mail',
    aliases: ['email', 'e-mailadres', 'emailadres'],
    explanation: {
      nl: 'Verplicht. De medewerker, met hetzelfde e-mailadres als op het blad Medewerkers: een bestaande medewerker of een die dit bestand aanmaakt.',
      en: 'Required. The employee, by the same e-mail address as on the sheet Medewerkers: an existing employee or one this file creates.',
    },
  },
  {
    key: 'certificateCode',
    header: 'certificaatcode',
    aliases: ['certificate code', 'code'],
    explanation: {
      nl: 'Verplicht. De code uit de certificatencatalogus van de organisatie (hoofdletters maakt niet uit), bijv. kinder-ehbo of bhv.',
      en: "Required. The code from the organisation's certificate catalogue (case-insensitive), e.g. kinder-ehbo or bhv.",
    },
  },
  {
    key: 'obtainedOn',
    header: 'behaald op',
    aliases: ['obtained on', 'behaald', 'datum behaald'],
    explanation: {
      nl: 'Verplicht: de datum waarop het certificaat is behaald, jjjj-mm-dd of dd-mm-jjjj.',
      en: 'Required: the date the certificate was obtained, yyyy-mm-dd or dd-mm-yyyy.',
    },
  },
  {
    key: 'expiresOn',
    header: 'geldig t/m',
    aliases: ['verloopt op', 'geldig tot en met', 'valid through', 'expires on'],
    explanation: {
      nl: 'Optioneel: de laatste geldige dag. Leeg: berekend uit de geldigheid van het certificaattype (zonder geldigheid verloopt het niet).',
      en: "Optional: the last valid day. Empty: computed from the certificate type's validity (a type without one never expires).",
    },
  },
  {
    key: 'evidenceNumber',
    header: 'certificaatnummer',
    aliases: ['certificate number', 'nummer', 'number'],
    explanation: {
      nl: 'Optioneel: het nummer op het certificaat.',
      en: 'Optional: the number on the certificate.',
    },
  },
  {
    key: 'issuer',
    header: 'uitgever',
    aliases: ['issuer', 'uitgegeven door'],
    explanation: {
      nl: 'Optioneel: wie het certificaat uitgaf (bijv. Het Oranje Kruis).',
      en: 'Optional: who issued the certificate (e.g. Het Oranje Kruis).',
    },
  },
];

export const CERTIFICATE_HEADERS: string[] = CERTIFICATE_COLUMNS.map((column) => column.header);

const normalise = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

const LOOKUP = new Map<string, CertificateColumnDef>();
for (const column of CERTIFICATE_COLUMNS) {
  for (const name of [column.header, ...column.aliases]) LOOKUP.set(normalise(name), column);
}

/** The certificate column a header cell names, or undefined. */
export function certificateColumnForHeader(header: string): CertificateColumnDef | undefined {
  return LOOKUP.get(normalise(header));
}

export function certificateHeaderOf(key: CertificateColumnKey): string {
  return CERTIFICATE_COLUMNS.find((column) => column.key === key)?.header ?? key;
}

/** Whether a sheet's name marks it as the certificates sheet. */
export function isCertificateSheetName(name: string): boolean {
  return CERTIFICATE_SHEET_NAMES.includes(normalise(name));
}

/**
 * Whether a header row opens a certificates table: it names a certificate code. (The people's
 * columns have none, so a CSV's second header row, or a lone exported sheet, is recognised by it.)
 */
export function isCertificateHeader(cells: string[]): boolean {
  return cells.some((cell) => certificateColumnForHeader(cell)?.key === 'certificateCode');
}
