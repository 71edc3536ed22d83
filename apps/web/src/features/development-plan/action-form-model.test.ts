import { describe, expect, it } from 'vitest';
import { centsToInput, editPayload, parseEuros } from './action-form-model';

describe('parseEuros', () => {
  it('reads Dutch and plain amounts as cents', () => {
    expect(parseEuros('1.250,50')).toBe(125_050);
    expect(parseEuros('€ 12,5')).toBe(1_250);
    expect(parseEuros('1250.50')).toBe(125_050);
    expect(parseEuros('1.250')).toBe(125_000);
    expect(parseEuros('0')).toBe(0);
    expect(parseEuros('  ')).toBeNull();
  });
  it('refuses what is not an amount', () => {
    expect(parseEuros('twaalf')).toBe('invalid');
    expect(parseEuros('-5')).toBe('invalid');
    expect(parseEuros('1,234')).toBe('invalid');
  });
  it('round-trips through the edit field', () => {
    expect(centsToInput(125_050, 'nl')).toBe('1250,50');
    expect(centsToInput(125_050, 'en')).toBe('1250.50');
    expect(parseEuros(centsToInput(125_050, 'nl'))).toBe(125_050);
    expect(centsToInput(null, 'nl')).toBe('');
  });
});

describe('editPayload', () => {
  const fields = {
    provider: ' Academie Noord ',
    cost: '1.250,50',
    startDate: '2027-01-10',
    expectedEndDate: '',
    notes: '',
    status: 'planned',
  };
  it('sends every edited field, empty ones as null, and the status only when it changes', () => {
    expect(editPayload(fields, 'planned')).toEqual({
      ok: true,
      body: {
        provider: 'Academie Noord',
        costCents: 125_050,
        startDate: '2027-01-10',
        expectedEndDate: null,
        notes: null,
      },
    });
    const started = editPayload({ ...fields, status: 'in_progress' }, 'planned');
    expect(started.ok && started.body.status).toBe('in_progress');
  });
  it('names the field that is wrong', () => {
    expect(editPayload({ ...fields, cost: 'veel' }, 'planned')).toEqual({
      ok: false,
      fieldErrors: { costCents: 'invalid' },
    });
    expect(editPayload({ ...fields, startDate: '10-01-2027' }, 'planned')).toMatchObject({
      ok: false,
      fieldErrors: { startDate: 'invalid' },
    });
  });
});
