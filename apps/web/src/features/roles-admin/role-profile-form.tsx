'use client';

import { AREAS, LEVELS, type Locale, label } from '@teamspiegel/domain';
import type { TRoleDefinition } from '@teamspiegel/domain/api/role-definitions';
import { useLocale, useTranslations } from 'next-intl';
import { levelLabel } from '@/lib/vocabulary';
import { createRole, saveRoleProfile } from './actions';
import {
  FieldError,
  fieldErrorsOf,
  fieldProps,
  inputClass,
  Label,
  Outcome,
  primaryClass,
  useAdminForm,
} from './form-bits';

/**
 * A role's labels, description and area profile (minimum level per area; empty = not required).
 * Editing sends the version it showed (If-Match): a colleague's change in between gives 412.
 * Without `role` it creates an own role (with a key).
 */
export function RoleProfileForm({ role, editable }: { role?: TRoleDefinition; editable: boolean }) {
  const t = useTranslations('rolesAdmin');
  const locale = useLocale() as Locale;
  const { state, onSubmit, pending } = useAdminForm(role ? saveRoleProfile : createRole);
  const errors = fieldErrorsOf(state);
  const prefix = role ? `role-${role.id}` : 'new-role';
  const byArea = new Map((role?.areaRequirements ?? []).map((r) => [r.area, r]));
  const field = (name: string) => fieldProps(prefix, name, errors);
  // After a save the form shows the saved role (its new version): re-key on the version.
  const key = role ? `${role.id}-${role.version}` : 'new';

  return (
    <form key={key} onSubmit={onSubmit} className="space-y-4" noValidate aria-busy={pending}>
      {role ? (
        <>
          <input type="hidden" name="id" value={role.id} />
          <input type="hidden" name="version" value={role.version} />
        </>
      ) : (
        <div>
          <Label htmlFor={`${prefix}-key`} required>
            {t('key')}
          </Label>
          <input
            {...field('key')}
            required
            maxLength={64}
            className={inputClass}
            aria-describedby={`${prefix}-key-help`}
          />
          <p id={`${prefix}-key-help`} className="mt-1 text-xs text-slate-600">
            {t('keyHelp')}
          </p>
          <FieldError prefix={prefix} name="key" errors={errors} />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor={`${prefix}-labelNl`} required>
            {t('labelNl')}
          </Label>
          <input
            {...field('labelNl')}
            defaultValue={role?.labelNl}
            disabled={!editable}
            maxLength={200}
            className={inputClass}
          />
          <FieldError prefix={prefix} name="labelNl" errors={errors} />
        </div>
        <div>
          <Label htmlFor={`${prefix}-labelEn`} required>
            {t('labelEn')}
          </Label>
          <input
            {...field('labelEn')}
            defaultValue={role?.labelEn}
            disabled={!editable}
            maxLength={200}
            className={inputClass}
          />
          <FieldError prefix={prefix} name="labelEn" errors={errors} />
        </div>
        <div>
          <Label htmlFor={`${prefix}-descriptionNl`}>{t('descriptionNl')}</Label>
          <textarea
            {...field('descriptionNl')}
            defaultValue={role?.descriptionNl ?? ''}
            disabled={!editable}
            rows={3}
            className={inputClass}
          />
          <FieldError prefix={prefix} name="descriptionNl" errors={errors} />
        </div>
        <div>
          <Label htmlFor={`${prefix}-descriptionEn`}>{t('descriptionEn')}</Label>
          <textarea
            {...field('descriptionEn')}
            defaultValue={role?.descriptionEn ?? ''}
            disabled={!editable}
            rows={3}
            className={inputClass}
          />
          <FieldError prefix={prefix} name="descriptionEn" errors={errors} />
        </div>
      </div>
      <fieldset aria-describedby={`${prefix}-areas-help`}>
        <legend className="text-sm font-semibold text-slate-900">{t('profile')}</legend>
        <p id={`${prefix}-areas-help`} className="text-xs text-slate-600">
          {role?.areaMatch === 'any' ? t('areaMatchAny') : t('areaMatchAll')}
        </p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {AREAS.map((area) => {
            const current = byArea.get(area.id);
            return (
              <div key={area.id}>
                <label htmlFor={`${prefix}-min-${area.id}`} className="block text-sm text-slate-800">
                  {label(area, locale)}
                </label>
                <select
                  id={`${prefix}-min-${area.id}`}
                  name={`min.${area.id}`}
                  defaultValue={current?.minLevel ?? ''}
                  disabled={!editable}
                  className={inputClass}
                >
                  <option value="">{t('notRequired')}</option>
                  {LEVELS.map((level) => (
                    <option key={level.id} value={level.id}>
                      {t('atLeast', { level: label(level, locale) })}
                    </option>
                  ))}
                </select>
                {current?.maxLevel ? (
                  <>
                    <input type="hidden" name={`max.${area.id}`} value={current.maxLevel} />
                    <p className="mt-1 text-xs text-slate-600">
                      {t('atMost', { level: levelLabel(current.maxLevel, locale) })}
                    </p>
                  </>
                ) : null}
              </div>
            );
          })}
        </div>
        <FieldError prefix={prefix} name="areaRequirements" errors={errors} />
      </fieldset>
      <Outcome state={state} />
      {editable ? (
        <button type="submit" className={primaryClass} disabled={pending}>
          {pending ? t('saving') : role ? t('saveProfile') : t('createRole')}
        </button>
      ) : null}
    </form>
  );
}
