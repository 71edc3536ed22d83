import type {
  TDevelopmentTarget,
  TExemptionInput,
  TMemberInput,
  TRequirement,
  TRoleDefinition,
  TTeamInput,
  TVacancy,
} from '../contracts/inputs.js';
import type { TCoverageStatus } from '../contracts/model.js';
import type {
  TCoverageSummary,
  TPipelineEntry,
  TRequirementCoverage,
  TSupplier,
  TTeamCoverage,
  TVacancyEntry,
} from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { AREA_COUNT, AREA_IDS } from '../model/areas.js';
import { CIRCLE_IDS } from '../model/circles.js';
import { COMPETENCY_IDS } from '../model/competencies.js';
import { statusOf } from '../model/coverage-status.js';
import { exemptionRunsOn } from '../model/exemptions.js';
import { LEVEL_RANK } from '../model/levels.js';
import { ROLE_CATALOGUE } from '../model/roles.js';
import { type CompiledRole, compileRoles, meetsRole, type RoleIndex } from './compiled-roles.js';
import { severityOf } from './severity.js';
import { bestTargetFor, compareDates, compareStrings, compareTargets } from './targets.js';

// String switches instead of table lookups: the keys vary per call, which makes keyed
// loads megamorphic, while a switch compares a handful of (usually internalized) strings.
// Unknown strings map to -1 (or 0 rank), so unvalidated input cannot index out of range.
function rankOf(level: string): number {
  switch (level) {
    case 'in_opleiding':
      return 1;
    case 'starter':
      return 2;
    case 'ervaren':
      return 3;
    case 'expert':
      return 4;
    default:
      return 0;
  }
}

function areaIndexOf(area: string): number {
  switch (area) {
    case 'didactiek':
      return 0;
    case 'pedagogiek':
      return 1;
    case 'gezondheid':
      return 2;
    case 'verzorging':
      return 3;
    case 'psychologie_orthopedagogiek':
      return 4;
    case 'onderzoek_innovatie':
      return 5;
    case 'professionele_versterking':
      return 6;
    case 'organisatie_samenwerking':
      return 7;
    default:
      return -1;
  }
}

function competencyIndexOf(competency: string): number {
  switch (competency) {
    case 'ontwikkelingsgerichtheid':
      return 0;
    case 'samenwerkingsgerichtheid':
      return 1;
    case 'omgevingssensitiviteit':
      return 2;
    case 'ondernemende_houding':
      return 3;
    case 'flexibiliteit':
      return 4;
    case 'creativiteit':
      return 5;
    case 'onderzoekende_houding':
      return 6;
    case 'moreel_ethisch_handelen':
      return 7;
    default:
      return -1;
  }
}

function circleBitOf(circle: string): number {
  switch (circle) {
    case 'buurt':
      return 1;
    case 'partners':
      return 2;
    case 'politiek_beleid':
      return 4;
    case 'samenleving':
      return 8;
    case 'wetenschap':
      return 16;
    default:
      return 0;
  }
}

// The switches above hard-code the model's order; fail fast if the model moves.
for (const [i, id] of AREA_IDS.entries())
  if (areaIndexOf(id) !== i) throw new Error(`area order changed: ${id}`);
for (const [i, id] of COMPETENCY_IDS.entries()) {
  if (competencyIndexOf(id) !== i) throw new Error(`competency order changed: ${id}`);
}
for (const [i, id] of CIRCLE_IDS.entries())
  if (circleBitOf(id) !== 1 << i) throw new Error(`circle order changed: ${id}`);
for (const [id, rank] of Object.entries(LEVEL_RANK))
  if (rankOf(id) !== rank) throw new Error(`level rank changed: ${id}`);

const COMPETENCY_COUNT = COMPETENCY_IDS.length;
// Both per-member strides are 8; one stride keeps the role check on a single base offset.
const STRIDE = AREA_COUNT;
if (COMPETENCY_COUNT !== STRIDE) throw new Error('area and competency counts must match the stride');

// Scratch buffers, reused across calls so a team costs no typed-array allocation. Safe
// because the engine is synchronous: no two computations interleave.
let capacity = 0;
let ranks = new Uint8Array(0);
let projected = new Uint8Array(0);
let scores = new Uint8Array(0);
let circleMask = new Uint8Array(0);
let developing = new Uint8Array(0);
let hits = new Int32Array(0);

