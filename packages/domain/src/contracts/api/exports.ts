import { z } from 'zod';
import { ZId } from './common.js';

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

/** GET /api/exports/certificates: people's certificates (history kept) as XLSX or CSV. */
export const ZCertificateExportQuery = z.object({
  format: ZExportFormat.default('xlsx'),
  locale: ZExportLocale.default('nl'),
});
export type TCertificateExportQuery = z.infer<typeof ZCertificateExportQuery>;
