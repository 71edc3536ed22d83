import {
  AREAS,
  type AreaId,
  type CircleId,
  COMPETENCIES,
  type CompetencyId,
  type LevelId,
} from '@teamspiegel/domain';
import type { TAmbitionStatus, TAmbitionVisibility } from '@teamspiegel/domain/api/ambitions';
import { type TProfile, type TProfileUpdate, ZProfileUpdate } from '@teamspiegel/domain/api/profile';

export type ContactRow = { key: string; circle: CircleId; partnerName: string; description: string };
export type AmbitionRow = {
  key: string;
  id?: string;
  direction: 'verbreden' | 'verdiepen' | '';
  area: AreaId | '';
  targetLevel: LevelId | '';
  horizonDate: string;
  motivation: string;
  visibility: TAmbitionVisibility;
  status: TAmbitionStatus;
};
export type ProfileFormState = {
  levels: Partial<Record<AreaId, LevelId>>;
  ratings: Partial<Record<CompetencyId, number>>;
  contacts: ContactRow[];
  ambitions: AmbitionRow[];
};
/** The areas and competencies in the order they were sent: the API's error paths are by index. */
export type SentOrder = { areaOrder: AreaId[]; competencyOrder: CompetencyId[] };

let counter = 0;
/** A key for a row that has no id yet. */
export const newKey = () => `n${++counter}`;

export function initialState(profile: TProfile): ProfileFormState {
  return {
    levels: Object.fromEntries(profile.areaLevels.map((row) => [row.area, row.level])),
    ratings: Object.fromEntries(profile.competencyRatings.map((row) => [row.competency, row.score])),
    contacts: profile.surroundingsContacts.map((row) => ({
      key: row.id,
      circle: row.circle,
      partnerName: row.partnerName,
      description: row.description ?? '',
    })),
    ambitions: profile.ambitions.map((row) => ({
      key: row.id,
      id: row.id,
      direction: row.direction,
      area: row.area,
      targetLevel: row.targetLevel,
      horizonDate: row.horizonDate ?? '',
      motivation: row.motivation ?? '',
      visibility: row.visibility,
      status: row.status,
    })),
  };
}

export const emptyContact = (): ContactRow => ({
  key: newKey(),
  circle: 'partners',
  partnerName: '',
  description: '',
});

export const emptyAmbition = (): AmbitionRow => ({
  key: newKey(),
  direction: '',
  area: '',
  targetLevel: '',
  horizonDate: '',
  motivation: '',
  visibility: 'manager',
  status: 'active',
});

/** The PUT body, in a fixed order (areas and competencies in model order) so error paths map back. */
export function toPayload(state: ProfileFormState): SentOrder & { body: TProfileUpdate } {
  const areaOrder = AREAS.map((area) => area.id).filter((id) => state.levels[id]);
  const competencyOrder = COMPETENCIES.map((c) => c.id).filter((id) => state.ratings[id]);
  const body = {
    areaLevels: areaOrder.map((area) => ({ area, level: state.levels[area] as LevelId })),
    competencyRatings: competencyOrder.map((competency) => ({
      competency,
      score: state.ratings[competency] as 1 | 2 | 3 | 4 | 5,
    })),
    surroundingsContacts: state.contacts.map((row) => ({
      circle: row.circle,
      partnerName: row.partnerName.trim(),
      description: row.description.trim() || null,
    })),
    ambitions: state.ambitions.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      direction: row.direction,
      area: row.area,
      targetLevel: row.targetLevel,
      horizonDate: row.horizonDate || null,
      motivation: row.motivation.trim() || null,
      visibility: row.visibility,
      status: row.status,
    })),
  } as TProfileUpdate;
  return { body, areaOrder, competencyOrder };
}

/**
 * Client-side checks: the API's own schema (ZProfileUpdate) on the body that would be sent, so the
 * paths (and limits) are the API's and one display serves both.
 */
export function validate(state: ProfileFormState): Record<string, string> {
  const parsed = ZProfileUpdate.safeParse(toPayload(state).body);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

/** Which fields on screen the error paths (the API's or the client's) point at. */
export function fieldErrorLookup(fieldErrors: Record<string, string>, order: SentOrder) {
  const paths = Object.keys(fieldErrors);
  return {
    level: (area: AreaId) => {
      const index = order.areaOrder.indexOf(area);
      return index >= 0 && paths.some((path) => path.startsWith(`areaLevels.${index}`));
    },
    rating: (competency: CompetencyId) => {
      const index = order.competencyOrder.indexOf(competency);
      return index >= 0 && paths.some((path) => path.startsWith(`competencyRatings.${index}`));
    },
    at: (path: string) =>
      Object.hasOwn(fieldErrors, path) ||
      // A duplicate is reported on the item itself (path without a field).
      (path.endsWith('.partnerName') && Object.hasOwn(fieldErrors, path.replace(/\.partnerName$/, ''))),
  };
}
export type FieldErrorLookup = ReturnType<typeof fieldErrorLookup>;

/** A new ambition, or one whose area, level or status differs from what was saved. */
export function unsavedTarget(profile: TProfile, row: AmbitionRow) {
  const saved = profile.ambitions.find((ambition) => ambition.id === row.id);
  return (
    !saved || saved.area !== row.area || saved.targetLevel !== row.targetLevel || saved.status !== row.status
  );
}

export function withLevel(state: ProfileFormState, area: AreaId, value: string): ProfileFormState {
  return { ...state, levels: { ...state.levels, [area]: (value || undefined) as LevelId | undefined } };
}

export function withRating(
  state: ProfileFormState,
  competency: CompetencyId,
  value: string,
): ProfileFormState {
  return { ...state, ratings: { ...state.ratings, [competency]: value ? Number(value) : undefined } };
}

export function withContact(
  state: ProfileFormState,
  key: string,
  patch: Partial<ContactRow>,
): ProfileFormState {
  return { ...state, contacts: state.contacts.map((row) => (row.key === key ? { ...row, ...patch } : row)) };
}

export function withAmbition(
  state: ProfileFormState,
  key: string,
  patch: Partial<AmbitionRow>,
): ProfileFormState {
  return {
    ...state,
    ambitions: state.ambitions.map((row) => (row.key === key ? { ...row, ...patch } : row)),
  };
}
