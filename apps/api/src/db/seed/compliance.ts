import { addDays, certificateExpiry } from '@teamspiegel/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { seedId } from './ids.ts';
import type { SeedTenant } from './tenant.ts';

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
};

/** Members of a team in the plan, in a stable order (by id). */
function membersOf(tenant: SeedTenant, teamKey: string): string[] {
  const teamId = seedId(tenant.plan.organisation.slug, 'team', teamKey);
  return [
    ...new Set(tenant.plan.teamMemberships.filter((m) => m.teamId === teamId).map((m) => m.employeeId)),
  ].sort();
}

/**
 * The demo's compliance: the baby group needs two kinder-EHBO holders and has two, one of whose
 * certificate expires in 30 days (no margin today, a gap projected); the bso needs a BHV holder
 * and her BHV expired 10 days ago (a gap); everyone in the baby group holds a VOG. IKC De
 * Wilgenhoek needs three kinder-EHBO holders over all its teams (rule 18): the two of the baby group
 * and the bso's, so no margin today and a gap projected once the expiring one lapses. Coach hours
 * (Wet IKK) on the two pedagogisch coaches' assignments.
 */
export function withDemoCompliance(tenant: SeedTenant): SeedTenant {
  const slug = tenant.plan.organisation.slug;
  const [first, second, ...rest] = membersOf(tenant, 'baby');
  const [bso] = membersOf(tenant, 'bso-ontdekkers');
  if (!first || !second || !bso) throw new Error('demo seed: the baby group and the bso need members');
  const coach = seedId(slug, 'role', 'pedagogisch_coach');
  const coachHours: Record<string, number> = {
    [seedId(slug, 'employee', 'ingrid-van-der-linden')]: 120,
    [seedId(slug, 'employee', 'marijke-tuinstra')]: 80,
  };
  for (const assignment of tenant.plan.roleAssignments) {
    const hours = coachHours[assignment.employeeId];
    if (assignment.roleDefinitionId === coach && hours !== undefined) assignment.coachHoursPerYear = hours;
  }
  const compliance: SeedCompliance = {
    certificates: [
      { employeeId: first, code: 'kinder-ehbo', expiresInDays: null, obtainedDaysAgo: 120 },
      { employeeId: second, code: 'kinder-ehbo', expiresInDays: 30, obtainedDaysAgo: 700 },
      { employeeId: bso, code: 'bhv', expiresInDays: -10, obtainedDaysAgo: 375 },
      { employeeId: bso, code: 'kinder-ehbo', expiresInDays: null, obtainedDaysAgo: 200 },
      ...[first, second, ...rest].map((employeeId) => ({
        employeeId,
        code: 'vog-personenregister',
        expiresInDays: null,
        obtainedDaysAgo: 900,
      })),
    ],
    requirements: [
      { teamId: seedId(slug, 'team', 'baby'), code: 'kinder-ehbo', count: 2 },
      { teamId: seedId(slug, 'team', 'bso-ontdekkers'), code: 'bhv', count: 1 },
    ],
    siteRequirements: [
      {
        siteId: seedId(slug, 'site', 'wilgenhoek'),
        code: 'kinder-ehbo',
        count: 3,
        note: 'Kinderdagverblijf en BSO elk één kinder-EHBO’er aanwezig, plus één voor vroege en late diensten.',
      },
    ],
  };
  return { ...tenant, compliance };
}

/** Writes a tenant's certificates (validated) and certificate requirements, after its catalogue. */
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
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
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
        obtainedOn: day(obtainedOn),
        expiresOn: expiresOn ? day(expiresOn) : null,
        status: 'validated' as const,
        validatedAt: day(obtainedOn),
      };
    }),
  });
  await tx.teamRequirement.createMany({
    data: compliance.requirements.map((requirement) => ({
      id: seedId(slug, 'certificate-requirement', `${requirement.teamId}/${requirement.code}`),
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
}
