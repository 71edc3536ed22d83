import {
  AREA_IDS,
  type AreaId,
  type LevelId,
  type Locale,
  type TCoverageSummary,
  type TWhatIfChange,
  ZWhatIfChange,
} from '@teamspiegel/domain';
import type { TRequirementCoverageView, TSimulationView } from '@teamspiegel/domain/api/coverage';
import { areaLabel, levelLabel, requirementTitle } from '@/lib/vocabulary';
import type { WhatIfRequirement } from './options';

export type ChangeType = TWhatIfChange['type'];
export type PlannedChange = { key: number; change: TWhatIfChange; description: string };

export const CHANGE_TYPES: ChangeType[] = [
  'member_leaves',
  'member_joins',
  'member_reaches_level',
  'requirement_changes',
  'requirement_removed',
];

/** What the "new change" fields hold, as typed. */
export type ChangeDraft = {
  type: ChangeType;
  memberId: string;
  area: AreaId;
  level: LevelId;
  newName: string;
  newFte: string;
  newLevels: Partial<Record<AreaId, LevelId>>;
  requirementId: string;
  count: string;
  minLevel: LevelId;
  minScore: number;
};

/** The field a change cannot be built without (the key of its message under whatIf.errors). */
export type ChangeError = 'member' | 'name' | 'fte' | 'requirement' | 'count';

/** The panel's translator (whatIf namespace), kept as a plain function so this module stays pure. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function initialDraft(memberId: string, requirement: WhatIfRequirement | undefined): ChangeDraft {
  return {
    type: 'member_leaves',
    memberId,
    area: 'pedagogiek',
    level: 'ervaren',
    newName: '',
    newFte: '1',
    newLevels: {},
    requirementId: requirement?.id ?? '',
    count: String(requirement?.requirement.count ?? 1),
    minLevel: 'ervaren',
    minScore: 4,
  };
}

/** Choosing a requirement starts its fields from what it asks today. */
export function chooseRequirement(
  draft: ChangeDraft,
  requirements: WhatIfRequirement[],
  id: string,
): ChangeDraft {
  const found = requirements.find((r) => r.id === id)?.requirement;
  if (!found) return { ...draft, requirementId: id };
  return {
    ...draft,
    requirementId: id,
    count: String(found.count),
    ...(found.kind === 'area' ? { minLevel: found.minLevel } : {}),
    ...(found.kind === 'competency' ? { minScore: found.minScore } : {}),
  };
}

/** A new member's level in one area, or none (the empty choice). */
export function withNewLevel(levels: ChangeDraft['newLevels'], area: AreaId, value: string) {
  const next = { ...levels };
  if (value) next[area] = value as LevelId;
  else delete next[area];
  return next;
}

type BuildContext = {
  requirements: WhatIfRequirement[];
  /** The id a hypothetical new member gets. */
  hypotheticalId: string;
  nameOf: (employeeId: string) => string;
  locale: Locale;
  t: Translate;
};

type Built = { ok: true; change: TWhatIfChange; description: string } | { ok: false; error: ChangeError };

/**
 * The change the draft describes, checked against the API's own schema (ZWhatIfChange), with its
 * sentence for the list; or the field that is missing or out of range.
 */
