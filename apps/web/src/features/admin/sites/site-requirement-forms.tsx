'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useActionState } from 'react';
import {
  Field,
  FormError,
  fieldErrorsOf,
  fieldProps,
  inputClass,
  primaryButton,
  secondaryButton,
  useErrorText,
} from '../form-bits';
import {
  createSiteRequirement,
  removeSiteRequirement,
  updateSiteRequirement,
} from './site-requirement-actions';

export type SiteRequirementLine = {
  id: string;
  certificate: string;
  count: number;
  note: string | null;
  version: number;
};
export type CertificateOption = { id: string; label: string };

type State = Awaited<ReturnType<typeof createSiteRequirement>> | null;

/** The error sentence of one field: the API's code when it named the field, else "check this field". */
function useFieldText(state: State) {
  const t = useTranslations('structure');
  const errorText = useErrorText();
  const errors = fieldErrorsOf(state);
  return (name: string) => {
    if (!errors[name]) return undefined;
    return state && !state.ok && state.code !== 'validation_failed'
      ? errorText(state.code)
      : t('fieldInvalid');
  };
}

/** One site's certificate requirements (rule 18): each line editable and removable, and a form to add one. */
export function SiteRequirementsEditor({
  siteId,
  siteName,
  lines,
  certificates,
  figures = {},
}: {
  siteId: string;
  siteName: string;
  lines: SiteRequirementLine[];
  certificates: CertificateOption[];
  /** Per line id: its figures and exemption, rendered by the server (rules 17 and 18). */
  figures?: Record<string, ReactNode>;
}) {
  const t = useTranslations('sitesAdmin.requirements');
  const headingId = `site-${siteId}-requirements`;
  return (
    <section
      aria-labelledby={headingId}
      className="mt-3 flex flex-col gap-2"
      data-testid="site-requirements-editor"
    >
      <h3 id={headingId} className="text-sm font-semibold text-slate-800">
        {t('title')}
      </h3>
      {lines.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t('listOf', { site: siteName })}>
          {lines.map((line) => (
            <li
              key={line.id}
              data-testid="site-requirement-line"
              className="rounded-md bg-slate-50 p-2 text-sm"
            >
              <p>
                <span className="font-medium">
                  {t('line', { count: line.count, certificate: line.certificate })}
                </span>
                {line.note ? <span className="block text-xs text-slate-600">{line.note}</span> : null}
              </p>
              {figures[line.id] ?? null}
              <div className="mt-1 flex flex-wrap items-start gap-3">
                <SiteRequirementEditForm line={line} siteName={siteName} />
                <SiteRequirementRemoveForm line={line} siteName={siteName} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <SiteRequirementCreateForm siteId={siteId} siteName={siteName} certificates={certificates} />
    </section>
  );
}

function SiteRequirementCreateForm({
  siteId,
  siteName,
  certificates,
}: {
  siteId: string;
  siteName: string;
  certificates: CertificateOption[];
}) {
  const t = useTranslations('sitesAdmin.requirements');
  const ts = useTranslations('structure');
  const [state, action, pending] = useActionState(createSiteRequirement, null);
  const error = useFieldText(state);
  const prefix = `site-${siteId}-requirement-new`;
  return (
    <form action={action} noValidate className="grid gap-2 sm:grid-cols-[2fr_1fr_2fr_auto] sm:items-end">
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="siteName" value={siteName} />
      <Field id={`${prefix}-type`} label={t('certificate')} required error={error('certificateTypeId')}>
        <select
          {...fieldProps(`${prefix}-type`, 'certificateTypeId', error('certificateTypeId'))}
          required
          defaultValue=""
          className={inputClass}
        >
          <option value="" disabled>
            {t('choose')}
          </option>
          {certificates.map((certificate) => (
            <option key={certificate.id} value={certificate.id}>
              {certificate.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${prefix}-count`} label={t('count')} required error={error('count')}>
        <input
          {...fieldProps(`${prefix}-count`, 'count', error('count'))}
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          defaultValue={1}
          required
          className={inputClass}
        />
      </Field>
      <Field id={`${prefix}-note`} label={t('note')} error={error('note')}>
        <input
          {...fieldProps(`${prefix}-note`, 'note', error('note'))}
          maxLength={1000}
          className={inputClass}
        />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className={primaryButton}
        aria-label={t('addTo', { site: siteName })}
      >
        {pending ? ts('saving') : t('add')}
      </button>
      <div className="sm:col-span-4">
        <FormError state={state} />
      </div>
    </form>
  );
}

function SiteRequirementEditForm({ line, siteName }: { line: SiteRequirementLine; siteName: string }) {
  const t = useTranslations('sitesAdmin.requirements');
  const ts = useTranslations('structure');
  const [state, action, pending] = useActionState(updateSiteRequirement, null);
  const error = useFieldText(state);
  const prefix = `site-requirement-${line.id}`;
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">
        <span aria-hidden="true">{ts('edit')}</span>
        <span className="sr-only">{t('editOf', { certificate: line.certificate, site: siteName })}</span>
      </summary>
      <form action={action} noValidate className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="id" value={line.id} />
        <input type="hidden" name="etag" value={`W/"${line.version}"`} />
        <input type="hidden" name="siteName" value={siteName} />
        <Field id={`${prefix}-count`} label={t('count')} required error={error('count')}>
          <input
            {...fieldProps(`${prefix}-count`, 'count', error('count'))}
            type="number"
            inputMode="numeric"
            min={0}
            max={50}
            defaultValue={line.count}
            required
            className={inputClass}
          />
        </Field>
        <Field id={`${prefix}-note`} label={t('note')} error={error('note')}>
          <input
            {...fieldProps(`${prefix}-note`, 'note', error('note'))}
            defaultValue={line.note ?? ''}
            maxLength={1000}
            className={inputClass}
          />
        </Field>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? ts('saving') : ts('save')}
        </button>
        <FormError state={state} />
      </form>
    </details>
  );
}

function SiteRequirementRemoveForm({ line, siteName }: { line: SiteRequirementLine; siteName: string }) {
  const t = useTranslations('sitesAdmin.requirements');
  const ts = useTranslations('structure');
  const [state, action, pending] = useActionState(removeSiteRequirement, null);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={line.id} />
      <input type="hidden" name="etag" value={`W/"${line.version}"`} />
      <input type="hidden" name="siteName" value={siteName} />
      <button
        type="submit"
        disabled={pending}
        className={secondaryButton}
        aria-label={t('removeOf', { certificate: line.certificate, site: siteName })}
      >
        {pending ? ts('working') : t('remove')}
      </button>
      <FormError state={state} />
    </form>
  );
}
