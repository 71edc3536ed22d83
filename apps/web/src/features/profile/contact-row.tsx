import { CIRCLES, type CircleId, type Locale, label } from '@teamspiegel/domain';
import { useTranslations } from 'next-intl';
import type { ContactRow, FieldErrorLookup } from './form-model';
import { inputClass } from './form-styles';

type Props = {
  uid: string;
  row: ContactRow;
  index: number;
  errors: FieldErrorLookup;
  messageFor: (field: string) => string;
  locale: Locale;
  onChange: (patch: Partial<ContactRow>) => void;
  onRemove: () => void;
};

/** One surroundings contact: its circle, the partner and what they do together. */
export function ContactRowFields({ uid, row, index, errors, messageFor, locale, onChange, onRemove }: Props) {
  const t = useTranslations('profile');
  const tc = useTranslations('common');
  const id = `${uid}-contact-${row.key}`;
  const nameInvalid = errors.at(`surroundingsContacts.${index}.partnerName`);
  const descriptionInvalid = errors.at(`surroundingsContacts.${index}.description`);
  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[12rem_1fr_1fr_auto] md:items-start">
      <legend className="sr-only">{t('contacts.legend', { number: index + 1 })}</legend>
      <div>
        <label htmlFor={`${id}-circle`} className="block text-sm font-medium">
          {t('contacts.circle')}
        </label>
        <select
          id={`${id}-circle`}
          value={row.circle}
          onChange={(event) => onChange({ circle: event.target.value as CircleId })}
          className={inputClass}
        >
          {CIRCLES.map((circle) => (
            <option key={circle.id} value={circle.id}>
              {label(circle, locale)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-partner`} className="block text-sm font-medium">
          {t('contacts.partner')}
        </label>
        <input
          id={`${id}-partner`}
          value={row.partnerName}
          maxLength={200}
          required
          onChange={(event) => onChange({ partnerName: event.target.value })}
          aria-invalid={nameInvalid || undefined}
          aria-describedby={nameInvalid ? `${id}-partner-error` : undefined}
          className={inputClass}
        />
        {nameInvalid ? (
          <p id={`${id}-partner-error`} className="mt-1 text-sm font-medium text-gap">
            {messageFor('partnerName')}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="block text-sm font-medium">
          {t('contacts.description')}
        </label>
        <input
          id={`${id}-description`}
          value={row.description}
          maxLength={2000}
          onChange={(event) => onChange({ description: event.target.value })}
          aria-invalid={descriptionInvalid || undefined}
          className={inputClass}
        />
        {descriptionInvalid ? (
          <p className="mt-1 text-sm font-medium text-gap">{messageFor('description')}</p>
        ) : null}
      </div>
      <button
        type="button"
        onClick={onRemove}
        className="min-h-11 self-end rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-gap hover:bg-gap-soft"
      >
        <span aria-hidden>{tc('delete')}</span>
        <span className="sr-only">
          {row.partnerName.trim()
            ? t('contacts.remove', { name: row.partnerName.trim() })
            : t('contacts.removeUnnamed')}
        </span>
      </button>
    </fieldset>
  );
}
