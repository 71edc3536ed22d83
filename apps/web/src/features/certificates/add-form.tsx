'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { recordCertificate } from './actions';

export type CertificateOption = { id: string; label: string };

const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5';

/** HR or the manager records a certificate (validated at once); the expiry defaults to the type's validity. */
export function AddCertificateForm({
  employeeId,
  types,
}: {
  employeeId: string;
  types: CertificateOption[];
}) {
  const t = useTranslations('certificates.form');
  const [state, action, pending] = useActionState(recordCertificate, null);
  const uid = useId();
  const error = state && !state.ok ? state : null;
  const invalid = (name: string) => (error?.fieldErrors?.[name] ? true : undefined);
  return (
    <form action={action} className="mt-4 space-y-3 text-sm" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} className="font-semibold text-slate-800">
        {t('title')}
      </h3>
      <input type="hidden" name="employeeId" value={employeeId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${uid}-type`} className="block font-medium text-slate-800">
            {t('type')}
          </label>
          <select id={`${uid}-type`} name="certificateTypeId" required className={inputClass}>
            {types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${uid}-obtained`} className="block font-medium text-slate-800">
            {t('obtainedOn')}
          </label>
          <input
            id={`${uid}-obtained`}
            name="obtainedOn"
            type="date"
            required
            aria-invalid={invalid('obtainedOn')}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={`${uid}-expires`} className="block font-medium text-slate-800">
            {t('expiresOn')}
          </label>
          <input
            id={`${uid}-expires`}
            name="expiresOn"
            type="date"
            aria-describedby={`${uid}-expires-hint`}
            aria-invalid={invalid('expiresOn')}
            className={inputClass}
          />
          <p id={`${uid}-expires-hint`} className="mt-1 text-xs text-slate-600">
            {t('expiresHint')}
          </p>
        </div>
        <div>
          <label htmlFor={`${uid}-number`} className="block font-medium text-slate-800">
            {t('evidenceNumber')}
          </label>
          <input id={`${uid}-number`} name="evidenceNumber" maxLength={120} className={inputClass} />
        </div>
        <div>
          <label htmlFor={`${uid}-issuer`} className="block font-medium text-slate-800">
            {t('issuer')}
          </label>
          <input id={`${uid}-issuer`} name="issuer" maxLength={200} className={inputClass} />
        </div>
      </div>
      {error ? <ErrorMessage code={error.code} /> : null}
      {state?.ok ? (
        <p role="status" className="rounded-md bg-covered-soft px-3 py-2 text-covered">
          ✓ {t('done')}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {t('submit')}
      </button>
    </form>
  );
}
