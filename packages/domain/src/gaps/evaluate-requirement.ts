import type {
  TDevelopmentTarget,
  TExemptionInput,
  TMemberInput,
  TRequirement,
  TVacancy,
} from '../contracts/inputs.js';
import type { TPipelineEntry, TRequirementCoverage, TSupplier, TVacancyEntry } from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { AREA_IDS } from '../model/areas.js';
import { statusOf } from '../model/coverage-status.js';
import { type CompiledRole, meetsRole, type RoleIndex } from './compiled-roles.js';
import { type MemberMatrix, STRIDE } from './member-matrix.js';
import { areaIndexOf, circleBitOf, competencyIndexOf, rankOf } from './model-ids.js';
import { severityOf } from './severity.js';
import { bestTargetFor, compareDates, compareTargets } from './targets.js';

/** Floating-point noise (0.1 + 0.2) must not leak into FTE totals. */
export function roundFte(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

// Most requirements have no pipeline, candidates or vacancies: they share one frozen empty array each.
const NO_PIPELINE = Object.freeze([]) as unknown as TPipelineEntry[];
const NO_SUPPLIERS = Object.freeze([]) as unknown as TSupplier[];
const NO_VACANCIES = Object.freeze([]) as unknown as TVacancyEntry[];

/** Rule 10: a certificate gap weighs like a gap at the highest level (the requirement is usually a legal one). */
const CERTIFICATE_WEIGHT = 4;

/** The team's measured day and projection horizon (certificates, rule 10). */
export type CertificateDates = { readonly on: string | undefined; readonly horizon: string | undefined };

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
  ranks: Uint8Array,
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

/**
 * One requirement's coverage over the loaded members: who supplies it, the gap and status,
 * the pipeline and the projection (rules 1–5 and 10; the team exemption of rule 17 is applied
 * by the caller, person exemptions here).
 */
export function evaluateRequirement(
  req: TRequirement,
  matrix: MemberMatrix,
  roles: RoleIndex,
  vacancies: readonly TVacancy[],
  dates: CertificateDates,
  exemptPeople: Map<string, TExemptionInput> | null,
): TRequirementCoverage {
  const members = matrix.members;
  const n = members.length;
  const ranks = matrix.ranks;
  const projected = matrix.projected;
  const scores = matrix.scores;
  const developing = matrix.developing;
  // Supplier positions go to a scratch buffer first, so the output array is allocated once at its exact size.
  const hits = matrix.hits;
  let h = 0;
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
      for (let i = 0; i < vacancies.length; i++) {
        const vacancy = vacancies[i] as TVacancy;
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
            candidates.push(matrix.supplier(m));
          }
          continue;
        }
        if (qualifies) {
          hits[h++] = m;
          continue;
        }
        if (unqualifiedHolders === NO_SUPPLIERS) unqualifiedHolders = [];
        unqualifiedHolders.push(matrix.supplier(m));
        if (developing[m] === 1 && meetsRole(role, projected, scores, base)) {
          const target = decisiveRoleTarget(member, role, ranks, base);
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
        if ((scores[o] as number) >= min) hits[h++] = m;
      }
      break;
    }
    case 'circle': {
      const bit = circleBitOf(req.circle);
      const circleMask = matrix.circleMask;
      for (let m = 0; m < n; m++) {
        if (((circleMask[m] as number) & bit) !== 0) hits[h++] = m;
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
            ...matrix.supplier(m),
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
          const ref = matrix.supplier(m);
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
    const ref = matrix.supplier(hits[i] as number);
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