function ensureCapacity(n: number): void {
  if (n <= capacity) return;
  capacity = Math.max(n, capacity * 2, 64);
  ranks = new Uint8Array(capacity * STRIDE);
  projected = new Uint8Array(capacity * STRIDE);
  scores = new Uint8Array(capacity * STRIDE);
  circleMask = new Uint8Array(capacity);
  developing = new Uint8Array(capacity);
  hits = new Int32Array(capacity);
}

function byEmployeeId(a: TMemberInput, b: TMemberInput): number {
  return compareStrings(a.employeeId, b.employeeId);
}

function byRequirementId(a: TRequirement, b: TRequirement): number {
  return compareStrings(a.id, b.id);
}

/** Members in employee id order: the input itself when already sorted (the common case from a database). */
function membersById(items: readonly TMemberInput[]): readonly TMemberInput[] {
  // A direct comparison, not a comparator call: this check runs for every team on every computation.
  for (let i = 1; i < items.length; i++) {
    if ((items[i - 1] as TMemberInput).employeeId > (items[i] as TMemberInput).employeeId) {
      return items.slice().sort(byEmployeeId);
    }
  }
  return items;
}

/** Requirements in id order: the input itself when already sorted. */
function requirementsById(items: readonly TRequirement[]): readonly TRequirement[] {
  for (let i = 1; i < items.length; i++) {
    if ((items[i - 1] as TRequirement).id > (items[i] as TRequirement).id) {
      return items.slice().sort(byRequirementId);
    }
  }
  return items;
}

