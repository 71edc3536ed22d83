/**
 * What erasing a person replaces, and where. Two kinds of strings:
 * - identifiers: the person's full name ("first last", "last, first") and e-mail addresses. Outside
 *   the person's own rows a value is replaced only when it *is* one of them (the whole value, case
 *   and spacing aside) — never a piece of someone else's text, never inside a hash or token;
 * - inside the person's own rows (and audit objects about them) every personal field is replaced,
 *   and their identifiers and names (first or last name alone, partner names…) inside texts too.
 */
export const REDACTED = '[verwijderd]';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Hashes and tokens are never looked into (a short name can occur in any hex string). */
export const SECRET_COLUMN = /(hash|token|secret)$/i;

export function normalise(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** Escapes a literal for a PostgreSQL ARE (backslash before every non-alphanumeric character). */
export function pgRegexLiteral(value: string): string {
  return value.replace(/[^\p{L}\p{N}\s]/gu, '\\$&');
}

function jsRegexLiteral(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Distinct, trimmed, at least `minLength` long; longest first (so "Anna de Vries" wins over "Anna"). */
export const uniqueStrings = (values: Array<string | null | undefined>, minLength: number) =>
  [...new Set(values.map((value) => value?.trim() ?? '').filter((value) => value.length >= minLength))].sort(
    (a, b) => b.length - a.length,
  );

/** Keys whose string values are personal when the object is about the person. */
const PERSONAL_KEYS = new Set([
  'firstName',
  'lastName',
  'fullName',
  'name',
  'email',
  'employeeName',
  'jobTitle',
  'partnerName',
  'description',
  'motivation',
  'comment',
  'notes',
]);

export type Redactor = {
  /** True when the whole value is one of the person's identifiers. */
  isIdentifier: (value: string) => boolean;
  /** A text of the person's own: identifiers and names inside it replaced. */
  ownText: (value: string) => string;
  /** One audit JSON value; `aboutRow` when the whole row concerns the person. */
  json: (value: Json, aboutRow: boolean) => Json;
};

export function redactor(input: {
  personIds: Set<string>;
  identifiers: string[];
  names: string[];
}): Redactor {
  const exact = new Set(input.identifiers.map(normalise));
  const pattern = (values: string[]) =>
    values.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${values.map(jsRegexLiteral).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : null;
  const identifierPattern = pattern(input.identifiers);
  const namePattern = pattern(input.names);
  const isIdentifier = (value: string) => exact.has(normalise(value));
  const ownText = (value: string) => {
    let out = identifierPattern ? value.replace(identifierPattern, REDACTED) : value;
    if (namePattern) out = out.replace(namePattern, REDACTED);
    return out;
  };
  const isAboutObject = (value: { [key: string]: Json }) =>
    ['id', 'employeeId', 'userId'].some((key) => {
      const id = value[key];
      return typeof id === 'string' && input.personIds.has(id);
    });
  const walk = (value: Json, about: boolean): Json => {
    if (typeof value === 'string') return about ? ownText(value) : isIdentifier(value) ? REDACTED : value;
    if (Array.isArray(value)) return value.map((item) => walk(item, about));
    if (value === null || typeof value !== 'object') return value;
    const objectAbout = about || isAboutObject(value);
    const out: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) {
      if (SECRET_COLUMN.test(key)) out[key] = item;
      else if (objectAbout && PERSONAL_KEYS.has(key) && typeof item === 'string') out[key] = REDACTED;
      else out[key] = walk(item, objectAbout);
    }
    // The employee object itself: employment dates are personal too.
    if (typeof value.id === 'string' && input.personIds.has(value.id) && 'startDate' in value) {
      out.startDate = null;
    }
    return out;
  };
  return { isIdentifier, ownText, json: walk };
}

type RowsOf = ReadonlyArray<{ id: string }>;

/**
 * The ids of an employee's own rows that audit events are about (memberships, levels, ratings,
 * contacts, ambitions, role assignments, development actions): one list for the data export and
 * the erasure, so both find the same part of the audit trail.
 */
export function ownRowIds(employee: {
  memberships: RowsOf;
  areaLevels: RowsOf;
  competencyRatings: RowsOf;
  surroundingsContacts: RowsOf;
  ambitions: RowsOf;
  roleAssignments: RowsOf;
  developmentActions: RowsOf;
}): string[] {
  return [
    employee.memberships,
    employee.areaLevels,
    employee.competencyRatings,
    employee.surroundingsContacts,
    employee.ambitions,
    employee.roleAssignments,
    employee.developmentActions,
  ].flatMap((rows) => rows.map((row) => row.id));
}
