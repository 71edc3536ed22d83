import { AREAS } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { wrapAxisLabel } from './axis-label';

describe('wrapAxisLabel', () => {
  it('keeps every word of the longest area label (the T-shape used to drop "team")', () => {
    const lines = wrapAxisLabel('Professionele versterking van medewerker en team', 15);
    expect(lines.join(' ')).toBe('Professionele versterking van medewerker en team');
    expect(lines).toEqual(['Professionele', 'versterking', 'van medewerker', 'en team']);
  });

  it('never leaves a connector alone on a line', () => {
    expect(wrapAxisLabel('Organisation & collaboration', 15)).toEqual(['Organisation', '& collaboration']);
    expect(wrapAxisLabel('Psychology / remedial education', 15)).toEqual([
      'Psychology /',
      'remedial',
      'education',
    ]);
    expect(wrapAxisLabel('Psychologie/orthopedagogiek', 15)).toEqual(['Psychologie/', 'orthopedagogiek']);
  });

  it('loses no word of any area label in either language', () => {
    for (const area of AREAS) {
      for (const text of [area.label.nl, area.label.en]) {
        const lines = wrapAxisLabel(text, 15);
        expect(lines.join(' ').replace(/\/ /g, '/'), text).toBe(text.replace(/ \/ /g, ' /'));
        expect(lines.length).toBeLessThanOrEqual(4);
      }
    }
  });
});
