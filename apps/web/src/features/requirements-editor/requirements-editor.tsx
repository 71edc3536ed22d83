'use client';

import type { Locale } from '@teamspiegel/domain';
import { useLocale, useTranslations } from 'next-intl';
import { type ReactNode, useId } from 'react';
import { describeLine, type Kind, linesOfKind } from './editor-model';
import { EditorSection } from './editor-section';
import type { LineControls } from './line-controls';
import { RequirementLineRow } from './line-rows';
import { SaveBar } from './save-bar';
import { TemplatePicker } from './template-picker';
import { type RequirementsEditorProps, useRequirementsEditor } from './use-requirements-editor';

/**
 * The team's target profile: tiers per area, roles, competencies and circles; start from a template,
 * add and remove lines, and save the whole profile at once (If-Match guards against overwriting).
 */
export function RequirementsEditor(props: RequirementsEditorProps) {
  const { teamKind, roles, templates } = props;
  const t = useTranslations('requirementsEditor');
  const locale = useLocale() as Locale;
  const uid = useId();
  const editor = useRequirementsEditor(uid, props);
  const { lines } = editor;
  const roleLabel = (id: string) => roles.find((r) => r.id === id)?.label ?? t('unknownRole');
  const controls: LineControls = {
    uid,
    locale,
    errors: editor.fieldErrors,
    update: editor.update,
    remove: editor.remove,
    describe: (line) => describeLine(line, locale, roleLabel),
  };
  const section = (kind: Kind, columns: string[], rows: ReactNode[]) => (
    <EditorSection
      uid={uid}
      kind={kind}
      count={rows.length}
      columns={columns}
      canAdd={kind !== 'role' || roles.length > 0}
      onAdd={() => editor.add(kind)}
    >
      {rows}
    </EditorSection>
  );

  return (
    <div className="space-y-6" data-testid="requirements-editor" data-etag={editor.etag}>
      <TemplatePicker
        uid={uid}
        teamKind={teamKind}
        templates={templates}
        templateId={editor.templateId}
        onPick={editor.pickTemplate}
        onUse={editor.chooseTemplate}
        confirming={editor.confirming}
        currentLineCount={lines.length}
        onConfirm={editor.applyTemplate}
        onCancel={editor.cancelTemplate}
      />

      {lines.length === 0 ? (
        <div
          className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700"
          data-testid="editor-empty"
        >
          <p className="font-medium">{t('empty.title')}</p>
          <p className="mt-1 text-sm">{t('empty.text')}</p>
        </div>
      ) : null}

      {section(
        'area',
        [t('columns.area'), t('columns.minLevel'), t('columns.count')],
        linesOfKind(lines, 'area').map((line) => (
          <RequirementLineRow key={line.key} controls={controls} line={line} />
        )),
      )}
      {section(
        'role',
        [t('columns.role'), t('columns.count')],
        linesOfKind(lines, 'role').map((line) => (
          <RequirementLineRow key={line.key} controls={controls} line={line} roles={roles} />
        )),
      )}
      {section(
        'competency',
        [t('columns.competency'), t('columns.minScore'), t('columns.count')],
        linesOfKind(lines, 'competency').map((line) => (
          <RequirementLineRow key={line.key} controls={controls} line={line} />
        )),
      )}
      {section(
        'circle',
        [t('columns.circle'), t('columns.count')],
        linesOfKind(lines, 'circle').map((line) => (
          <RequirementLineRow key={line.key} controls={controls} line={line} />
        )),
      )}

      <SaveBar
        onSave={editor.save}
        pending={editor.pending}
        dirty={editor.dirty}
        lineCount={lines.length}
        status={editor.status}
        errorCode={editor.errorCode}
      />
    </div>
  );
}
