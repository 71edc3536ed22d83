import { randomUUID } from 'node:crypto';
import { AREA_IDS, type AreaId, type LevelId } from '@teamspiegel/domain';
import { ZText } from '@teamspiegel/domain/api/common';
import type {
  TImportErrorCode,
  TImportRowError,
  TImportSheet,
  TImportSummary,
} from '@teamspiegel/domain/api/imports';
import type { TTeamKind } from '@teamspiegel/domain/api/teams';
import { type CertificateColumnKey, certificateHeaderOf } from './certificate-columns.ts';
import { type ColumnKey, headerOf, parseLevel, parseTeamKind, splitList } from './columns.ts';
import type { ImportContext } from './context.ts';
import { message } from './messages.ts';
import { cellText, type ParsedFile } from './parse.ts';
import { importEmail, type PlannedCertificate, validateCertificates } from './validate-certificates.ts';
import { norm, parseActive, parseFte, parseImportDate, today } from './values.ts';

export { type ImportContext, loadImportContext } from './context.ts';

const MAX_ERRORS = 1_000;

/** One valid row, resolved against the organisation, with what applying it would change. */
export type PlannedRow = {
  row: number;
  email: string;
  /** The existing employee's id, or the new one's (chosen here, so certificates can refer to it). */
  employeeId: string;
  /** The existing employee (with the fields before the import, for the audit), or null when the row creates one. */
  existing: {
    id: string;
    version: number;
    before: { firstName: string; lastName: string; jobTitle: string | null; fte: number; active: boolean };
  } | null;
  /** For new employees every field; for existing ones only the fields that change. */
  fields: {
    firstName?: string;
    lastName?: string;
    jobTitle?: string | null;
    fte?: number;
    active?: boolean;
  };
  /** Memberships to create (none that has not ended exists in that team). */
  memberships: Array<{ teamId: string; startDate: Date; fteShare: number | null }>;
  /** Levels that differ from the current ones; `current` is the open level it replaces, if any. */
  levels: Array<{ area: AreaId; level: LevelId; current: LevelId | null }>;
};

/** A site the file names that does not exist yet; its id is chosen here so rows can refer to it. */
export type PlannedSite = { id: string; name: string; row: number };
/** A team the file names at a site where it does not exist yet. */
export type PlannedTeam = { id: string; siteId: string; name: string; kind: TTeamKind; row: number };

export type ImportPlan = {
  sites: PlannedSite[];
  teams: PlannedTeam[];
  rows: PlannedRow[];
  certificates: PlannedCertificate[];
};

