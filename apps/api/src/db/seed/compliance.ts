import { addDays, addMonths, certificateExpiry } from '@teamspiegel/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { seedId } from './ids.ts';

/**
 * The compliance layer of a seeded tenant (issue 14): people's certificates and certificate
 * requirements, by catalogue code (the catalogue is written after the plan, with its own ids).
 * Certificate dates are relative to the day the tenant is written, so the demo always shows an
 * expiring and an expired certificate; like every seeded row, they are written only when the
 * tenant is (re)built.
 */
export type SeedCompliance = {
  certificates: Array<{
    employeeId: string;
    code: string;
    /** Days from the day of writing to the last valid day; null: computed from the type's validity. */
    expiresInDays: number | null;
    obtainedDaysAgo: number;
  }>;
  requirements: Array<{ teamId: string; code: string; count: number }>;
  /** Certificate requirements of whole sites (rule 18). */
  siteRequirements?: Array<{ siteId: string; code: string; count: number; note: string }>;
  /** The organisation's reassessment cycle in months (rule 16); absent: levels never expire. */
  reassessmentMonths?: number;
  /**
   * Current validated levels dated back so they are due for reassessment `dueInDays` from the day
   * of writing (negative: overdue since). They were validated 14 days after they started, as all seeded levels.
   */
  reassessments?: Array<{ areaLevelId: string; dueInDays: number }>;
  /** Exemptions (rule 17), approved by the organisation's first hr login; days relative to writing. */
  exemptions?: Array<{
    key: string;
    /** A certificate requirement of this tenant (by team and code) or a planned requirement's id. */
    requirement: { teamId: string; code: string } | { requirementId: string };
    employeeId: string | null;
    reason: string;
    startsDaysAgo: number;
    endsInDays: number;
    /** Ended early this many days ago; null: not ended. */
    endedDaysAgo: number | null;
  }>;
};

/**
 * Writes a tenant's certificates (validated) and certificate requirements of teams and sites, after its catalogue; then
 * its reassessment cycle with the levels dated for it, and its exemptions.
 */
export async function writeCompliance(
  tx: Prisma.TransactionClient,
  slug: string,
  organisationId: string,
  compliance: SeedCompliance,
  today = new Date().toISOString().slice(0, 10),
) {
  const types = await tx.certificateType.findMany({
    where: { organisationId },
    select: { id: true, code: true, validityMonths: true },
  });
  const byCode = new Map(types.map((type) => [type.code, type]));
  const typeOf = (code: string) => {
    const type = byCode.get(code);
    if (!type) throw new Error(`seed: no certificate type ${code}`);
    return type;
  };
  await tx.personCertificate.createMany({
    data: compliance.certificates.map((certificate) => {
      const type = typeOf(certificate.code);
      const obtainedOn = addDays(today, -certificate.obtainedDaysAgo);
      const expiresOn =
        certificate.expiresInDays === null
          ? certificateExpiry(obtainedOn, type.validityMonths)
          : addDays(today, certificate.expiresInDays);
      return {
        organisationId,
        employeeId: certificate.employeeId,
        certificateTypeId: type.id,
        obtainedOn: dayOf(obtainedOn),
        expiresOn: expiresOn ? dayOf(expiresOn) : null,
        status: 'validated' as const,
        validatedAt: dayOf(obtainedOn),
      };
    }),
  });
  await tx.teamRequirement.createMany({
    data: compliance.requirements.map((requirement) => ({
      id: certificateRequirementId(slug, requirement.teamId, requirement.code),
      organisationId,
      teamId: requirement.teamId,
      kind: 'certificate' as const,
      certificateTypeId: typeOf(requirement.code).id,
      count: requirement.count,
    })),
  });
  await tx.siteRequirement.createMany({
    data: (compliance.siteRequirements ?? []).map((requirement) => ({
      id: seedId(slug, 'site-requirement', `${requirement.siteId}/${requirement.code}`),
      organisationId,
      siteId: requirement.siteId,
      certificateTypeId: typeOf(requirement.code).id,
      count: requirement.count,
      note: requirement.note,
    })),
  });
  await writeReassessments(tx, organisationId, compliance, today);
  await writeExemptions(tx, slug, organisationId, compliance, today);
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The id of a certificate requirement written by writeCompliance. */
export function certificateRequirementId(slug: string, teamId: string, code: string): string {
  return seedId(slug, 'certificate-requirement', `${teamId}/${code}`);
}

async function writeReassessments(
  tx: Prisma.TransactionClient,
  organisationId: string,
  compliance: SeedCompliance,
  today: string,
) {
  const months = compliance.reassessmentMonths;
  if (months === undefined) return;
  await tx.organisation.update({ where: { id: organisationId }, data: { reassessmentMonths: months } });
  for (const level of compliance.reassessments ?? []) {
    const validatedOn = addMonths(addDays(today, level.dueInDays), -months);
    await tx.areaLevel.update({
      where: { organisationId_id: { organisationId, id: level.areaLevelId } },
      data: { validatedAt: dayOf(validatedOn), validFrom: dayOf(addDays(validatedOn, -14)) },
    });
  }
}

async function writeExemptions(
  tx: Prisma.TransactionClient,
  slug: string,
  organisationId: string,
  compliance: SeedCompliance,
  today: string,
) {
  const exemptions = compliance.exemptions ?? [];
  if (exemptions.length === 0) return;
  const approver = await tx.organisationMember.findFirst({
    where: { organisationId, role: 'hr' },
    orderBy: { id: 'asc' },
    select: { userId: true },
  });
  const requirements = await tx.teamRequirement.findMany({
    where: { organisationId },
    select: { id: true, teamId: true },
  });
  const teamOf = new Map(requirements.map((row) => [row.id, row.teamId]));
  await tx.requirementExemption.createMany({
    data: exemptions.map((exemption) => {
      const requirementId =
        'requirementId' in exemption.requirement
          ? exemption.requirement.requirementId
          : certificateRequirementId(slug, exemption.requirement.teamId, exemption.requirement.code);
      const teamId = teamOf.get(requirementId);
      if (!teamId) throw new Error(`seed: exemption ${exemption.key} names no requirement of ${slug}`);
      const startsOn = addDays(today, -exemption.startsDaysAgo);
      return {
        id: seedId(slug, 'exemption', exemption.key),
        organisationId,
        teamId,
        requirementId,
        employeeId: exemption.employeeId,
        reason: exemption.reason,
        approvedByUserId: approver?.userId ?? null,
        startsOn: dayOf(startsOn),
        endsOn: dayOf(addDays(today, exemption.endsInDays)),
        // Ended at noon of that day, as if HR ended it during office hours.
        endedAt:
          exemption.endedDaysAgo === null
            ? null
            : new Date(`${addDays(today, -exemption.endedDaysAgo)}T12:00:00Z`),
        createdAt: dayOf(startsOn),
      };
    }),
  });
}
