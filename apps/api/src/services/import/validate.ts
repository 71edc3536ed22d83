import { AREA_IDS, type AreaId, type LevelId } from '@teamspiegel/domain';
import { ZText } from '@teamspiegel/domain/api/common';
import type { TImportErrorCode, TImportRowError, TImportSummary } from '@teamspiegel/domain/api/imports';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere } from '../access.ts';
import { type ColumnKey, headerOf, parseLevel } from './columns.ts';
import { type Cell, cellText, MAX_ROWS, type ParsedFile } from './parse.ts';

const MAX_ERRORS = 1_000;

/** What the organisation holds now, for matching the file against it. */
export type ImportContext = {
  teams: Array<{ id: string; name: string; siteName: string }>;
  siteNames: Set<string>;
  employees: Map<
    string,
    {
      id: string;
      email: string;
      firstName: string;
      lastName: string;
      jobTitle: string | null;
      fte: number;
      active: boolean;
      version: number;
    }
  >;
  /** `${employeeId}:${teamId}` of the memberships that run today. */
  memberships: Set<string>;
  /** `${employeeId}:${area}` → current level. */
  levels: Map<string, LevelId>;
};

export async function loadImportContext(db: Db | Tx, organisationId: string): Promise<ImportContext> {
  const [teams, sites, employees, memberships, levels] = await Promise.all([
    db.team.findMany({
      where: { organisationId },
      select: { id: true, name: true, site: { select: { name: true } } },
    }),
    db.site.findMany({ where: { organisationId }, select: { name: true } }),
    db.employee.findMany({
      where: { organisationId },
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        jobTitle: true,
        fte: true,
        active: true,
        version: true,
      },
    }),
    db.teamMembership.findMany({
      where: { organisationId, ...activeMembershipWhere() },
      select: { employeeId: true, teamId: true },
    }),
    db.areaLevel.findMany({
      where: { organisationId, isCurrent: true },
      select: { employeeId: true, area: true, level: true },
    }),
  ]);
  return {
    teams: teams.map((team) => ({ id: team.id, name: team.name, siteName: team.site.name })),
    siteNames: new Set(sites.map((site) => norm(site.name))),
    employees: new Map(employees.map((employee) => [employee.email.trim().toLowerCase(), employee])),
    memberships: new Set(memberships.map((row) => `${row.employeeId}:${row.teamId}`)),
    levels: new Map(levels.map((row) => [`${row.employeeId}:${row.area}`, row.level])),
  };
}

/** One valid row, resolved against the organisation, with what applying it would change. */
export type PlannedRow = {
  row: number;
  email: string;
  /** The existing employee, or null when the row creates one. */
  existing: { id: string; version: number } | null;
  /** For new employees every field; for existing ones only the fields that change. */
  fields: {
    firstName?: string;
    lastName?: string;
    jobTitle?: string | null;
    fte?: number;
    active?: boolean;
  };
  /** A membership to create (none runs today in that team). */
  membership: { teamId: string; startDate: Date } | null;
  /** Levels that differ from the current ones; `current` is the open level it replaces, if any. */
  levels: Array<{ area: AreaId; level: LevelId; current: LevelId | null }>;
};

export type ValidationResult = {
  rows: number;
  errors: TImportRowError[];
  errorCount: number;
  summary: TImportSummary;
  plan: PlannedRow[];
};

const norm = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The API's own rule for single-line text: no control characters (a NUL cannot be stored). */
const ZLine = ZText({ max: 254 });

type Messages = { nl: string; en: string };

