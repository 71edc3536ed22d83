'use server';

import { ZPersonCertificateCreate } from '@teamspiegel/domain/api/certificates';
import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';

const optional = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return text === '' ? undefined : text;
};

/** Record a validated certificate for a person (POST /api/person-certificates). */
export async function recordCertificate(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const parsed = ZPersonCertificateCreate.safeParse({
    employeeId: optional(form.get('employeeId')),
    certificateTypeId: optional(form.get('certificateTypeId')),
    obtainedOn: optional(form.get('obtainedOn')),
    expiresOn: optional(form.get('expiresOn')),
    evidenceNumber: optional(form.get('evidenceNumber')),
    issuer: optional(form.get('issuer')),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] = 'invalid';
    return { ok: false, status: 400, code: 'validation_failed', fieldErrors };
  }
  try {
    await apiFetch('/api/person-certificates', { method: 'POST', body: parsed.data });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(`/mensen/${parsed.data.employeeId}`);
  return { ok: true };
}
