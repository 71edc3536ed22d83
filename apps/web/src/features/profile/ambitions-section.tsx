import type { Locale } from '@teamspiegel/domain';
import type { TProfile } from '@teamspiegel/domain/api/profile';
import { useTranslations } from 'next-intl';
import { AmbitionFieldset } from './ambition-fieldset';
import { type AmbitionRow, type FieldErrorLookup, unsavedTarget } from './form-model';

type Props = {
  uid: string;
  profile: TProfile;
  ambitions: AmbitionRow[];
  errors: FieldErrorLookup;
  messageFor: (field: string) => string;
  locale: Locale;
  onChange: (key: string, patch: Partial<AmbitionRow>) => void;
  onRemove: (key: string) => void;
  onAdd: () => void;
};

/** Her ambitions: where she wants to grow, and by when. */
export function AmbitionsSection({ uid, profile, ambitions, onChange, onRemove, onAdd, ...shared }: Props) {
  const t = useTranslations('profile');
  return (
    <section aria-labelledby={`${uid}-ambition`} className="space-y-4">
      <h2 id={`${uid}-ambition`} className="text-xl font-semibold">
        {t('ambition.title')}
      </h2>
      <p className="text-slate-700">{t('ambition.intro')}</p>
      {ambitions.length === 0 ? <p className="text-slate-600">{t('ambition.empty')}</p> : null}
      {ambitions.map((row, index) => (
        <AmbitionFieldset
          key={row.key}
          uid={uid}
          row={row}
          index={index}
          showPreview={row.status === 'active' && unsavedTarget(profile, row)}
          onChange={(patch) => onChange(row.key, patch)}
          onRemove={() => onRemove(row.key)}
          {...shared}
        />
      ))}
      <button
        type="button"
        onClick={onAdd}
        className="min-h-11 rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        + {t('ambition.add')}
      </button>
    </section>
  );
}
