import { CIRCLES, COMPETENCIES } from '@teamspiegel/domain';
import type { TPlanGap } from '@teamspiegel/domain/api/development-plan';

/** Dutch title of a hire aimed at a role, competency, surroundings or certificate gap. */
export function hireTitle(gap: TPlanGap, teamName: string): string {
  const subject =
    gap.kind === 'role'
      ? (gap.roleLabel?.nl ?? 'rol')
      : gap.kind === 'competency'
        ? `competentie ${COMPETENCIES.find((item) => item.id === gap.competency)?.label.nl ?? gap.competency}`
        : gap.kind === 'certificate'
          ? `met ${gap.certificateLabel?.nl ?? 'certificaat'}`
          : `contact met ${CIRCLES.find((item) => item.id === gap.circle)?.label.nl ?? gap.circle}`;
  return `Werving ${subject} voor ${teamName}`.slice(0, 300);
}
