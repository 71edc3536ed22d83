import type { AreaId } from '@teamspiegel/domain';
import type { ArchetypeKey, LevelProfile, Seniority } from './archetypes.ts';
import type { PersonName } from './names.ts';

/** Per team: how many people of which archetype and seniority. */
export type Roster = Array<[ArchetypeKey, Seniority, number]>;

export type TeamSlot = { team: string; roleInTeam?: string; monthsAgo?: number };

/** One person to seed: hand-made story people fill in most fields, roster people only the archetype. */
export type PersonSpec = {
  key: string;
  name?: PersonName;
  archetype?: ArchetypeKey;
  seniority?: Seniority;
  jobTitle?: string;
  fte?: number;
  teams: TeamSlot[];
  /** Levels that replace or add to the archetype's (0 removes an area). */
  levels?: LevelProfile;
  /** Catalogue role keys with the team the role is held in; defaults to the archetype's roles. */
  roles?: Array<{ role: string; team?: string }>;
  /** Areas whose current row is a self-assessment awaiting validation (earlier validated row closed). */
  selfAssessed?: AreaId[];
  /** Areas with an earlier, lower validated level (closed). */
  grewIn?: AreaId[];
  /** Skip the random history and self-assessments, for hand-made story people. */
  exact?: boolean;
  startYearsAgo?: number;
};

/** A seeded person as the tenant modules see it after adding them. */
export type PersonState = {
  id: string;
  key: string;
  name: PersonName;
  archetype: ArchetypeKey | null;
  teams: string[];
  levels: LevelProfile;
};
