'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import {
  Field,
  FormError,
  fieldErrorsOf,
  fieldProps,
  inputClass,
  primaryButton,
  useErrorText,
} from '../form-bits';
import { createSite, updateSite } from './actions';

/** The error sentence of one field: the code's own sentence when the API named this field. */
function useFieldText(state: Awaited<ReturnType<typeof createSite>> | null) {
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

/** "Nieuwe locatie": name and city; disabled while saving; a taken name is shown at the name field. */
export function SiteCreateForm() {
  const t = useTranslations('structure');
  const ts = useTranslations('sitesAdmin');
  const [state, action, pending] = useActionState(createSite, null);
  const error = useFieldText(state);
  return (
    <form action={action} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
      <Field id="site-new-name" label={t('name')} required error={error('name')}>
        <input
          {...fieldProps('site-new-name', 'name', error('name'))}
          required
          maxLength={200}
          className={inputClass}
        />
      </Field>
      <Field id="site-new-city" label={t('city')} error={error('city')}>
        <input
          {...fieldProps('site-new-city', 'city', error('city'))}
          maxLength={200}
          className={inputClass}
        />
      </Field>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t('saving') : ts('create')}
      </button>
      <div className="sm:col-span-3">
        <FormError state={state} />
      </div>
    </form>
  );
}

/** Rename a site (and its city) with the ETag it was loaded with. */
export function SiteEditForm({
  id,
  etag,
  name,
  city,
}: {
  id: string;
  etag: string;
  name: string;
  city: string | null;
}) {
  const t = useTranslations('structure');
  const [state, action, pending] = useActionState(updateSite, null);
  const error = useFieldText(state);
  const prefix = `site-${id}`;
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">
        <span aria-hidden="true">{t('edit')}</span>
        <span className="sr-only">{t('editOf', { name })}</span>
      </summary>
      <form action={action} noValidate className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="etag" value={etag} />
        <Field id={`${prefix}-name`} label={t('name')} required error={error('name')}>
          <input
            {...fieldProps(`${prefix}-name`, 'name', error('name'))}
            defaultValue={name}
            required
            maxLength={200}
            className={inputClass}
          />
        </Field>
        <Field id={`${prefix}-city`} label={t('city')} error={error('city')}>
          <input
            {...fieldProps(`${prefix}-city`, 'city', error('city'))}
            defaultValue={city ?? ''}
            maxLength={200}
            className={inputClass}
          />
        </Field>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t('saving') : t('save')}
        </button>
        <FormError state={state} />
      </form>
    </details>
  );
}
