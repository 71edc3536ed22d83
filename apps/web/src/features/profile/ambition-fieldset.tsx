import { AREAS, type AreaId, DOMAINS, LEVELS, type LevelId, type Locale, label } from '@teamspiegel/domain';
import type { TAmbitionStatus } from '@teamspiegel/domain/api/ambitions';
import { useTranslations } from 'next-intl';
import { DirectionChoice, VisibilityChoice } from './ambition-choices';
import { AmbitionPreview } from './ambition-preview';
import type { AmbitionRow, FieldErrorLookup } from './form-model';
import { inputClass } from './form-styles';

const STATUSES: TAmbitionStatus[] = ['active', 'achieved', 'withdrawn'];

type Props = {
  uid: string;
  row: AmbitionRow;
  index: number;
  /** Whether to preview what reaching the target does for the team (new or changed targets). */
  showPreview: boolean;
  errors: FieldErrorLookup;
  messageFor: (field: string) => string;
  locale: Locale;
  onChange: (patch: Partial<AmbitionRow>) => void;
  onRemove: () => void;
};

/** One ambition: direction, area, target level, horizon, motivation, visibility and status. */
export function AmbitionFieldset({
  uid,
  row,
  index,
  showPreview,
  errors,
  messageFor,
  locale,
  onChange,
  onRemove,
}: Props) {
  const t = useTranslations('profile');
  const id = `${uid}-ambition-${row.key}`;
  const err = (field: string) => errors.at(`ambitions.${index}.${field}`);
  const fieldError = (field: string) =>
    err(field) ? (
      <p id={`${id}-${field}-error`} className="mt-1 text-sm font-medium text-gap">
        {messageFor(field)}
      </p>
    ) : null;
  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t('ambition.legend', { number: index + 1 })}</legend>
      <DirectionChoice
        name={`${id}-direction`}
        value={row.direction}
        onChange={(direction) => onChange({ direction })}
        invalid={err('direction')}
        error={fieldError('direction')}
        locale={locale}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <label htmlFor={`${id}-area`} className="block text-sm font-medium">
            {t('ambition.area')}
          </label>
          <select
            id={`${id}-area`}
            value={row.area}
            onChange={(event) => onChange({ area: event.target.value as AreaId })}
            aria-invalid={err('area') || undefined}
            aria-describedby={err('area') ? `${id}-area-error` : undefined}
            className={inputClass}
          >
            <option value="">{t('ambition.choose')}</option>
            {DOMAINS.map((domain) => (
              <optgroup key={domain.id} label={label(domain, locale)}>
                {AREAS.filter((area) => area.domainId === domain.id).map((area) => (
                  <option key={area.id} value={area.id}>
                    {label(area, locale)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {fieldError('area')}
        </div>
        <div>
          <label htmlFor={`${id}-level`} className="block text-sm font-medium">
            {t('ambition.targetLevel')}
          </label>
          <select
            id={`${id}-level`}
            value={row.targetLevel}
            onChange={(event) => onChange({ targetLevel: event.target.value as LevelId })}
            aria-invalid={err('targetLevel') || undefined}
            className={inputClass}
          >
            <option value="">{t('ambition.choose')}</option>
            {LEVELS.map((level) => (
              <option key={level.id} value={level.id}>
                {label(level, locale)}
              </option>
            ))}
          </select>
          {fieldError('targetLevel')}
        </div>
        <div>
          <label htmlFor={`${id}-horizon`} className="block text-sm font-medium">
            {t('ambition.horizon')}
          </label>
          <input
            id={`${id}-horizon`}
            type="date"
            value={row.horizonDate}
            onChange={(event) => onChange({ horizonDate: event.target.value })}
            aria-invalid={err('horizonDate') || undefined}
            className={inputClass}
          />
          {fieldError('horizonDate')}
        </div>
      </div>
      {row.area && row.targetLevel && showPreview ? (
        <AmbitionPreview area={row.area} targetLevel={row.targetLevel} />
      ) : null}
      <div>
        <label htmlFor={`${id}-motivation`} className="block text-sm font-medium">
          {t('ambition.motivation')}
        </label>
        <p id={`${id}-motivation-help`} className="text-sm text-slate-600">
          {t('ambition.motivationHelp')}
        </p>
        <textarea
          id={`${id}-motivation`}
          rows={3}
          maxLength={4000}
          value={row.motivation}
          onChange={(event) => onChange({ motivation: event.target.value })}
          aria-describedby={`${id}-motivation-help`}
          aria-invalid={err('motivation') || undefined}
          className={inputClass}
        />
        {fieldError('motivation')}
      </div>
      <VisibilityChoice
        name={`${id}-visibility`}
        value={row.visibility}
        onChange={(visibility) => onChange({ visibility })}
        error={fieldError('visibility')}
        locale={locale}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        {row.id ? (
          <div>
            <label htmlFor={`${id}-status`} className="block text-sm font-medium">
              {t('ambition.status')}
            </label>
            <select
              id={`${id}-status`}
              value={row.status}
              onChange={(event) => onChange({ status: event.target.value as TAmbitionStatus })}
              className={inputClass}
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`ambition.statusOptions.${status}`)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <span />
        )}
        <button
          type="button"
          onClick={onRemove}
          className="min-h-11 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-gap hover:bg-gap-soft"
        >
          {t('ambition.remove')}
        </button>
      </div>
    </fieldset>
  );
}
