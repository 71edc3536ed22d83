import { z } from 'zod';
import { ZExportLocale } from './exports.js';

/** `GET /api/reports/board.pdf?locale=nl`: the board report as an A4 PDF, in Dutch by default. */
export const ZBoardReportQuery = z.object({
  locale: ZExportLocale.default('nl'),
});
export type TBoardReportQuery = z.infer<typeof ZBoardReportQuery>;
