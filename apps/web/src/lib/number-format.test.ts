import { describe, expect, it } from 'vitest';
import { formatFte, formatNumber, scoreLabel } from './vocabulary';

/** The web app's numbers go through the domain's one formatter: Dutch first ("0,9 fte"). */
describe('number formatting in the web app', () => {
  it('writes an fte the Dutch way in Dutch and the English way in English', () => {
    expect(formatFte(0.9, 'nl')).toBe('0,9');
    expect(formatFte(0.75, 'nl')).toBe('0,75');
    expect(formatFte(0.9, 'en')).toBe('0.9');
    expect(formatFte(1, 'nl')).toBe('1');
  });

  it('groups thousands and rounds averages to one decimal', () => {
    expect(formatNumber(1250, 'nl')).toBe('1.250');
    expect(formatNumber(3.46, 'nl')).toBe('3,5');
    expect(formatNumber(3.46, 'en')).toBe('3.5');
  });

  it('keeps the en dash for ranges only: a score label uses brackets', () => {
    expect(scoreLabel(3, 'nl')).toMatch(/^3 \(.+\)$/);
    expect(scoreLabel(3, 'nl')).not.toContain('–');
  });
});
