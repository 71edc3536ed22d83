import { z } from 'zod';
import { ZId, ZIsoDateTime } from './common.js';

/** Downloads of coverage (XLSX with several sheets, or CSV with one part per file). */
export const ZExportFormat = z.enum(['xlsx', 'csv']);
export type TExportFormat = z.infer<typeof ZExportFormat>;

/** Language of headers and labels in the file; Dutch by default. */
export const ZExportLocale = z.enum(['nl', 'en']);

export const ZOrganisationCoverageExportQuery = z.object({
  format: ZExportFormat.default('xlsx'),
  siteId: ZId.optional(),
  /** CSV holds one table: the teams × areas matrix (default) or the ranked gaps. */
  part: z.enum(['matrix', 'gaps']).default('matrix'),
  locale: ZExportLocale.default('nl'),
});
export type TOrganisationCoverageExportQuery = z.infer<typeof ZOrganisationCoverageExportQuery>;

export const ZTeamCoverageExportQuery = z.object({
  format: ZExportFormat.default('xlsx'),
  locale: ZExportLocale.default('nl'),
});
export type TTeamCoverageExportQuery = z.infer<typeof ZTeamCoverageExportQuery>;

/**
 * Exports as durable jobs (`POST /api/exports` → 202): the organisation's coverage (XLSX/CSV),
 * one team's coverage, or the board report (PDF). The file is kept for a day, for its creator only.
 */
export const ZExportJobKind = z.enum(['organisation_coverage', 'team_coverage', 'board_report']);
export type TExportJobKind = z.infer<typeof ZExportJobKind>;

export const ZExportJobStart = z.discriminatedUnion('kind', [
  ZOrganisationCoverageExportQuery.extend({ kind: z.literal('organisation_coverage') }),
  ZTeamCoverageExportQuery.extend({ kind: z.literal('team_coverage'), teamId: ZId }),
  z.object({ kind: z.literal('board_report'), locale: ZExportLocale.default('nl') }),
]);
export type TExportJobStart = z.infer<typeof ZExportJobStart>;

export const ZExportJobStatus = z.enum(['queued', 'running', 'completed', 'failed']);
export type TExportJobStatus = z.infer<typeof ZExportJobStatus>;

export const ZExportJob = z.object({
  id: ZId,
  kind: ZExportJobKind,
  format: z.enum(['xlsx', 'csv', 'pdf']),
  status: ZExportJobStatus,
  /** 0–100. */
  progress: z.number().int().min(0).max(100),
  /** Set once completed. */
  fileName: z.string().nullable(),
  byteSize: z.number().int().nullable(),
  /** A short reason when the job failed. */
  error: z.string().nullable(),
  createdAt: ZIsoDateTime,
  finishedAt: ZIsoDateTime.nullable(),
  /** The file is dropped after this moment. */
  expiresAt: ZIsoDateTime,
});
export type TExportJob = z.infer<typeof ZExportJob>;
/** GET /api/exports/certificates: people's certificates (history kept) as XLSX or CSV. */
export const ZCertificateExportQuery = z.object({
  format: ZExportFormat.default('xlsx'),
  locale: ZExportLocale.default('nl'),
});
export type TCertificateExportQuery = z.infer<typeof ZCertificateExportQuery>;
