import { describe, expect, it } from 'vitest';
import { member } from '../../test/builders.js';
import { ROLE_CATALOGUE } from '../model/roles.js';
import { qualifiesForRole } from './qualifies-for-role.js';

const role = (id: string) => {
  const found = ROLE_CATALOGUE.find((r) => r.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('qualifiesForRole', () => {
  it('qualifies when every area and competency minimum is met (higher levels count)', () => {
    const m = member('a', {
      levels: { didactiek: 'expert', pedagogiek: 'starter' },
      competencies: { ontwikkelingsgerichtheid: 5 },
    });
    expect(qualifiesForRole(m, role('leerkracht'))).toEqual({ qualifies: true, missing: [] });
  });

  it('lists what is missing, areas first, with the actual level or score', () => {
    const m = member('a', {
      levels: { organisatie_samenwerking: 'ervaren' },
      competencies: { ondernemende_houding: 3 },
    });
    expect(qualifiesForRole(m, role('directeur'))).toEqual({
      qualifies: false,
      missing: [
        { area: 'organisatie_samenwerking', required: 'expert', actual: 'ervaren' },
        { area: 'professionele_versterking', required: 'ervaren', actual: null },
        { competency: 'ondernemende_houding', required: 4, actual: 3 },
        { competency: 'moreel_ethisch_handelen', required: 4, actual: null },
      ],
    });
  });

  it('an any-role (stagiaire) needs one area; when none is met all are listed', () => {
    expect(
      qualifiesForRole(member('a', { levels: { verzorging: 'in_opleiding' } }), role('stagiaire')).qualifies,
    ).toBe(true);
    // Being beyond training is not being in training (docs/coverage-rules.md, rule 3).
    expect(
      qualifiesForRole(
        member('c', { levels: { verzorging: 'starter', didactiek: 'expert' } }),
        role('stagiaire'),
      ).qualifies,
    ).toBe(false);
    const none = qualifiesForRole(member('b'), role('stagiaire'));
    expect(none.qualifies).toBe(false);
    expect(none.missing).toHaveLength(8);
  });
});