export function buildChange(draft: ChangeDraft, context: BuildContext): Built {
  const { t, locale } = context;
  const selected = context.requirements.find((r) => r.id === draft.requirementId);
  switch (draft.type) {
    case 'member_leaves': {
      if (!draft.memberId) return { ok: false, error: 'member' };
      const change = { type: draft.type, employeeId: draft.memberId };
      return valid(change, 'member', t('describe.leaves', { name: context.nameOf(draft.memberId) }));
    }
    case 'member_joins': {
      const name = draft.newName.trim();
      const fte = Number(draft.newFte.replace(',', '.'));
      if (!name) return { ok: false, error: 'name' };
      // Someone who joins works some hours: zero passes the schema but means no change.
      if (fte === 0) return { ok: false, error: 'fte' };
      const change = {
        type: draft.type,
        member: {
          employeeId: context.hypotheticalId,
          fte,
          levels: { ...draft.newLevels },
          competencies: {},
          circles: [],
          development: [],
        },
      };
      const levelWords = AREA_IDS.filter((a) => draft.newLevels[a]).map(
        (a) => `${areaLabel(a, locale)} ${levelLabel(draft.newLevels[a] as LevelId, locale)}`,
      );
      const description = t('describe.joins', {
        name,
        levels: levelWords.length > 0 ? levelWords.join(', ') : t('describe.noLevels'),
      });
      return valid(change, 'fte', description);
    }
    case 'member_reaches_level': {
      if (!draft.memberId) return { ok: false, error: 'member' };
      const change = { type: draft.type, employeeId: draft.memberId, area: draft.area, level: draft.level };
      const description = t('describe.reaches', {
        name: context.nameOf(draft.memberId),
        area: areaLabel(draft.area, locale),
        level: levelLabel(draft.level, locale),
      });
      return valid(change, 'member', description);
    }
    case 'requirement_changes': {
      const current = selected?.requirement;
      if (!selected || !current) return { ok: false, error: 'requirement' };
      const n = Number(draft.count);
      const next =
        current.kind === 'area'
          ? { ...current, count: n, minLevel: draft.minLevel }
          : current.kind === 'competency'
            ? { ...current, count: n, minScore: draft.minScore }
            : { ...current, count: n };
      const detail =
        next.kind === 'area'
          ? t('describe.countAndLevel', { count: n, level: levelLabel(next.minLevel, locale) })
          : next.kind === 'competency'
            ? t('describe.countAndScore', { count: n, score: next.minScore })
            : t('describe.count', { count: n });
      const description = t('describe.requirementChanges', { requirement: selected.title, detail });
      return valid({ type: draft.type, requirement: next }, 'count', description);
    }
    case 'requirement_removed': {
      if (!selected) return { ok: false, error: 'requirement' };
      const change = { type: draft.type, requirementId: selected.id };
      return valid(change, 'requirement', t('describe.requirementRemoved', { requirement: selected.title }));
    }
  }
}

function valid(candidate: unknown, error: ChangeError, description: string): Built {
  const parsed = ZWhatIfChange.safeParse(candidate);
  return parsed.success ? { ok: true, change: parsed.data, description } : { ok: false, error };
}

/** The summary's measures before and after, in the table's order. */
export function summaryRows(before: TCoverageSummary, after: TCoverageSummary) {
  return [
    ['requirements', before.requirements, after.requirements],
    ['covered', before.covered, after.covered],
    ['noMargin', before.noMargin, after.noMargin],
    ['spof', before.singlePoints, after.singlePoints],
    ['gaps', before.gaps, after.gaps],
    ['totalGap', before.totalGap, after.totalGap],
    ['projectedTotalGap', before.projectedTotalGap, after.projectedTotalGap],
  ] as const;
}

export type ResultRow = {
  id: string;
  title: string;
  changed: boolean;
  before: TRequirementCoverageView | undefined;
  after: TRequirementCoverageView | undefined;
};

/**
 * The requirements the result table shows: the changed ones, or all with `showAll`; changed first,
 * then by title.
 */
export function resultRows(result: TSimulationView, showAll: boolean, locale: Locale): ResultRow[] {
  const before = new Map(result.before.map((r) => [r.requirement.id, r]));
  const after = new Map(result.after.map((r) => [r.requirement.id, r]));
  const changed = new Set(result.differences.map((d) => d.requirementId));
  const ids = showAll
    ? [...new Set([...before.keys(), ...after.keys()])]
    : result.differences.map((d) => d.requirementId);
  const titleOf = (id: string) => {
    const row = after.get(id) ?? before.get(id);
    return row ? requirementTitle(row.requirement, row.roleLabel, locale) : id;
  };
  ids.sort(
    (a, b) => Number(changed.has(b)) - Number(changed.has(a)) || titleOf(a).localeCompare(titleOf(b), locale),
  );
  return ids.map((id) => ({
    id,
    title: titleOf(id),
    changed: changed.has(id),
    before: before.get(id),
    after: after.get(id),
  }));
}
