import type { TTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';
import { describe, expect, it } from 'vitest';
import {
  blankLine,
  describeLine,
  type EditorLine,
  errorPathFor,
  fieldErrorMessageKey,
  fingerprint,
  linesOfKind,
  mapServerErrors,
  orderedLines,
  suggestedTemplateId,
  validateLines,
  withKeys,
  withoutKeys,
} from './editor-model';

const ROLE_ID = '0b7a3c52-6c1e-5d2a-9f3b-1a2b3c4d5e6f';
const circle: TTeamRequirementLine = { kind: 'circle', circle: 'buurt', count: 1 };
const area: TTeamRequirementLine = { kind: 'area', area: 'didactiek', minLevel: 'expert', count: 2 };
const role: TTeamRequirementLine = { kind: 'role', roleDefinitionId: ROLE_ID, count: 3 };

describe('keys', () => {
  it('are deterministic per generation and index, and dropped again before sending', () => {
    const keyed = withKeys([circle, area], 4);
    expect(keyed.map((l) => l.key)).toEqual(['r4-0', 'r4-1']);
    expect(withoutKeys(keyed)).toEqual([area, circle]);
  });
});

describe('order and fingerprint', () => {
  it('orders lines by kind (area, role, competency, circle, certificate), stable within a kind', () => {
    const second: TTeamRequirementLine = { ...area, area: 'pedagogiek' };
    expect(orderedLines([circle, area, role, second])).toEqual([area, second, role, circle]);
  });

  it('does not see a change when only the kinds were interleaved differently', () => {
    expect(fingerprint([circle, area])).toBe(fingerprint([area, circle]));
    expect(fingerprint([area, circle])).not.toBe(fingerprint([{ ...area, count: 3 }, circle]));
  });

  it('picks the lines of one kind', () => {
    const keyed = withKeys([circle, area, role], 0);
    expect(linesOfKind(keyed, 'area').map((l) => l.key)).toEqual(['r0-1']);
  });
});

describe('blankLine', () => {
  it('starts a role line with the first role, or none when there are no roles', () => {
    expect(blankLine('role', [{ id: ROLE_ID, label: 'Leerkracht' }])).toEqual({
      kind: 'role',
      roleDefinitionId: ROLE_ID,
      count: 1,
    });
    expect(blankLine('role', [])).toMatchObject({ roleDefinitionId: '' });
  });
});

describe('validateLines', () => {
  const line = (l: TTeamRequirementLine, key: string): EditorLine => ({ ...l, key });

  it('accepts valid lines', () => {
    expect(validateLines([line(area, 'a'), line(role, 'b')])).toEqual({});
  });

  it('marks a count outside 0–50 or not whole, by line key, with the path the API would name', () => {
    const sent = [line(area, 'a'), line({ ...circle, count: 51 }, 'b'), line({ ...circle, count: 1.5 }, 'c')];
    expect(validateLines(sent)).toEqual({
      'b.count': 'requirements.1.count',
      'c.count': 'requirements.2.count',
    });
    expect(validateLines([line({ ...circle, count: Number.NaN }, 'x')])).toEqual({
      'x.count': 'requirements.0.count',
    });
  });

  it('marks a role line without a role', () => {
    expect(validateLines([line({ ...role, roleDefinitionId: '' }, 'r')])).toEqual({
      'r.roleDefinitionId': 'requirements.0.roleDefinitionId',
    });
  });
});

describe('errors from the API', () => {
  const sent = withKeys([area, role], 2);

  it('map to the line sent at that index, a bare line path to the whole line, others to the form', () => {
    const errors = mapServerErrors(
      { 'requirements.1.roleDefinitionId': 'x', 'requirements.0': 'y', requirements: 'z' },
      sent,
    );
    expect(errors).toEqual({
      'r2-1.roleDefinitionId': 'requirements.1.roleDefinitionId',
      'r2-0.line': 'requirements.0',
      form: 'requirements',
    });
  });

  it('a line-wide error marks every field of it but the count', () => {
    const errors = { 'k.line': 'requirements.0' };
    expect(errorPathFor(errors, 'k', 'area')).toBe('requirements.0');
    expect(errorPathFor(errors, 'k', 'count')).toBeUndefined();
    expect(errorPathFor({ 'k.count': 'requirements.0.count' }, 'k', 'count')).toBe('requirements.0.count');
  });

  it('names the message of a field', () => {
    expect(fieldErrorMessageKey('count')).toBe('count');
    expect(fieldErrorMessageKey('roleDefinitionId')).toBe('role');
    expect(fieldErrorMessageKey('area')).toBe('generic');
  });
});

describe('describeLine', () => {
  it('puts a line in words in the chosen language', () => {
    expect(describeLine(area, 'nl', () => '')).toBe('(Vak)didactiek ≥ Expert');
    expect(describeLine(role, 'nl', (id) => (id === ROLE_ID ? 'Leerkracht' : '?'))).toBe('Leerkracht');
    expect(
      describeLine({ kind: 'competency', competency: 'creativiteit', minScore: 3, count: 1 }, 'en', () => ''),
    ).toMatch(/≥ 3$/);
  });
});

describe('suggestedTemplateId', () => {
  it('prefers the template of the team kind, else the first, else none', () => {
    const templates = [
      { id: 'a', teamKind: 'bso' },
      { id: 'b', teamKind: 'peuter' },
    ];
    expect(suggestedTemplateId(templates, 'peuter')).toBe('b');
    expect(suggestedTemplateId(templates, 'zorgteam')).toBe('a');
    expect(suggestedTemplateId([], 'bso')).toBe('');
  });
});