function message(code: TImportErrorCode, value: string): Messages {
  switch (code) {
    case 'column_missing':
      return {
        nl: `De kolom "${value}" ontbreekt in de kopregel.`,
        en: `The column "${value}" is missing from the header row.`,
      };
    case 'no_rows':
      return { nl: 'Het bestand bevat geen medewerkers.', en: 'The file contains no employees.' };
    case 'too_many_rows':
      return {
        nl: `Het bestand bevat meer dan ${MAX_ROWS} regels; splits het op.`,
        en: `The file has more than ${MAX_ROWS} rows; split it up.`,
      };
    case 'email_missing':
      return { nl: 'Het e-mailadres ontbreekt.', en: 'The e-mail address is missing.' };
    case 'email_invalid':
      return {
        nl: `"${value}" is geen geldig e-mailadres.`,
        en: `"${value}" is not a valid e-mail address.`,
      };
    case 'email_duplicate':
      return {
        nl: `Het e-mailadres ${value} staat al eerder in het bestand.`,
        en: `The e-mail address ${value} appears earlier in the file.`,
      };
    case 'name_missing':
      return {
        nl: 'Voor een nieuwe medewerker zijn voornaam en achternaam verplicht.',
        en: 'A new employee needs a first and a last name.',
      };
    case 'fte_invalid':
      return { nl: `"${value}" is geen getal.`, en: `"${value}" is not a number.` };
    case 'fte_out_of_range':
      return {
        nl: `De fte ${value} ligt niet tussen 0 en 2.`,
        en: `The FTE ${value} is not between 0 and 2.`,
      };
    case 'active_invalid':
      return { nl: `"${value}" is geen ja of nee.`, en: `"${value}" is not yes (ja) or no (nee).` };
    case 'level_unknown':
      return {
        nl: `"${value}" is geen bekend niveau (in opleiding, starter, ervaren, expert).`,
        en: `"${value}" is not a known level (in training, starter, experienced, expert).`,
      };
    case 'team_unknown':
      return {
        nl: `Het team "${value}" bestaat niet in de organisatie.`,
        en: `The team "${value}" does not exist in the organisation.`,
      };
    case 'team_ambiguous':
      return {
        nl: `Het team "${value}" bestaat op meer locaties; vul de locatie in.`,
        en: `The team "${value}" exists at several sites; fill in the site (locatie).`,
      };
    case 'site_unknown':
      return {
        nl: `De locatie "${value}" bestaat niet in de organisatie.`,
        en: `The site "${value}" does not exist in the organisation.`,
      };
    case 'date_invalid':
      return {
        nl: `"${value}" is geen geldige datum (jjjj-mm-dd of dd-mm-jjjj).`,
        en: `"${value}" is not a valid date (yyyy-mm-dd or dd-mm-yyyy).`,
      };
    case 'text_too_long':
      return { nl: 'De tekst is te lang.', en: 'The text is too long.' };
    case 'text_invalid':
      return {
        nl: 'De tekst bevat stuurtekens (zoals een tab of een regeleinde); verwijder die.',
        en: 'The text contains control characters (such as a tab or a line break); remove them.',
      };
  }
}

function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  if (year < 1900 || year > 2200) return null;
  return date;
}

/** yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, an Excel date cell or an Excel serial number. */
export function parseImportDate(value: Cell): Date | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return utcDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 120_000) return null;
    // Excel's day 1 is 1900-01-01, counting the non-existent 1900-02-29.
    const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const text = cellText(value);
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return utcDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return utcDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

