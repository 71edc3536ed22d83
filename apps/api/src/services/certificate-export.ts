import { CERTIFICATE_STATUS_LABELS, certificateStatus } from '@teamspiegel/domain';
import { isoDate } from '../lib/http.ts';
import { fullName } from '../lib/people.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { visibleEmployeeWhere } from './access.ts';
import type { Locale, Table } from './export/coverage-export.ts';
import { t } from './export/terms.ts';

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
    t(locale, 'Medewerker', 'Employee'),
    t(locale, 'E-mail', 'E-mail'),
    t(locale, 'Certificaatcode', 'Certificate code'),
    t(locale, 'Certificaat', 'Certificate'),
    t(locale, 'Behaald op', 'Obtained on'),
    t(locale, 'Geldig t/m', 'Valid through'),
    t(locale, 'Status', 'Status'),
    t(locale, 'Gevalideerd', 'Validated'),
    t(locale, 'Certificaatnummer', 'Certificate number'),
    t(locale, 'Uitgever', 'Issuer'),
  ];
  return {
    sheet: t(locale, 'Certificaten', 'Certificates'),
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
        row.status === 'validated' ? t(locale, 'ja', 'yes') : t(locale, 'nee', 'no'),
        row.evidenceNumber,
        row.issuer,
      ];
    }),
  };
}
