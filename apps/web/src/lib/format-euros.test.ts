import { describe, expect, it } from 'vitest';
import { formatEuros } from './vocabulary';

describe('formatEuros', () => {
  it('writes amounts the Dutch way in Dutch and the English way in English', () => {
    expect(formatEuros(125_050, 'nl').replace(/\s/g, ' ')).toBe('€ 1.250,50');
    expect(formatEuros(125_050, 'en')).toBe('€1,250.50');
    expect(formatEuros(0, 'nl').replace(/\s/g, ' ')).toBe('€ 0,00');
  });
});
