import { z } from 'zod';
import { ZId, ZIsoDateTime, ZPageQuery } from './common.js';

/**
 * HR import of employees, sites, teams, team memberships, levels and certificates from an XLSX or CSV file.
 * Preview validates every row without writing; the commit runs as a job (all-or-nothing).
 */
export const ZImportFormat = z.enum(['xlsx', 'csv']);
export type TImportFormat = z.infer<typeof ZImportFormat>;

export const ZImportTemplateQuery = z.object({
  format: ZImportFormat.default('xlsx'),
});

/**
 * The upload: multipart/form-data with the file in the field `file` (documented here; the API
 * reads the part itself, so the schema accepts an absent JSON body).
 */
export const ZImportUpload = z
  .object({ file: z.any().describe('The .xlsx or .csv file (multipart/form-data), at most 5 MB') })
  .nullish();

/** Stable codes of row-level problems (the web app may translate them; the API sends nl and en). */
export const ZImportErrorCode = z.enum([
  'column_missing',
  'no_rows',
  'too_many_rows',
  'email_missing',
  'email_invalid',
  'email_duplicate',
  'name_missing',
  'fte_invalid',
  'fte_out_of_range',
  'active_invalid',
  'level_unknown',
  'team_unknown',
  'team_ambiguous',
  'site_unknown',
  'site_archived',
  'team_archived',
  'team_kind_unknown',
  'team_fte_mismatch',
  'date_invalid',
  'text_too_long',
  'text_invalid',
  // The sheet (or CSV section) "Certificaten".
  'employee_unknown',
  'certificate_code_missing',
  'certificate_unknown',
  'obtained_on_missing',
  'expiry_before_obtained',
  'certificate_duplicate',
]);
export type TImportErrorCode = z.infer<typeof ZImportErrorCode>;

/** The part of the file a row belongs to: the people (sheet "Medewerkers") or "Certificaten". */
export const ZImportSheet = z.enum(['employees', 'certificates']);
export type TImportSheet = z.infer<typeof ZImportSheet>;

export const ZImportRowError = z.object({
  sheet: ZImportSheet,
  /** Row number in its sheet (the header is row 1, the first data row 2; in a CSV, the file's line). */
  row: z.number().int(),
  /** The column header as in the template, or null for a whole-file problem. */
  column: z.string().nullable(),
  code: ZImportErrorCode,
  message_nl: z.string(),
  message_en: z.string(),
});
export type TImportRowError = z.infer<typeof ZImportRowError>;

export const ZImportSummary = z.object({
  newEmployees: z.number().int(),
  updatedEmployees: z.number().int(),
  newMemberships: z.number().int(),
  levelChanges: z.number().int(),
  unknownTeams: z.number().int(),
  /** Sites (locaties) and teams the file names that do not exist yet: the import creates them. */
  newSites: z.number().int(),
  newTeams: z.number().int(),
  /** Certificates the import records; one already held (same person, type and date) is not counted. */
  newCertificates: z.number().int(),
});
export type TImportSummary = z.infer<typeof ZImportSummary>;

export const ZImportPreview = z.object({
  format: ZImportFormat,
  /** Number of person rows in the file (blank rows skipped). */
  rows: z.number().int(),
  /** Number of certificate rows (sheet or section "Certificaten"). */
  certificateRows: z.number().int(),
  /** At most the first 1,000 errors; `errorCount` counts all of them. */
  errors: z.array(ZImportRowError),
  errorCount: z.number().int(),
  summary: ZImportSummary,
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportJobStatus = z.enum(['queued', 'running', 'completed', 'failed']);
export type TImportJobStatus = z.infer<typeof ZImportJobStatus>;

export const ZImportReport = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  memberships: z.number().int(),
  levelChanges: z.number().int(),
  /** Sites and teams the import created. */
  sites: z.number().int(),
  teams: z.number().int(),
  /** Certificates recorded (validated, as when hr enters one). */
  certificates: z.number().int(),
  durationMs: z.number().int(),
});
export type TImportReport = z.infer<typeof ZImportReport>;

export const ZImportJob = z.object({
  id: ZId,
  status: ZImportJobStatus,
  fileName: z.string(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  /** Set when the job completed. */
  report: ZImportReport.nullable(),
  /** Validation errors when the job failed on them (nothing was written); at most 1,000. */
  errors: z.array(ZImportRowError),
  errorCount: z.number().int(),
  /** A short reason when the job failed. */
  error: z.string().nullable(),
  createdByUserId: ZId.nullable(),
  createdAt: ZIsoDateTime,
  finishedAt: ZIsoDateTime.nullable(),
});
export type TImportJob = z.infer<typeof ZImportJob>;

export const ZImportStarted = z.object({ jobId: ZId });
export type TImportStarted = z.infer<typeof ZImportStarted>;

export const ZImportJobListQuery = ZPageQuery.extend({
  status: ZImportJobStatus.optional(),
});
export type TImportJobListQuery = z.infer<typeof ZImportJobListQuery>;
