import type { TImportPreview } from '@teamspiegel/domain/api/imports';
import { describe, expect, it } from 'vitest';
import { canImport, errorKey, summaryFigures } from './view-model';

const preview = (over: Partial<TImportPreview>): TImportPreview => ({
  format: 'csv',
  rows: 0,
  certificateRows: 0,
  errors: [],
  errorCount: 0,
  summary: {
    newEmployees: 0,
    updatedEmployees: 0,
    newMemberships: 0,
    levelChanges: 0,
    unknownTeams: 0,
    newSites: 0,
    newTeams: 0,
    newCertificates: 3,
  },
  ...over,
});

describe('import view model', () => {
  it('a file with only certificates can be imported; an empty or faulty one cannot', () => {
    expect(canImport(preview({ certificateRows: 3 }))).toBe(true);
    expect(canImport(preview({ rows: 2 }))).toBe(true);
    expect(canImport(preview({}))).toBe(false);
    expect(canImport(preview({ rows: 2, certificateRows: 3, errorCount: 1 }))).toBe(false);
  });

  it('shows the new certificates last among the figures', () => {
    expect(summaryFigures(preview({}).summary).at(-1)).toEqual(['newCertificates', 3]);
  });

  it('keys errors by sheet, so the same row in both sheets stays apart', () => {
    const error = {
      row: 2,
      column: 'e-mail',
      code: 'email_missing',
      message_nl: '',
      message_en: '',
    } as const;
    expect(errorKey({ ...error, sheet: 'employees' })).not.toBe(
      errorKey({ ...error, sheet: 'certificates' }),
    );
  });
});
