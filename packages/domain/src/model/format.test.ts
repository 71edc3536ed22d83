import { describe, expect, it } from 'vitest';
import { formatFte, formatNumber } from './format.js';

describe('formatNumber and formatFte', () => {
  it('writes Dutch numbers the Dutch way and English ones the English way', () => {
    expect(formatNumber(0.9, 'nl')).toBe('0,9');
    expect(formatNumber(1250, 'nl')).toBe('1.250');
    expect(formatNumber(1250.46, 'en')).toBe('1,250.5');
    expect(formatNumber(2.345, 'nl', 2)).toBe('2,35');
  });

  it('adds the unit: "0,9 fte" in Dutch, "0.9 FTE" in English', () => {
    expect(formatFte(0.9, 'nl')).toBe('0,9 fte');
    expect(formatFte(1, 'nl')).toBe('1 fte');
    expect(formatFte(0.75, 'en')).toBe('0.75 FTE');
  });
});
