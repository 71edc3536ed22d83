import { CIRCLES, type Locale, label } from '@teamspiegel/domain';
import { useTranslations } from 'next-intl';
import { ContactRowFields } from './contact-row';
import type { ContactRow, FieldErrorLookup } from './form-model';

type Props = {
  uid: string;
  contacts: ContactRow[];
  errors: FieldErrorLookup;
  messageFor: (field: string) => string;
  locale: Locale;
  onChange: (key: string, patch: Partial<ContactRow>) => void;
  onRemove: (key: string) => void;
  onAdd: () => void;
};

/** Surroundings contacts, with the circles explained. */
export function ContactsSection({
  uid,
  contacts,
  errors,
  messageFor,
  locale,
  onChange,
  onRemove,
  onAdd,
}: Props) {
  const t = useTranslations('profile');
  return (
    <section aria-labelledby={`${uid}-contacts`} className="space-y-4">
      <h2 id={`${uid}-contacts`} className="text-xl font-semibold">
        {t('contacts.title')}
      </h2>
      <p className="text-slate-700">{t('contacts.intro')}</p>
      <details className="rounded-lg bg-brand-50 p-4">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-900">
          {t('contacts.circlesTitle')}
        </summary>
        <dl className="mt-3 space-y-2">
          {CIRCLES.map((circle) => (
            <div key={circle.id}>
              <dt className="font-semibold">{label(circle, locale)}</dt>
              <dd className="text-sm text-slate-700">
                {circle.description[locale]}{' '}
                <span className="text-slate-600">({circle.examples.map((e) => e[locale]).join(', ')})</span>
              </dd>
            </div>
          ))}
        </dl>
      </details>
      {contacts.length === 0 ? <p className="text-slate-600">{t('contacts.empty')}</p> : null}
      <ul className="space-y-3">
        {contacts.map((row, index) => (
          <li key={row.key}>
            <ContactRowFields
              uid={uid}
              row={row}
              index={index}
              errors={errors}
              messageFor={messageFor}
              locale={locale}
              onChange={(patch) => onChange(row.key, patch)}
              onRemove={() => onRemove(row.key)}
            />
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onAdd}
        className="min-h-11 rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        + {t('contacts.add')}
      </button>
    </section>
  );
}
