import type { Locale } from '@teamspiegel/domain';
import { type TTeamRequirementLine, ZTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';
import { areaLabel, circleLabel, competencyLabel, levelLabel } from '@/lib/vocabulary';

/**
 * The requirements editor's view model: pure functions over the lines being edited, so the
 * component only holds state and renders.
 */

export type Kind = TTeamRequirementLine['kind'];
export type EditorLine = TTeamRequirementLine & { key: string };
export type LineOf<K extends Kind> = EditorLine & { kind: K };
export type RoleOption = { id: string; label: string };
/** Field errors keyed `<line key>.<field>` (or `<line key>.line`, `form`), valued by the API path. */
export type FieldErrors = Record<string, string>;

// Certificate lines (issue 14) are not edited here yet, but kept: a save sends them back unchanged.
export const KINDS: Kind[] = ['area', 'role', 'competency', 'circle', 'certificate'];

/** Keys are deterministic (generation + index) so server and client render the same ids. */
export function withKeys(lines: TTeamRequirementLine[], generation: number): EditorLine[] {
  return lines.map((line, index) => ({ ...line, key: `r${generation}-${index}` }));
}

export function blankLine(kind: Kind, roles: RoleOption[]): TTeamRequirementLine {
  switch (kind) {
    case 'area':
      return { kind, area: 'pedagogiek', minLevel: 'ervaren', count: 1 };
    case 'role':
      return { kind, roleDefinitionId: roles[0]?.id ?? '', count: 1 };
    case 'competency':
      return { kind, competency: 'samenwerkingsgerichtheid', minScore: 4, count: 1 };
    case 'circle':
      return { kind, circle: 'buurt', count: 1 };
    case 'certificate':
      return { kind, certificateTypeId: '', count: 1 };
  }
}

export function linesOfKind<K extends Kind>(lines: EditorLine[], kind: K): LineOf<K>[] {
  return lines.filter((line): line is LineOf<K> => line.kind === kind);
}

/** Lines in the order they are shown and sent (by kind), so API error paths map back to rows. */
export function orderedLines<T extends TTeamRequirementLine>(lines: T[]): T[] {
  return KINDS.flatMap((kind) => lines.filter((line) => line.kind === kind));
}

/** The lines as the API takes them: in sent order, without the editor's keys. */
export function withoutKeys(lines: EditorLine[]): TTeamRequirementLine[] {
  return orderedLines(lines).map(({ key: _key, ...line }) => line as TTeamRequirementLine);
}

/** Comparable form of a profile: lines by kind, in their order within a kind. */
export function fingerprint(lines: TTeamRequirementLine[]): string {
  return JSON.stringify(orderedLines(lines));
}

/** Field errors keyed by line key and field name, from API paths like `requirements.2.count`. */
export function mapServerErrors(errors: Record<string, string> | undefined, sent: EditorLine[]): FieldErrors {
  const out: FieldErrors = {};
  for (const path of Object.keys(errors ?? {})) {
    const match = /^requirements\.(\d+)\.?(\w+)?/.exec(path);
    const line = match ? sent[Number(match[1])] : undefined;
    if (line) out[`${line.key}.${match?.[2] ?? 'line'}`] = path;
    else out.form = path;
  }
  return out;
}

/** The lines' own errors before anything is sent, checked against the API's schema of a line. */
export function validateLines(sent: EditorLine[]): FieldErrors {
  const out: FieldErrors = {};
  sent.forEach(({ key, ...line }, index) => {
    const parsed = ZTeamRequirementLine.safeParse(line);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const field = typeof issue.path[0] === 'string' ? issue.path[0] : 'line';
      out[`${key}.${field}`] = `requirements.${index}.${field}`;
    }
  });
  return out;
}

/** The API path of the error on one field of a line; a line-wide error marks every field but the count. */
export function errorPathFor(errors: FieldErrors, lineKey: string, field: string): string | undefined {
  return errors[`${lineKey}.${field}`] ?? (field === 'count' ? undefined : errors[`${lineKey}.line`]);
}

/** Which message a field's error shows (a key under `fieldErrors`). */
export function fieldErrorMessageKey(field: string): 'count' | 'role' | 'generic' {
  if (field === 'count') return 'count';
  if (field === 'roleDefinitionId') return 'role';
  return 'generic';
}

/** A line in words, for screen-reader labels and the status after removing it. */
export function describeLine(
  line: TTeamRequirementLine,
  locale: Locale,
  roleLabel: (id: string) => string,
): string {
  switch (line.kind) {
    case 'area':
      return `${areaLabel(line.area, locale)} ≥ ${levelLabel(line.minLevel, locale)}`;
    case 'role':
      return roleLabel(line.roleDefinitionId);
    case 'competency':
      return `${competencyLabel(line.competency, locale)} ≥ ${line.minScore}`;
    case 'circle':
      return circleLabel(line.circle, locale);
    case 'certificate':
      return '';
  }
}

/** The template offered first: the one made for the team's kind, else the first. */
export function suggestedTemplateId(templates: { id: string; teamKind: string }[], teamKind: string): string {
  return (templates.find((tpl) => tpl.teamKind === teamKind) ?? templates[0])?.id ?? '';
}