/** Floating-point noise (0.1 + 0.2) must not leak into FTE totals. */
export function roundFte(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The status of one requirement (rule 1); the rule itself lives in model/coverage-status.ts. */
export function coverageStatus(count: number, headcount: number): TCoverageStatus {
  return statusOf(count, headcount);
}

/**
 * Sorts the members by id and writes their levels, projected levels, scores and circles
 * into the scratch buffers; returns the sorted members and one shared supplier record each.
 */
function compileMembers(input: readonly TMemberInput[]): {
  members: readonly TMemberInput[];
  refs: TSupplier[];
} {
  const members = membersById(input);
  const n = members.length;
  ensureCapacity(n);
  const refs: TSupplier[] = new Array(n);
  let previous: string | null = null;
  for (let m = 0; m < n; m++) {
    const member = members[m] as TMemberInput;
    if (member.employeeId === previous) {
      throw new DomainError('duplicate_employee', `Employee '${previous}' appears twice in the team`, {
        employeeId: previous,
      });
    }
    previous = member.employeeId;
    refs[m] = { employeeId: member.employeeId, fte: member.fte };
    const base = m * STRIDE;
    const levels = member.levels as Readonly<Record<string, string | undefined>>;
    const comps = member.competencies as Readonly<Record<string, number | undefined>>;
    // Only the few areas a member has are present: walk them instead of probing all eight.
    for (let i = base; i < base + STRIDE; i++) {
      ranks[i] = 0;
      scores[i] = 0;
    }
    for (const area in levels) {
      const a = areaIndexOf(area);
      const level = levels[area];
      if (a < 0 || level === undefined) continue;
      const rank = rankOf(level);
      if (rank > 0) ranks[base + a] = rank;
    }
    for (const competency in comps) {
      const c = competencyIndexOf(competency);
      const score = comps[competency];
      if (c >= 0 && score !== undefined) scores[base + c] = score;
    }
    for (let i = base; i < base + STRIDE; i++) projected[i] = ranks[i] as number;
    let mask = 0;
    // Indexed loops: the input arrays come in several element kinds, which slows an iterator down.
    const circles = member.circles;
    for (let i = 0; i < circles.length; i++) mask |= circleBitOf(circles[i] as string);
    circleMask[m] = mask;
    let grows = 0;
    const development = member.development;
    for (let i = 0; i < development.length; i++) {
      const target = development[i] as TDevelopmentTarget;
      const a = areaIndexOf(target.area);
      const rank = rankOf(target.level);
      if (a < 0 || rank === 0) continue;
      if (rank > (projected[base + a] as number)) {
        projected[base + a] = rank;
        grows = 1;
      }
    }
    developing[m] = grows;
  }
  return { members, refs };
}

const NO_PIPELINE = Object.freeze([]) as unknown as TPipelineEntry[];
const NO_SUPPLIERS = Object.freeze([]) as unknown as TSupplier[];
const NO_VACANCIES = Object.freeze([]) as unknown as TVacancyEntry[];

function holds(member: TMemberInput, roleId: string): boolean {
  return member.roleIds?.includes(roleId) === true;
}

function pipelineEntry(member: TMemberInput, target: TDevelopmentTarget, withLevel: boolean): TPipelineEntry {
  const entry: TPipelineEntry = {
    employeeId: member.employeeId,
    fte: member.fte,
    source: target.source,
    expectedDate: target.expectedDate,
  };
  if (target.sourceId !== undefined) entry.sourceId = target.sourceId;
  if (withLevel) entry.targetLevel = target.level;
  if (target.actionType !== undefined) entry.actionType = target.actionType;
  return entry;
}

/** The target that completes a member's qualification for a role. */
function decisiveRoleTarget(
  member: TMemberInput,
  role: CompiledRole,
  base: number,
): TDevelopmentTarget | null {
  let decisive: TDevelopmentTarget | null = null;
  for (let i = 0; i < role.areaIdx.length; i++) {
    const a = role.areaIdx[i] as number;
    const min = role.areaMin[i] as number;
    if ((ranks[base + a] as number) >= min) continue;
    const best = bestTargetFor(member.development, AREA_IDS[a] as string, min);
    if (best === null) continue;
    if (decisive === null) decisive = best;
    // 'any': the first route suffices; 'all': the member qualifies once the last one lands.
    else if (
      role.any
        ? compareTargets(best, decisive) < 0
        : compareDates(best.expectedDate, decisive.expectedDate) > 0
    )
      decisive = best;
  }
  return decisive;
}

/** Rule 10: a certificate gap weighs like a gap at the highest level (the requirement is usually a legal one). */
const CERTIFICATE_WEIGHT = 4;

type CertificateDates = { readonly on: string | undefined; readonly horizon: string | undefined };

/** The exemptions running on the measured day, per requirement (rule 17). */
type RequirementExemptions = {
  team: TExemptionInput | null;
  /** Person exemptions (certificate requirements), per employee: the one that runs longest. */
  people: Map<string, TExemptionInput> | null;
};

/** Exemptions running on `on` (exemptionRunsOn, rule 17); none without a measured day. */
function runningExemptions(
  exemptions: readonly TExemptionInput[] | undefined,
  on: string | undefined,
): Map<string, RequirementExemptions> | null {
  if (exemptions === undefined || exemptions.length === 0 || on === undefined) return null;
  const byRequirement = new Map<string, RequirementExemptions>();
  for (const exemption of exemptions) {
    if (!exemptionRunsOn(exemption, on)) continue;
    let entry = byRequirement.get(exemption.requirementId);
    if (entry === undefined) {
      entry = { team: null, people: null };
      byRequirement.set(exemption.requirementId, entry);
    }
    if (exemption.employeeId === null) {
      if (entry.team === null || exemption.endsOn > entry.team.endsOn) entry.team = exemption;
      continue;
    }
    entry.people ??= new Map();
    const held = entry.people.get(exemption.employeeId);
    if (held === undefined || exemption.endsOn > held.endsOn)
      entry.people.set(exemption.employeeId, exemption);
  }
  return byRequirement;
}

/**
 * Rule 17: a requirement the team is exempt from reads 'exempt' with nothing missing; its own
 * figures stay beside it. In the projection it is exempt only while the exemption still runs on
 * the horizon: an exemption that ends before then brings the requirement's gap back.
 */
function exempted(
  result: TRequirementCoverage,
  exemption: TExemptionInput,
  horizon: string | undefined,
): TRequirementCoverage {
  const projectedExempt = horizon === undefined || exemptionRunsOn(exemption, horizon);
  return {
    ...result,
    status: 'exempt',
    gap: 0,
    severity: 0,
    exemption: {
      exemptionId: exemption.id,
      endsOn: exemption.endsOn,
      status: result.status,
      gap: result.gap,
    },
    projected: projectedExempt
      ? { supply: result.projected.supply, gap: 0, status: 'exempt' }
      : result.projected,
  };
}

/**
 * The last valid day of the member's best certificate of a type that is valid on `on`:
 * undefined = none valid, null = valid without end. ISO dates compare as strings.
 */
function certificateValidThrough(
  member: TMemberInput,
  certificateTypeId: string,
  on: string | undefined,
): string | null | undefined {
  let best: string | null | undefined;
  const held = member.certificates;
  if (held === undefined) return undefined;
  for (const certificate of held) {
    if (certificate.certificateTypeId !== certificateTypeId) continue;
    const end = certificate.expiresOn;
    if (end !== null && on !== undefined && end < on) continue;
    if (end === null) return null;
    if (best === undefined || (best !== null && end > best)) best = end;
  }
  return best;
}

/** The member's open course for a certificate type, if any (rule 10: it adds to the projection). */
function certificateCourse(member: TMemberInput, certificateTypeId: string) {
  const courses = member.certificateCourses;
  if (courses === undefined) return undefined;
  for (const course of courses) if (course.certificateTypeId === certificateTypeId) return course;
  return undefined;
}

function evaluate(
  req: TRequirement,
  members: readonly TMemberInput[],
  refs: readonly TSupplier[],
  roles: RoleIndex,
  vacancies: readonly TVacancy[],
  dates: CertificateDates,
  exemptPeople: Map<string, TExemptionInput> | null,
): TRequirementCoverage {
  const n = members.length;
  // Supplier indexes go to a scratch buffer first, so the output array is allocated once at its exact size.
  let h = 0;
  // Most requirements have no pipeline: they share one frozen empty array instead of allocating one.
  let pipeline: TPipelineEntry[] = NO_PIPELINE;
  let pipelineFte = 0;
  let candidates: TSupplier[] = NO_SUPPLIERS;
  let unqualifiedHolders: TSupplier[] = NO_SUPPLIERS;
  let open: TVacancyEntry[] = NO_VACANCIES;
  // Holders whose certificate lapses before the projection's horizon (rule 10).
  let lapsing: TSupplier[] = NO_SUPPLIERS;
  let lapsingFte = 0;
  let exemptHolders: NonNullable<TRequirementCoverage['exemptHolders']> | undefined;
  let weight = 1;
  switch (req.kind) {
    case 'area': {
      const a = areaIndexOf(req.area);
      const min = Math.max(1, rankOf(req.minLevel));
      weight = min;
      if (a < 0) break;
      for (let m = 0, o = a; m < n; m++, o += STRIDE) {
        if ((ranks[o] as number) >= min) {
          hits[h++] = m;
        } else if (developing[m] === 1 && (projected[o] as number) >= min) {
          const member = members[m] as TMemberInput;
          const target = bestTargetFor(member.development, req.area, min);
          if (target === null) continue;
          if (pipeline === NO_PIPELINE) pipeline = [];
          pipeline.push(pipelineEntry(member, target, true));
          pipelineFte += member.fte;
        }
      }
      for (const vacancy of vacancies) {
        if (vacancy.area !== req.area || rankOf(vacancy.level) < min) continue;
        if (open === NO_VACANCIES) open = [];
        open.push({ actionId: vacancy.id, level: vacancy.level, expectedDate: vacancy.expectedDate });
      }
      break;
    }
    case 'role': {
      const role = roles.get(req.roleId);
      if (role === undefined) {
        throw new DomainError(
          'unknown_role',
          `Requirement '${req.id}' refers to unknown role '${req.roleId}'`,
          {
            requirementId: req.id,
            roleId: req.roleId,
          },
        );
      }
      weight = role.weight;
      // Rule 3: a role is filled by its holders who meet its profile; qualifying non-holders
      // are candidates, holders who no longer qualify are flagged.
      for (let m = 0, base = 0; m < n; m++, base += STRIDE) {
        const member = members[m] as TMemberInput;
        const qualifies = meetsRole(role, ranks, scores, base);
        if (!holds(member, req.roleId)) {
          if (qualifies) {
            if (candidates === NO_SUPPLIERS) candidates = [];
            candidates.push(refs[m] as TSupplier);
          }
          continue;
        }
        if (qualifies) {
          hits[h++] = m;
          continue;
        }
        if (unqualifiedHolders === NO_SUPPLIERS) unqualifiedHolders = [];
        unqualifiedHolders.push(refs[m] as TSupplier);
        if (developing[m] === 1 && meetsRole(role, projected, scores, base)) {
          const target = decisiveRoleTarget(member, role, base);
          if (target === null) continue;
          if (pipeline === NO_PIPELINE) pipeline = [];
          pipeline.push(pipelineEntry(member, target, false));
          pipelineFte += member.fte;
        }
      }
      break;
    }
    case 'competency': {
      const c = competencyIndexOf(req.competency);
      const min = req.minScore;
      if (c < 0) break;
      for (let m = 0, o = c; m < n; m++, o += STRIDE) {
        if ((scores[o] as number) >= min) {
          hits[h++] = m;
        }
      }
      break;
    }
    case 'circle': {
      const bit = circleBitOf(req.circle);
      for (let m = 0; m < n; m++) {
        if (((circleMask[m] as number) & bit) !== 0) {
          hits[h++] = m;
        }
      }
      break;
    }
    case 'certificate': {
      weight = CERTIFICATE_WEIGHT;
      for (let m = 0; m < n; m++) {
        const member = members[m] as TMemberInput;
        let end = certificateValidThrough(member, req.certificateTypeId, dates.on);
        // Rule 17: a person exempt from the requirement counts as meeting it while the exemption runs.
        const exemption = end === undefined ? exemptPeople?.get(member.employeeId) : undefined;
        if (exemption !== undefined) {
          end = exemption.endsOn;
          exemptHolders ??= [];
          exemptHolders.push({
            ...(refs[m] as TSupplier),
            exemptionId: exemption.id,
            endsOn: exemption.endsOn,
          });
        }
        const lapses =
          end === undefined || (end !== null && dates.horizon !== undefined && end < dates.horizon);
        // A planned course (a first certificate, or a refresher for one that lapses) is pipeline.
        const course = lapses ? certificateCourse(member, req.certificateTypeId) : undefined;
        if (course !== undefined) {
          if (pipeline === NO_PIPELINE) pipeline = [];
          const entry: TPipelineEntry = {
            employeeId: member.employeeId,
            fte: member.fte,
            source: 'action',
            expectedDate: course.expectedDate,
          };
          if (course.sourceId !== undefined) entry.sourceId = course.sourceId;
          if (course.actionType !== undefined) entry.actionType = course.actionType;
          pipeline.push(entry);
          pipelineFte += member.fte;
        }
        if (end === undefined) continue;
        hits[h++] = m;
        if (lapses) {
          if (lapsing === NO_SUPPLIERS) lapsing = [];
          const ref = refs[m] as TSupplier;
          lapsing.push(ref);
          lapsingFte += ref.fte;
        }
      }
      break;
    }
  }
  // No supplier: the shared frozen empty list, as for the pipeline (a fifth of all requirements).
  const suppliers: TSupplier[] = h === 0 ? NO_SUPPLIERS : new Array(h);
  let fte = 0;
  for (let i = 0; i < h; i++) {
    const ref = refs[hits[i] as number] as TSupplier;
    suppliers[i] = ref;
    fte += ref.fte;
  }
  const count = req.count;
  const headcount = h;
  const gap = count > headcount ? count - headcount : 0;
  const status = statusOf(count, headcount);
  // Vacancies add to the projected headcount (rule 5); they have no FTE of a person yet.
  // Certificates that lapse before the horizon take their holders out of it (rule 10).
  const projectedHeadcount = headcount + pipeline.length + open.length - lapsing.length;
  const projectedGap = count > projectedHeadcount ? count - projectedHeadcount : 0;
  const supply = { headcount, fte: roundFte(fte) };
  const result: TRequirementCoverage = {
    requirement: req,
    supply,
    gap,
    status,
    severity: severityOf(gap, status, weight),
    suppliers,
    candidates,
    unqualifiedHolders,
    pipeline,
    vacancies: open,
    projected: {
      // Without a pipeline the projection equals today: share the object rather than copy it.
      supply:
        projectedHeadcount === headcount
          ? supply
          : { headcount: projectedHeadcount, fte: roundFte(fte + pipelineFte - lapsingFte) },
      gap: projectedGap,
      status: statusOf(count, projectedHeadcount),
    },
  };
  if (req.kind === 'certificate') {
    result.lapsing = lapsing;
    if (exemptHolders !== undefined) result.exemptHolders = exemptHolders;
  }
  return result;
}

/** Sorted copy of the requirements; duplicate ids would make the result ambiguous. */
export function sortRequirements(requirements: readonly TRequirement[]): readonly TRequirement[] {
  const sorted = requirementsById(requirements);
  for (let i = 1; i < sorted.length; i++) {
    const id = (sorted[i] as TRequirement).id;
    if (id === (sorted[i - 1] as TRequirement).id) {
      throw new DomainError('duplicate_requirement', `Requirement '${id}' appears twice`, {
        requirementId: id,
      });
    }
  }
  return sorted;
}

const NO_VACANCY_INPUT: readonly TVacancy[] = Object.freeze([]);

/** Per-area scratch of coverTeam, reused (the engine is synchronous; nothing keeps them). */
const AREA_GAP = new Int32Array(AREA_COUNT);
const AREA_PROJECTED_GAP = new Int32Array(AREA_COUNT);

/** The engine core, with the roles already compiled (the organisation compiles them once). */
export function coverTeam(team: TTeamInput, roles: RoleIndex): TTeamCoverage {
  const { members, refs } = compileMembers(team.members);
  const requirements = sortRequirements(team.requirements);
  const vacancies = team.vacancies ?? NO_VACANCY_INPUT;
  const dates: CertificateDates = { on: team.measuredOn, horizon: team.projectionHorizon };
  const exemptions = runningExemptions(team.exemptions, team.measuredOn);
  const results: TRequirementCoverage[] = new Array(requirements.length);
  const summary: TCoverageSummary = {
    requirements: requirements.length,
    covered: 0,
    noMargin: 0,
    singlePoints: 0,
    gaps: 0,
    totalGap: 0,
    projectedTotalGap: 0,
  };
  // Rule 2: the tiers of one area are met by the same people at the top, so the area's
  // people missing is its largest tier gap, not their sum.
  const areaGap = AREA_GAP.fill(0);
  const areaProjectedGap = AREA_PROJECTED_GAP.fill(0);
  for (let r = 0; r < requirements.length; r++) {
    const req = requirements[r] as TRequirement;
    const exemption = exemptions?.get(req.id);
    let result = evaluate(req, members, refs, roles, vacancies, dates, exemption?.people ?? null);
    if (exemption?.team) result = exempted(result, exemption.team, dates.horizon);
    results[r] = result;
    if (result.status === 'gap') summary.gaps++;
    else if (result.status === 'exempt') summary.exempt = (summary.exempt ?? 0) + 1;
    else if (result.status === 'single_point') summary.singlePoints++;
    else if (result.status === 'no_margin') summary.noMargin++;
    else summary.covered++;
    const a = req.kind === 'area' ? areaIndexOf(req.area) : -1;
    if (a >= 0) {
      if (result.gap > (areaGap[a] as number)) areaGap[a] = result.gap;
      if (result.projected.gap > (areaProjectedGap[a] as number)) areaProjectedGap[a] = result.projected.gap;
    } else {
      summary.totalGap += result.gap;
      summary.projectedTotalGap += result.projected.gap;
    }
  }
  for (let a = 0; a < AREA_COUNT; a++) {
    summary.totalGap += areaGap[a] as number;
    summary.projectedTotalGap += areaProjectedGap[a] as number;
  }
  const coverage: TTeamCoverage = {
    teamId: team.teamId,
    siteId: team.siteId ?? null,
    requirements: results,
    summary,
  };
  if (team.name !== undefined) coverage.name = team.name;
  return coverage;
}

/**
 * Coverage of each of a team's requirements: who supplies it, the gap, whether it hangs
 * on one person, and who is on the way (pipeline) with the projected coverage.
 * Requirements come back sorted by id, suppliers and pipeline by employee id.
 * Supplier records are shared between requirements: treat the result as read-only.
 */
export function computeTeamCoverage(
  team: TTeamInput,
  roles: readonly TRoleDefinition[] = ROLE_CATALOGUE,
): TTeamCoverage {
  return coverTeam(team, compileRoles(roles));
}