function parseActive(text: string): boolean | undefined {
  const value = norm(text);
  if (['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'actief'].includes(value)) return true;
  if (['nee', 'n', 'no', 'false', 'onwaar', '0', 'inactief'].includes(value)) return false;
  return undefined;
}

function parseFte(value: Cell): number | undefined {
  if (typeof value === 'number') return value;
  const text = cellText(value).replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Validates every row against the organisation without writing. Each problem names the row and
 * column; the plan (only meaningful when there are no errors) says what applying would change.
 */
export function validateImport(file: ParsedFile, context: ImportContext): ValidationResult {
  const errors: TImportRowError[] = [];
  let errorCount = 0;
  const fail = (row: number, column: ColumnKey | null, code: TImportErrorCode, value = '') => {
    errorCount++;
    if (errors.length >= MAX_ERRORS) return;
    const text = message(code, value);
    errors.push({
      row,
      column: column ? headerOf(column) : null,
      code,
      message_nl: text.nl,
      message_en: text.en,
    });
  };

  const summary: TImportSummary = {
    newEmployees: 0,
    updatedEmployees: 0,
    newMemberships: 0,
    levelChanges: 0,
    unknownTeams: 0,
  };
  if (!file.columns.includes('email')) {
    fail(1, 'email', 'column_missing', headerOf('email'));
    return { rows: file.rows.length, errors, errorCount, summary, plan: [] };
  }
  if (file.rows.length === 0) fail(1, null, 'no_rows');

  const teamsByName = new Map<string, ImportContext['teams']>();
  for (const team of context.teams) {
    const key = norm(team.name);
    teamsByName.set(key, [...(teamsByName.get(key) ?? []), team]);
  }
  const seen = new Map<string, number>();
  const unknownTeams = new Set<string>();
  const plan: PlannedRow[] = [];
  const defaultStart = today();

  for (const { row, cells } of file.rows) {
    const text = (key: ColumnKey) => cellText(cells.get(key));
    const before = errorCount;

    // E-mail: the key.
    const email = text('email')
      .replace(/^mailto:/i, '')
      .toLowerCase();
    if (!email) fail(row, 'email', 'email_missing');
    else if (!ZLine.safeParse(email).success) fail(row, 'email', 'text_invalid');
    else if (email.length > 254 || !EMAIL.test(email)) fail(row, 'email', 'email_invalid', email);
    else if (seen.has(email)) fail(row, 'email', 'email_duplicate', email);
    else seen.set(email, row);
    const existing = email ? context.employees.get(email) : undefined;

    // Person fields: given values only (empty keeps what an existing employee has).
    const firstName = text('firstName');
    const lastName = text('lastName');
    if (!existing && (!firstName || !lastName)) {
      fail(row, firstName ? 'lastName' : 'firstName', 'name_missing');
    }
    const jobTitle = text('jobTitle');
    const lengths = { firstName: 100, lastName: 100, jobTitle: 200 } as const;
    for (const [key, value] of [
      ['firstName', firstName],
      ['lastName', lastName],
      ['jobTitle', jobTitle],
    ] as const) {
      if (value.length > lengths[key]) fail(row, key, 'text_too_long');
      else if (!ZLine.safeParse(value).success) fail(row, key, 'text_invalid');
    }

    let fte: number | undefined;
    if (text('fte') !== '') {
      fte = parseFte(cells.get('fte') ?? null);
      if (fte === undefined || !Number.isFinite(fte)) fail(row, 'fte', 'fte_invalid', text('fte'));
      else if (fte < 0 || fte > 2) fail(row, 'fte', 'fte_out_of_range', text('fte'));
    }
    let active: boolean | undefined;
    if (text('active') !== '') {
      active = parseActive(text('active'));
      if (active === undefined) fail(row, 'active', 'active_invalid', text('active'));
    }

    // Team, optionally narrowed by site.
    let teamId: string | undefined;
    const teamName = text('team');
    const siteName = text('site');
    if (siteName && !context.siteNames.has(norm(siteName))) {
      fail(row, 'site', 'site_unknown', siteName);
    } else if (teamName) {
      const candidates = (teamsByName.get(norm(teamName)) ?? []).filter(
        (team) => !siteName || norm(team.siteName) === norm(siteName),
      );
      if (candidates.length === 0) {
        fail(row, 'team', 'team_unknown', siteName ? `${teamName} (${siteName})` : teamName);
        unknownTeams.add(`${norm(teamName)}|${norm(siteName)}`);
      } else if (candidates.length > 1) {
        fail(row, 'site', 'team_ambiguous', teamName);
      } else {
        teamId = candidates[0]?.id;
      }
    }
    let startDate = defaultStart;
    if (text('startDate') !== '') {
      const parsed = parseImportDate(cells.get('startDate') ?? null);
      if (!parsed) fail(row, 'startDate', 'date_invalid', text('startDate'));
      else startDate = parsed;
    }

    // Levels per area.
    const levels: PlannedRow['levels'] = [];
    for (const area of AREA_IDS) {
      const key: ColumnKey = `area:${area}`;
      const value = text(key);
      if (!value) continue;
      const level = parseLevel(value);
      if (!level) {
        fail(row, key, 'level_unknown', value);
        continue;
      }
      const current = existing ? (context.levels.get(`${existing.id}:${area}`) ?? null) : null;
      if (current !== level) levels.push({ area, level, current });
    }

    if (errorCount !== before) continue;

    const fields: PlannedRow['fields'] = {};
    if (existing) {
      if (firstName && firstName !== existing.firstName) fields.firstName = firstName;
      if (lastName && lastName !== existing.lastName) fields.lastName = lastName;
      if (jobTitle && jobTitle !== existing.jobTitle) fields.jobTitle = jobTitle;
      if (fte !== undefined && fte !== existing.fte) fields.fte = fte;
      if (active !== undefined && active !== existing.active) fields.active = active;
    } else {
      Object.assign(fields, {
        firstName,
        lastName,
        jobTitle: jobTitle || null,
        fte: fte ?? 1,
        active: active ?? true,
      });
    }
    const membership =
      teamId && !(existing && context.memberships.has(`${existing.id}:${teamId}`))
        ? { teamId, startDate }
        : null;

    if (!existing) summary.newEmployees++;
    else if (Object.keys(fields).length > 0) summary.updatedEmployees++;
    if (membership) summary.newMemberships++;
    summary.levelChanges += levels.length;
    plan.push({
      row,
      email,
      existing: existing ? { id: existing.id, version: existing.version } : null,
      fields,
      membership,
      levels,
    });
  }
  summary.unknownTeams = unknownTeams.size;
  return { rows: file.rows.length, errors, errorCount, summary, plan };
}
