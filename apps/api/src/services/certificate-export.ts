import { CERTIFICATE_STATUS_LABELS, certificateStatus } from '@teamspiegel/domain';
import { isoDate } from '../lib/http.ts';
import { fullName } from '../lib/people.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { visibleEmployeeWhere } from './access.ts';
import type { Locale, Table } from './export/coverage-export.ts';

const say = (locale: Locale, nl: string, en: string) => (locale === 'nl' ? nl : en);

/**
 * People's certificates as one table (issue 14 item 8): every certificate the caller may export
 * (hr and board: the organisation; managers: their teams' members), renewals as rows of their own,
 * with the status the domain computes for today. The catalogue code is the column the import reads.
 */
export async function certificatesTable(db: Db, actor: Actor, locale: Locale, today: string): Promise<Table> {
  const rows = await db.personCertificate.findMany({
    where: {
      organisationId: actor.organisationId,
      employee: await visibleEmployeeWhere(db, actor, 'coverage.export'),
    },
    select: {
      obtainedOn: true,
      expiresOn: true,
      status: true,
      evidenceNumber: true,
      issuer: true,
      employee: { select: { firstName: true, lastName: true, email: true } },
      certificateType: { select: { code: true, labelNl: true, labelEn: true } },
    },
    orderBy: [{ employee: { lastName: 'asc' } }, { employeeId: 'asc' }, { obtainedOn: 'asc' }, { id: 'asc' }],
  });
  const headers = [
    say(locale, 'Medewerker', 'Employee'),
    say(locale, 'E-mail', 'E-mail'),
    say(locale, 'Certificaatcode', 'Certificate code'),
    say(locale, 'Certificaat', 'Certificate'),
    say(locale, 'Behaald op', 'Obtained on'),
    say(locale, 'Geldig t/m', 'Valid through'),
    say(locale, 'Status', 'Status'),
    say(locale, 'Gevalideerd', 'Validated'),
    say(locale, 'Certificaatnummer', 'Certificate number'),
    say(locale, 'Uitgever', 'Issuer'),
  ];
  return {
    sheet: say(locale, 'Certificaten', 'Certificates'),
    headers,
    rows: rows.map((row) => {
      const expiresOn = isoDate(row.expiresOn);
      return [
        fullName(row.employee),
        row.employee.email,
        row.certificateType.code,
        locale === 'nl' ? row.certificateType.labelNl : row.certificateType.labelEn,
        isoDate(row.obtainedOn),
        expiresOn,
        CERTIFICATE_STATUS_LABELS[certificateStatus(expiresOn, today)][locale],
        row.status === 'validated' ? say(locale, 'ja', 'yes') : say(locale, 'nee', 'no'),
        row.evidenceNumber,
        row.issuer,
      ];
    }),
  };
}
