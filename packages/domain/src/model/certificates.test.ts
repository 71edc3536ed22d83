import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  CERTIFICATE_CATALOGUE,
  CERTIFICATE_CODE_PATTERN,
  certificateExpiry,
  certificateProjectionHorizon,
  certificateStatus,
  certificateValidOn,
} from './certificates.js';

describe('certificate rules', () => {
  it('adds months by the calendar, clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('a certificate obtained on 29 February with 12 months validity is valid through 27 February', () => {
    expect(certificateExpiry('2024-02-29', 12)).toBe('2025-02-27');
  });

  it('counts from the day obtained through the last valid day', () => {
    const certificate = { obtainedOn: '2026-01-10', expiresOn: '2026-12-31' };
    expect(certificateValidOn(certificate, '2026-01-09')).toBe(false);
    expect(certificateValidOn(certificate, '2026-01-10')).toBe(true);
    expect(certificateValidOn(certificate, '2026-12-31')).toBe(true);
    expect(certificateValidOn(certificate, '2027-01-01')).toBe(false);
    expect(certificateValidOn({ obtainedOn: '2020-01-01', expiresOn: null }, '2040-01-01')).toBe(true);
  });

  it('a certificate counts as projected exactly when it is not expiring', () => {
    const on = '2026-12-06';
    const horizon = certificateProjectionHorizon(on);
    for (let days = 0; days < 120; days++) {
      const expiresOn = addDays(on, days);
      expect(certificateStatus(expiresOn, on) === 'expiring').toBe(expiresOn < horizon);
    }
  });

  it("the sector's catalogue has the usual entries with valid codes and nl/en labels", () => {
    const codes = CERTIFICATE_CATALOGUE.map((entry) => entry.code);
    expect(codes).toEqual([
      'kinder-ehbo',
      'bhv',
      'vve',
      'vog-personenregister',
      'taalniveau-3f',
      'diploma-cao-kinderopvang',
      'bevoegdheid',
    ]);
    for (const entry of CERTIFICATE_CATALOGUE) {
      expect(entry.code).toMatch(CERTIFICATE_CODE_PATTERN);
      expect(entry.label.nl.length).toBeGreaterThan(0);
      expect(entry.label.en.length).toBeGreaterThan(0);
      expect(entry.renewalRequired).toBe(entry.validityMonths !== null);
    }
  });
});
