'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { DateField, LabelledField, recordInputClass, SelectField, SubmitBar } from '@/components/form-fields';
import { recordCertificate } from './actions';

export type CertificateOption = { id: string; label: string };

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
  return (
    <form action={action} className="mt-4 space-y-3 text-sm" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} className="font-semibold text-slate-800">
        {t('title')}
      </h3>
      <input type="hidden" name="employeeId" value={employeeId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={`${uid}-type`}
          name="certificateTypeId"
          label={t('type')}
          required
          options={types.map((type) => ({ value: type.id, label: type.label }))}
        />
        <DateField id={`${uid}-obtained`} name="obtainedOn" label={t('obtainedOn')} state={state} required />
        <DateField
          id={`${uid}-expires`}
          name="expiresOn"
          label={t('expiresOn')}
          state={state}
          hint={t('expiresHint')}
        />
        <LabelledField id={`${uid}-number`} label={t('evidenceNumber')}>
          <input id={`${uid}-number`} name="evidenceNumber" maxLength={120} className={recordInputClass} />
        </LabelledField>
        <LabelledField id={`${uid}-issuer`} label={t('issuer')}>
          <input id={`${uid}-issuer`} name="issuer" maxLength={200} className={recordInputClass} />
        </LabelledField>
      </div>
      <SubmitBar state={state} pending={pending} done={t('done')} submit={t('submit')} />
    </form>
  );
}
