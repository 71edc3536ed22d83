'use server';

import { addDays } from '@teamspiegel/domain';
import type { TCertificateType } from '@teamspiegel/domain/api/certificates';
import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';

/**
 * Plans a refresher course for a holder whose certificate lapses (rule 10): a training aimed at the
 * certificate type, expected within the warning period, so the projection counts her again and the
 * gap shows as planned. The type's label is read from the API, not taken from the form.
 */
export async function planCertificateCourse(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const teamId = String(form.get('teamId') ?? '');
  const employeeId = String(form.get('employeeId') ?? '');
  const certificateTypeId = String(form.get('certificateTypeId') ?? '');
  if (![teamId, employeeId, certificateTypeId].every(isUuid))
    return { ok: false, status: 400, code: 'bad_request' };
  try {
    const type = await apiFetch<TCertificateType>(
      `/api/certificate-types/${encodeURIComponent(certificateTypeId)}`,
    );
    const [t, locale] = await Promise.all([getTranslations('compliance.course'), getLocale()]);
    await apiFetch('/api/development-actions', {
      method: 'POST',
      body: {
        type: 'training',
        title: t('title', { certificate: locale === 'en' ? type.labelEn : type.labelNl }),
        employeeId,
        targetCertificateTypeId: certificateTypeId,
        expectedEndDate: addDays(new Date().toISOString().slice(0, 10), 30),
      },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(`/teams/${teamId}`);
  revalidatePath('/ontwikkelplan');
  return { ok: true };
}
