import type { TImportJob, TImportPreview, TImportRowError } from '@teamspiegel/domain/api/imports';

/** The figures the preview shows, in order: people and structure first, then certificates. */
export function summaryFigures(summary: TImportPreview['summary']) {
  return [
    ['newEmployees', summary.newEmployees],
    ['updatedEmployees', summary.updatedEmployees],
    ['newMemberships', summary.newMemberships],
    ['levelChanges', summary.levelChanges],
    ['newSites', summary.newSites],
    ['newTeams', summary.newTeams],
    ['unknownTeams', summary.unknownTeams],
    ['newCertificates', summary.newCertificates],
  ] as const;
}

/** The figures of a finished import's report. */
export function reportFigures(report: NonNullable<TImportJob['report']>) {
  return [
    ['created', report.created],
    ['updated', report.updated],
    ['memberships', report.memberships],
    ['levelChanges', report.levelChanges],
    ['sites', report.sites],
    ['teams', report.teams],
    ['certificates', report.certificates],
  ] as const;
}

/** A file may be imported when it has no errors and holds people or certificates (or both). */
export function canImport(preview: TImportPreview): boolean {
  return preview.errorCount === 0 && preview.rows + preview.certificateRows > 0;
}

/** A stable React key for an error row (the same row and column can fail in both sheets). */
export function errorKey(error: TImportRowError): string {
  return `${error.sheet}-${error.row}-${error.column}-${error.code}`;
}
