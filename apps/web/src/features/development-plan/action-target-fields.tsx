'use client';

import { AREAS, CIRCLES, COMPETENCIES, LEVELS, label } from '@teamspiegel/domain';
import { useLocale, useTranslations } from 'next-intl';
import { type ReactNode, useState } from 'react';

export type RoleOption = { id: string; labelNl: string; labelEn: string };
/** A certificate type of the organisation's catalogue (same label shape as a role). */
export type CertificateOption = RoleOption;

/** What a new action aims at: nothing, an area and level, a role, a competency, a surroundings circle or a certificate. */
export const AIM_KINDS = ['none', 'area', 'role', 'competency', 'circle', 'certificate'] as const;
export type AimKind = (typeof AIM_KINDS)[number];

type FieldProps = (name: string) => {
  id: string;
  name: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
};

/**
 * The "Gericht op" part of the new-action form: one choice, then only the fields that choice
 * needs (the API accepts at most one of role, competency and circle). The API decides which gap
 * the action then counts for ("al in het plan"); this form only sends the target.
 */
export function ActionTargetFields({
  roles,
  certificates,
  defaults,
  field,
  fieldError,
  labelFor,
  inputClass,
}: {
  roles: RoleOption[];
  certificates: CertificateOption[];
  defaults: { area?: string; targetLevel?: string };
  field: FieldProps;
  fieldError: (name: string) => ReactNode;
  labelFor: (name: string, text: string) => ReactNode;
  inputClass: string;
}) {
  const t = useTranslations('planTargets.form');
  const locale = useLocale() as 'nl' | 'en';
  const [kind, setKind] = useState<AimKind>(defaults.area ? 'area' : 'none');

  return (
    <fieldset className="grid gap-2 sm:col-span-2 lg:col-span-3 sm:grid-cols-2 lg:grid-cols-3">
      <legend className="mb-1 text-sm font-medium text-slate-800">{t('legend')}</legend>
      <div>
        {labelFor('aimKind', t('kind'))}
        <select
          {...field('aimKind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as AimKind)}
          className={inputClass}
        >
          {AIM_KINDS.map((item) => (
            <option key={item} value={item}>
              {t(`kinds.${item}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === 'area' ? (
        <div className="grid grid-cols-2 gap-2 lg:col-span-2">
          <div>
            {labelFor('area', t('area'))}
            <select {...field('area')} defaultValue={defaults.area ?? ''} className={inputClass}>
              <option value="">—</option>
              {AREAS.map((area) => (
                <option key={area.id} value={area.id}>
                  {label(area, locale)}
                </option>
              ))}
            </select>
            {fieldError('area')}
          </div>
          <div>
            {labelFor('targetLevel', t('targetLevel'))}
            <select
              {...field('targetLevel')}
              defaultValue={defaults.targetLevel ?? ''}
              className={inputClass}
            >
              <option value="">—</option>
              {LEVELS.map((level) => (
                <option key={level.id} value={level.id}>
                  {label(level, locale)}
                </option>
              ))}
            </select>
            {fieldError('targetLevel')}
          </div>
        </div>
      ) : null}
      {kind === 'role' ? (
        <div>
          {labelFor('targetRoleDefinitionId', t('role'))}
          <select {...field('targetRoleDefinitionId')} defaultValue="" className={inputClass}>
            <option value="">{t('choose')}</option>
            {roles.map((role) => (
              <option key={role.id} value={role.id}>
                {locale === 'en' ? role.labelEn : role.labelNl}
              </option>
            ))}
          </select>
          {fieldError('targetRoleDefinitionId')}
        </div>
      ) : null}
      {kind === 'competency' ? (
        <div>
          {labelFor('targetCompetency', t('competency'))}
          <select {...field('targetCompetency')} defaultValue="" className={inputClass}>
            <option value="">{t('choose')}</option>
            {COMPETENCIES.map((competency) => (
              <option key={competency.id} value={competency.id}>
                {label(competency, locale)}
              </option>
            ))}
          </select>
          {fieldError('targetCompetency')}
        </div>
      ) : null}
      {kind === 'circle' ? (
        <div>
          {labelFor('targetCircle', t('circle'))}
          <select {...field('targetCircle')} defaultValue="" className={inputClass}>
            <option value="">{t('choose')}</option>
            {CIRCLES.map((circle) => (
              <option key={circle.id} value={circle.id}>
                {label(circle, locale)}
              </option>
            ))}
          </select>
          {fieldError('targetCircle')}
        </div>
      ) : null}
      {kind === 'certificate' ? (
        <div>
          {labelFor('targetCertificateTypeId', t('certificate'))}
          <select {...field('targetCertificateTypeId')} defaultValue="" className={inputClass}>
            <option value="">{t('choose')}</option>
            {certificates.map((certificate) => (
              <option key={certificate.id} value={certificate.id}>
                {locale === 'en' ? certificate.labelEn : certificate.labelNl}
              </option>
            ))}
          </select>
          {fieldError('targetCertificateTypeId')}
        </div>
      ) : null}
    </fieldset>
  );
}
