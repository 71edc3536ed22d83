import { describe, expect, it } from 'vitest';
import { ZDateInput, ZDateTimeInput, ZMultilineText, ZText } from './common.js';
import { ZEmployeeCreate } from './employees.js';
import { ZSiteListQuery } from './sites.js';

describe('shared text schemas', () => {
  const name = ZText({ min: 1, max: 50 });
  const note = ZMultilineText({ max: 200 });

  it('refuse every control character in single-line text (names, search terms)', () => {
    for (const control of ['\u0000', '\u0001', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(name.safeParse(`Jan${control}sen`).success, JSON.stringify(control)).toBe(false);
    }
    expect(name.parse('  Jan de Vries-Ölçer  ')).toBe('Jan de Vries-Ölçer');
  });

  it('allow tabs and line breaks in multi-line text, but no other control character', () => {
    expect(note.parse('regel 1\nregel 2\r\n\tingesprongen')).toBe('regel 1\nregel 2\r\n\tingesprongen');
    for (const control of ['\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0090']) {
      expect(note.safeParse(`a${control}b`).success, JSON.stringify(control)).toBe(false);
    }
  });

  it('are what the contracts use: a NUL in a name or a search filter is refused before any query', () => {
    const employee = { firstName: 'A\u0000', lastName: 'B', email: 'a@example.nl' };
    expect(ZEmployeeCreate.safeParse(employee).success).toBe(false);
    expect(ZSiteListQuery.safeParse({ q: 'x\u0000' }).success).toBe(false);
    expect(ZSiteListQuery.safeParse({ q: 'Utrecht' }).success).toBe(true);
  });
});

describe('input dates', () => {
  it('lie between 1900 and 2100', () => {
    expect(ZDateInput.safeParse('0000-01-01').success).toBe(false);
    expect(ZDateInput.safeParse('1899-12-31').success).toBe(false);
    expect(ZDateInput.safeParse('1900-01-01').success).toBe(true);
    expect(ZDateInput.safeParse('2100-12-31').success).toBe(true);
    expect(ZDateInput.safeParse('2101-01-01').success).toBe(false);
    expect(ZDateTimeInput.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(ZDateTimeInput.safeParse('2026-12-06T10:00:00+01:00').success).toBe(true);
  });
});
