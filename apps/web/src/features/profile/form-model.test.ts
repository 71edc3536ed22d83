import type { TProfile } from '@teamspiegel/domain/api/profile';
import { describe, expect, it } from 'vitest';
import {
  emptyAmbition,
  emptyContact,
  fieldErrorLookup,
  initialState,
  type ProfileFormState,
  toPayload,
  unsavedTarget,
  validate,
  withLevel,
} from './form-model';

const profile = {
  areaLevels: [{ area: 'pedagogiek', level: 'ervaren' }],
  competencyRatings: [{ competency: 'samenwerkingsgerichtheid', score: 4 }],
  surroundingsContacts: [
    {
      id: '7d0c1b8e-4f5a-4c3b-9a2e-1f6d8c9b0a12',
      circle: 'partners',
      partnerName: 'Bibliotheek',
      description: null,
    },
  ],
  ambitions: [
    {
      id: '7d0c1b8e-4f5a-4c3b-9a2e-1f6d8c9b0a11',
      direction: 'verdiepen',
      area: 'pedagogiek',
      targetLevel: 'expert',
      horizonDate: null,
      motivation: null,
      visibility: 'manager',
      status: 'active',
    },
  ],
} as unknown as TProfile;

const state = (patch: Partial<ProfileFormState> = {}) => ({ ...initialState(profile), ...patch });

describe('profile form model', () => {
  it('round-trips a saved profile into the same body, areas in model order', () => {
    const { body, areaOrder } = toPayload(withLevel(state(), 'didactiek', 'starter'));
    expect(areaOrder).toEqual(['didactiek', 'pedagogiek']);
    expect(body.surroundingsContacts).toEqual([
      { circle: 'partners', partnerName: 'Bibliotheek', description: null },
    ]);
    expect(body.ambitions[0]).toMatchObject({
      id: '7d0c1b8e-4f5a-4c3b-9a2e-1f6d8c9b0a11',
      horizonDate: null,
      motivation: null,
    });
    expect(validate(state())).toEqual({});
  });

  it('checks with the API schema: an empty or too long partner name, a duplicate, a half-filled ambition', () => {
    const contacts = [
      { ...emptyContact(), partnerName: ' ' },
      { ...emptyContact(), partnerName: 'x'.repeat(201) },
      { ...emptyContact(), partnerName: 'GGD' },
      { ...emptyContact(), partnerName: 'GGD ' },
    ];
    const errors = validate(state({ contacts, ambitions: [emptyAmbition()] }));
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining([
        'surroundingsContacts.0.partnerName',
        'surroundingsContacts.1.partnerName',
        'surroundingsContacts.3',
        'ambitions.0.direction',
        'ambitions.0.area',
        'ambitions.0.targetLevel',
      ]),
    );
    expect(Object.keys(errors).some((path) => path.startsWith('surroundingsContacts.2'))).toBe(false);
  });

  it('maps index paths back to the fields on screen, a duplicate to its partner name', () => {
    const lookup = fieldErrorLookup(
      { 'areaLevels.1.level': 'x', 'surroundingsContacts.2': 'twice' },
      { areaOrder: ['didactiek', 'pedagogiek'], competencyOrder: [] },
    );
    expect(lookup.level('pedagogiek')).toBe(true);
    expect(lookup.level('didactiek')).toBe(false);
    expect(lookup.rating('samenwerkingsgerichtheid')).toBe(false);
    expect(lookup.at('surroundingsContacts.2.partnerName')).toBe(true);
    expect(lookup.at('surroundingsContacts.2.description')).toBe(false);
  });

  it('previews an ambition only when it is new or its target or status changed', () => {
    const [saved] = state().ambitions;
    if (!saved) throw new Error('fixture has an ambition');
    expect(unsavedTarget(profile, saved)).toBe(false);
    expect(unsavedTarget(profile, { ...saved, targetLevel: 'ervaren' })).toBe(true);
    expect(unsavedTarget(profile, emptyAmbition())).toBe(true);
  });
});