export type ValidationResult = {
  rows: number;
  certificateRows: number;
  errors: TImportRowError[];
  errorCount: number;
  summary: TImportSummary;
  plan: ImportPlan;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The API's own rule for single-line text: no control characters (a NUL cannot be stored). */
const ZLine = ZText({ max: 254 });

/**
 * Validates every row against the organisation without writing. Each problem names the row and
 * column; the plan (only meaningful when there are no errors) says what applying would change.
 */
export function validateImport(file: ParsedFile, context: ImportContext): ValidationResult {
  const errors: TImportRowError[] = [];
  let errorCount = 0;
  const record = (
    sheet: TImportSheet,
    row: number,
    column: string | null,
    code: TImportErrorCode,
    value: string,
  ) => {
    errorCount++;
    if (errors.length >= MAX_ERRORS) return;
    const text = message(code, value);
    errors.push({ sheet, row, column, code, message_nl: text.nl, message_en: text.en });
  };
  const fail = (row: number, column: ColumnKey | null, code: TImportErrorCode, value = '') =>
    record('employees', row, column ? headerOf(column) : null, code, value);
  const failCertificate = (
    row: number,
    column: CertificateColumnKey | null,
    code: TImportErrorCode,
    value = '',
  ) => record('certificates', row, column ? certificateHeaderOf(column) : null, code, value);

  const summary: TImportSummary = {
    newEmployees: 0,
    updatedEmployees: 0,
    newMemberships: 0,
    levelChanges: 0,
    unknownTeams: 0,
    newSites: 0,
    newTeams: 0,
    newCertificates: 0,
  };
  const certificateRows = file.certificates.rows.length;
  const hasPeople = file.columns.length > 0 || file.rows.length > 0;
  if ((hasPeople || certificateRows === 0) && !file.columns.includes('email')) {
    fail(1, 'email', 'column_missing', headerOf('email'));
    return {
      rows: file.rows.length,
      certificateRows,
      errors,
      errorCount,
      summary,
      plan: { sites: [], teams: [], rows: [], certificates: [] },
    };
  }
  if (file.rows.length === 0 && certificateRows === 0) fail(1, null, 'no_rows');

  const teamsByName = new Map<string, ImportContext['teams']>();
  for (const team of context.teams) {
    const key = norm(team.name);
    teamsByName.set(key, [...(teamsByName.get(key) ?? []), team]);
  }
  const seen = new Map<string, number>();
  const unknownTeams = new Set<string>();
  const rows: PlannedRow[] = [];
  const defaultStart = today();

  // New sites and teams, keyed by normalised name: the first row that names one decides its spelling.
  const newSites = new Map<string, PlannedSite>();
  /** The site's id; undefined (with a row error) for an archived one. */
  const siteFor = (name: string, row: number): string | undefined => {
    const key = norm(name);
    const existing = context.sites.get(key);
    if (existing?.archived) {
      fail(row, 'site', 'site_archived', existing.name);
      return undefined;
    }
    const known = existing ?? newSites.get(key);
    if (known) return known.id;
    const site = { id: randomUUID(), name: name.replace(/\s+/g, ' '), row };
    newSites.set(key, site);
    return site.id;
  };
  const teamsBySite = new Map<string, ImportContext['teams'][number]>();
  for (const team of context.teams) teamsBySite.set(`${team.siteId}|${norm(team.name)}`, team);
  const newTeams = new Map<string, PlannedTeam>();
  /** The team's id; undefined (with a row error) for an archived one. */
  const teamFor = (siteId: string, name: string, kind: TTeamKind, row: number): string | undefined => {
    const key = `${siteId}|${norm(name)}`;
    const existing = teamsBySite.get(key);
    if (existing?.archived) {
      fail(row, 'team', 'team_archived', existing.name);
      return undefined;
    }
    const known = existing?.id ?? newTeams.get(key)?.id;
    if (known) return known;
    const team = { id: randomUUID(), siteId, name: name.replace(/\s+/g, ' '), kind, row };
    newTeams.set(key, team);
    return team.id;
  };

  for (const { row, cells } of file.rows) {
    const text = (key: ColumnKey) => cellText(cells.get(key));
    const before = errorCount;

    // E-mail: the key.
    const email = importEmail(text('email'));
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

    // Site and teams: existing ones by name, new ones planned once for the whole file.
    const siteName = text('site');
    let siteId: string | undefined;
    if (siteName) {
      if (siteName.length > 200) fail(row, 'site', 'text_too_long');
      else if (!ZLine.safeParse(siteName).success) fail(row, 'site', 'text_invalid');
      else siteId = siteFor(siteName, row);
    }
    const teamNames = [...new Map(splitList(text('team')).map((name) => [norm(name), name])).values()];
    const teamIds: string[] = [];
    const kinds = splitList(text('teamKind')).map((value) => ({ value, kind: parseTeamKind(value) }));
    for (const { value, kind } of kinds) if (!kind) fail(row, 'teamKind', 'team_kind_unknown', value);
    if (kinds.length > 1 && kinds.length !== teamNames.length) {
      fail(row, 'teamKind', 'team_fte_mismatch', `${kinds.length}/${teamNames.length}`);
    }
    for (const [index, teamName] of teamNames.entries()) {
      if (teamName.length > 200) {
        fail(row, 'team', 'text_too_long');
        continue;
      }
      if (!ZLine.safeParse(teamName).success) {
        fail(row, 'team', 'text_invalid');
        continue;
      }
      if (siteName && !siteId) continue;
      if (siteId) {
        const kind = (kinds.length === 1 ? kinds[0] : kinds[index])?.kind ?? 'overig';
        const teamId = teamFor(siteId, teamName, kind, row);
        if (teamId) teamIds.push(teamId);
        continue;
      }
      const named = teamsByName.get(norm(teamName)) ?? [];
      const candidates = named.filter((team) => !team.archived);
      const archived = named.find((team) => team.archived);
      if (candidates.length === 0 && archived) {
        fail(row, 'team', 'team_archived', archived.name);
      } else if (candidates.length === 0) {
        fail(row, 'team', 'team_unknown', teamName);
        unknownTeams.add(norm(teamName));
      } else if (candidates.length > 1) {
        fail(row, 'site', 'team_ambiguous', teamName);
      } else if (candidates[0]) {
        teamIds.push(candidates[0].id);
      }
    }
    const fteShares: number[] = [];
    for (const value of splitList(text('fteShare'))) {
      const share = parseFte(value);
      if (share === undefined || !Number.isFinite(share)) fail(row, 'fteShare', 'fte_invalid', value);
      else if (share <= 0 || share > 2) fail(row, 'fteShare', 'fte_out_of_range', value);
      else fteShares.push(share);
    }
    const shareCount = splitList(text('fteShare')).length;
    if (shareCount > 1 && shareCount !== teamNames.length) {
      fail(row, 'fteShare', 'team_fte_mismatch', `${shareCount}/${teamNames.length}`);
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
    const memberships = teamIds
      .map((teamId, index) => ({
        teamId,
        startDate,
        fteShare: (fteShares.length === 1 ? fteShares[0] : fteShares[index]) ?? null,
      }))
      .filter(({ teamId }) => !(existing && context.memberships.has(`${existing.id}:${teamId}`)));

    if (!existing) summary.newEmployees++;
    else if (Object.keys(fields).length > 0) summary.updatedEmployees++;
    summary.newMemberships += memberships.length;
    summary.levelChanges += levels.length;
    rows.push({
      row,
      email,
      employeeId: existing?.id ?? randomUUID(),
      existing: existing
        ? {
            id: existing.id,
            version: existing.version,
            before: {
              firstName: existing.firstName,
              lastName: existing.lastName,
              jobTitle: existing.jobTitle,
              fte: existing.fte,
              active: existing.active,
            },
          }
        : null,
      fields,
      memberships,
      levels,
    });
  }
  const employeeIds = new Map<string, string>();
  for (const [email, employee] of context.employees) employeeIds.set(email, employee.id);
  for (const planned of rows) employeeIds.set(planned.email, planned.employeeId);
  const certificates = validateCertificates(
    file.certificates,
    context,
    { ids: employeeIds, named: new Set(seen.keys()) },
    failCertificate,
  );
  summary.unknownTeams = unknownTeams.size;
  summary.newSites = newSites.size;
  summary.newTeams = newTeams.size;
  summary.newCertificates = certificates.length;
  const plan: ImportPlan = {
    sites: errorCount === 0 ? [...newSites.values()] : [],
    teams: errorCount === 0 ? [...newTeams.values()] : [],
    rows,
    certificates: errorCount === 0 ? certificates : [],
  };
  return { rows: file.rows.length, certificateRows, errors, errorCount, summary, plan };
}
