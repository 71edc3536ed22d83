/** The parts of GET /api/me/profile the tests read. */
export type Profile = {
  employee: { id: string };
  version: number;
  areaLevels: Array<{ id: string; area: string; level: string; status: string; isCurrent: boolean }>;
  competencyRatings: Array<{ id: string; competency: string; score: number }>;
  surroundingsContacts: Array<{
    id: string;
    circle: string;
    partnerName: string;
    description: string | null;
  }>;
  ambitions: Array<{
    id: string;
    direction: string;
    area: string;
    targetLevel: string;
    horizonDate: string | null;
    motivation: string | null;
    visibility: string;
    status: string;
  }>;
  roleAssignments: Array<{ key: string }>;
  teams: Array<{ id: string; name: string }>;
};

/** The PUT body that leaves a profile as it is. */
export function unchanged(profile: Profile) {
  return {
    areaLevels: profile.areaLevels.map(({ area, level }) => ({ area, level })),
    competencyRatings: profile.competencyRatings.map(({ competency, score }) => ({ competency, score })),
    surroundingsContacts: profile.surroundingsContacts.map(({ circle, partnerName, description }) => ({
      circle,
      partnerName,
      description,
    })),
    ambitions: profile.ambitions.map(
      ({ id, direction, area, targetLevel, horizonDate, motivation, visibility, status }) => ({
        id,
        direction,
        area,
        targetLevel,
        horizonDate,
        motivation,
        visibility,
        status,
      }),
    ),
  };
}
