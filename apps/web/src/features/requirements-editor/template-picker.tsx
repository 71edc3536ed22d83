'use client';

import type { Locale } from '@teamspiegel/domain';
import type { TRequirementTemplate } from '@teamspiegel/domain/api/requirement-templates';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { buttonClass, inputClass, primaryClass } from './editor-styles';

/**
 * Start from a template: pick one (the team kind's own is marked), and confirm before it replaces
 * lines already there.
 */
export function TemplatePicker({
  uid,
  teamKind,
  templates,
  templateId,
  onPick,
  onUse,
  confirming,
  currentLineCount,
  onConfirm,
  onCancel,
}: {
  uid: string;
  teamKind: string;
  templates: TRequirementTemplate[];
  templateId: string;
  onPick: (id: string) => void;
  onUse: () => void;
  confirming: boolean;
  currentLineCount: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('requirementsEditor');
  const locale = useLocale() as Locale;
  const template = templates.find((tpl) => tpl.id === templateId);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  return (
    <section
      aria-labelledby={`${uid}-sjabloon`}
      className="rounded-xl border border-brand-100 bg-brand-50 p-4"
      data-testid="template-picker"
    >
      <h2 id={`${uid}-sjabloon`} className="text-lg font-semibold">
        {t('templates.title')}
      </h2>
      <p className="text-sm text-slate-700">{t('templates.intro')}</p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div className="min-w-64">
          <label htmlFor={`${uid}-template`} className="block text-sm font-medium">
            {t('templates.label')}
          </label>
          <select
            id={`${uid}-template`}
            className={`${inputClass} mt-1`}
            value={templateId}
            onChange={(e) => onPick(e.target.value)}
          >
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.label[locale]}
                {tpl.teamKind === teamKind ? ` (${t('templates.suits')})` : ''}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={buttonClass} onClick={onUse} disabled={!template}>
          {t('templates.use')}
        </button>
      </div>
      {template ? (
        <p className="mt-2 text-sm text-slate-700">
          {template.description[locale]} {t('templates.lineCount', { count: template.requirements.length })}
        </p>
      ) : null}
      {template && template.unresolvedRoleKeys.length > 0 ? (
        <p className="mt-1 text-sm text-spof">
          {t('templates.unresolved', { roles: template.unresolvedRoleKeys.join(', ') })}
        </p>
      ) : null}
      {confirming && template ? (
        <div
          role="alertdialog"
          aria-labelledby={`${uid}-confirm-title`}
          aria-describedby={`${uid}-confirm-text`}
          className="mt-3 rounded-lg border border-spof bg-spof-soft p-3"
          data-testid="template-confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
        >
          <p id={`${uid}-confirm-title`} className="font-semibold text-spof">
            {t('templates.confirmTitle')}
          </p>
          <p id={`${uid}-confirm-text`} className="text-sm">
            {t('templates.confirmText', {
              current: currentLineCount,
              template: template.label[locale],
              count: template.requirements.length,
            })}
          </p>
          <div className="mt-2 flex gap-2">
            <button ref={confirmButton} type="button" className={primaryClass} onClick={onConfirm}>
              {t('templates.confirm')}
            </button>
            <button type="button" className={buttonClass} onClick={onCancel}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
