import { type AreaId, type DevelopmentActionType, LEVEL_RANK, type LevelId } from '@teamspiegel/domain';
import type { TCandidateView } from '@teamspiegel/domain/api/coverage';
import { areaLabel, levelLabel } from '@/lib/vocabulary';

/** What one click on a gap plans: an action for the best candidate, or hiring when there is none. */
export type GapPlan = {
  type: DevelopmentActionType;
  employeeId: string | null;
  employeeName: string | null;
  /** Why this person: their ambition points here, or they are one level below. */
  reason: 'ambition' | 'one_level_below' | null;
};

/**
 * The best candidate who is not already in the plan. An ambition aimed at the area comes first
 * (coaching when they are one level below, training when the step is bigger); someone exactly
 * one level below without an ambition gets training. Nobody: hiring (werving).
 */
export function planForGap(candidates: readonly TCandidateView[], minLevel: LevelId): GapPlan {
  const best = candidates.find((c) => c.reason === 'ambition' || c.reason === 'one_level_below');
  if (!best) return { type: 'werving', employeeId: null, employeeName: null, reason: null };
  const currentRank = best.currentLevel ? LEVEL_RANK[best.currentLevel] : 0;
  const oneStep = currentRank === LEVEL_RANK[minLevel] - 1;
  const type: DevelopmentActionType = best.reason === 'ambition' && oneStep ? 'coaching' : 'training';
  const reason = best.reason === 'ambition' ? 'ambition' : 'one_level_below';
  return { type, employeeId: best.employeeId, employeeName: best.name, reason };
}

/** People who already have a planned or running action towards this gap. */
export function alreadyPlanned(candidates: readonly TCandidateView[]): TCandidateView[] {
  return candidates.filter((c) => c.reason === 'planned_action');
}

const TYPE_NL: Record<DevelopmentActionType, string> = {
  training: 'Training',
  coaching: 'Coaching',
  omscholing: 'Omscholing',
  intervisie: 'Intervisie',
  werving: 'Werving',
};

/** The action's title, always in Dutch (the organisation's working language). */
export function gapActionTitle(plan: GapPlan, area: AreaId, level: LevelId, teamName: string): string {
  const areaNl = areaLabel(area, 'nl');
  const levelNl = levelLabel(level, 'nl').toLowerCase();
  if (plan.type === 'werving') return `Werving ${areaNl} op niveau ${levelNl} (${teamName})`;
  return `${TYPE_NL[plan.type]} ${areaNl} tot niveau ${levelNl}: ${plan.employeeName} (${teamName})`;
}

/** About six months from `from`, as an ISO date. */
export function sixMonthsFrom(from: Date): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 6, from.getUTCDate()));
  // 31 August + 6 months would roll into March: clamp to the month's last day instead.
  if (date.getUTCDate() !== from.getUTCDate()) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
