import 'server-only';
import type { TCertificateType, TPersonCertificate } from '@teamspiegel/domain/api/certificates';
import type { TPage } from '@teamspiegel/domain/api/common';
import { apiFetch } from '@/lib/api/client';

/** A person's certificates, newest first, with the status the API computed for today. */
export const listPersonCertificates = (employeeId: string) =>
  apiFetch<TPage<TPersonCertificate>>('/api/person-certificates', { query: { employeeId, pageSize: 200 } });

/** The organisation's catalogue (a few dozen entries at most). */
export const listCertificateTypes = () =>
  apiFetch<TPage<TCertificateType>>('/api/certificate-types', { query: { pageSize: 200 } });
