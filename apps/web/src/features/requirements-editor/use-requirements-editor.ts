'use client';

import type { Locale } from '@teamspiegel/domain';
import type { TRequirementTemplate } from '@teamspiegel/domain/api/requirement-templates';
import type { TTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { saveRequirements } from './actions';
import {
  blankLine,
  type EditorLine,
  type FieldErrors,
  fingerprint,
  type Kind,
  mapServerErrors,
  orderedLines,
  type RoleOption,
  suggestedTemplateId,
  validateLines,
  withKeys,
  withoutKeys,
} from './editor-model';
import { firstFieldId } from './line-controls';
import { sortLines, toLine } from './lines';

/** What the page hands the editor: the team, its stored profile with its ETag, and the choices. */
export type RequirementsEditorProps = {
  teamId: string;
  teamKind: string;
  etag: string;
  initialLines: TTeamRequirementLine[];
  roles: RoleOption[];
  templates: TRequirementTemplate[];
};

/** The editor's state and what the user can do with it; rendering stays in the components. */
export function useRequirementsEditor(
  uid: string,
  { teamId, teamKind, etag: initialEtag, initialLines, roles, templates }: RequirementsEditorProps,
) {
  const t = useTranslations('requirementsEditor');
  const locale = useLocale() as Locale;
  const generation = useRef(0);
  const nextGeneration = () => {
    generation.current += 1;
    return generation.current;
  };
  const [lines, setLines] = useState<EditorLine[]>(() => withKeys(initialLines, 0));
  const [saved, setSaved] = useState<string>(() => fingerprint(initialLines));
  const [etag, setEtag] = useState(initialEtag);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();
  const [templateId, setTemplateId] = useState(() => suggestedTemplateId(templates, teamKind));
  const [confirming, setConfirming] = useState(false);

  // The page renders again after every save (the action revalidates it) and on navigation. A profile
  // changed elsewhere (an ETag that is not ours) replaces the lines; our own save keeps the editor, and
  // with it the "saved" confirmation, instead of remounting it.
  const [pageEtag, setPageEtag] = useState(initialEtag);
  if (initialEtag !== pageEtag) {
    setPageEtag(initialEtag);
    if (initialEtag !== etag) {
      setLines(withKeys(initialLines, nextGeneration()));
      setSaved(fingerprint(initialLines));
      setEtag(initialEtag);
      setFieldErrors({});
      setErrorCode(null);
      setStatus('');
      setConfirming(false);
    }
  }

  const dirty = fingerprint(withoutKeys(lines)) !== saved;
  const template = templates.find((tpl) => tpl.id === templateId);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  function update(key: string, patch: Partial<TTeamRequirementLine>) {
    setLines((list) => list.map((l) => (l.key === key ? ({ ...l, ...patch } as EditorLine) : l)));
    setStatus('');
  }

  function add(kind: Kind) {
    const line = { ...blankLine(kind, roles), key: `n${nextGeneration()}` } as EditorLine;
    setLines((list) => [...list, line]);
    setStatus(t('lineAdded', { kind: t(`kinds.${kind}`) }));
    requestAnimationFrame(() => document.getElementById(firstFieldId(uid, line.key))?.focus());
  }

  function remove(key: string, description: string) {
    setLines((list) => list.filter((l) => l.key !== key));
    setFieldErrors({});
    setStatus(t('lineRemoved', { line: description }));
  }

  function pickTemplate(id: string) {
    setTemplateId(id);
    setConfirming(false);
  }

  function applyTemplate() {
    if (!template) return;
    setLines(withKeys(template.requirements, nextGeneration()));
    setFieldErrors({});
    setConfirming(false);
    setStatus(
      t('templateApplied', { template: template.label[locale], count: template.requirements.length }),
    );
  }

  /** Replacing lines already there asks first; an empty profile takes the template at once. */
  function chooseTemplate() {
    if (!template) return;
    if (lines.length === 0) applyTemplate();
    else setConfirming(true);
  }

  function save() {
    const sent = orderedLines(lines);
    const clientErrors = validateLines(sent);
    setErrorCode(null);
    if (Object.keys(clientErrors).length > 0) {
      setFieldErrors(clientErrors);
      setErrorCode('validation_failed');
      setStatus('');
      return;
    }
    setFieldErrors({});
    startTransition(async () => {
      const result = await saveRequirements(teamId, etag, withoutKeys(sent));
      if (result.ok && result.data) {
        const fresh = sortLines(result.data.profile.requirements.map(toLine));
        setEtag(result.data.etag);
        setLines(withKeys(fresh, nextGeneration()));
        setSaved(fingerprint(fresh));
        setStatus(t('saved', { count: fresh.length }));
      } else if (!result.ok) {
        setErrorCode(result.code);
        setFieldErrors(mapServerErrors(result.fieldErrors, sent));
        setStatus('');
      }
    });
  }

  return {
    lines,
    etag,
    dirty,
    pending,
    status,
    errorCode,
    fieldErrors,
    templateId,
    confirming,
    update,
    add,
    remove,
    pickTemplate,
    chooseTemplate,
    applyTemplate,
    cancelTemplate: () => setConfirming(false),
    save,
  };
}
