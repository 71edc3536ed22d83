import type { Db } from '../plugins/app/prisma.ts';
import { type PendingLevel, validatedLevels } from './coverage-levels.ts';
import {
  type PackedQuery,
  packedAmbitions,
  packedAssignments,
  packedContacts,
  packedEmployees,
  packedLevels,
  packedMemberships,
  packedRatings,
  packedRequirements,
  type ReadAll,
  readEachPacked,
  readPackedTogether,
} from './coverage-snapshot-packed.ts';
import {
  packedActions,
  packedCertificates,
  packedExemptions,
  packedSiteExemptions,
  packedSiteRequirements,
  packedSites,
  packedTeams,
  packedVacancies,
} from './coverage-snapshot-packed-json.ts';

export type Rows = Awaited<ReturnType<typeof loadRows>>;

/** Packed queries another cache reads in a patch's statement (`alongside` of `loadRows`). */
export type AlongsideQueries = Record<string, PackedQuery<unknown>>;

/**
 * The engine's inputs of some employees and teams (all of them for `null`): for a patch in ONE
 * statement (readPackedTogether), with the `alongside` queries of another cache kept current by the
 * same change (read there too, returned as `alongside`); for a whole organisation one query per
 * table in parallel. Ordered where order reaches the figures, so a partial and a full load build
 * the same thing.
 */
export async function loadRows<Alongside extends AlongsideQueries = Record<never, never>>(
  db: Db,
  organisationId: string,
  employeeIds: string[] | null,
  teamIds: string[] | null,
  withSites: boolean,
  day: string,
  alongside?: Alongside,
) {
  const whole = employeeIds === null && teamIds === null;
  const anyEmployees = employeeIds === null || employeeIds.length > 0;
  const anyTeams = teamIds === null || teamIds.length > 0;
  const people = { organisationId, employeeIds, day };
  const teams = { organisationId, teamIds, day };
  const ifThen = <T>(condition: boolean, query: () => PackedQuery<T>) => (condition ? query() : undefined);
  const queries = {
    sites: ifThen(withSites, () => packedSites(organisationId)),
    teams: ifThen(anyTeams, () => packedTeams(teams)),
    requirements: ifThen(anyTeams, () => packedRequirements(organisationId, teamIds)),
    memberships: ifThen(anyEmployees, () => packedMemberships(people)),
    employees: ifThen(anyEmployees, () => packedEmployees(people)),
    levels: ifThen(anyEmployees, () => packedLevels(people)),
    ratings: ifThen(anyEmployees, () => packedRatings(people)),
    contacts: ifThen(anyEmployees, () => packedContacts(people)),
    ambitions: ifThen(anyEmployees, () => packedAmbitions(people)),
    // Rules 5 and 10: open actions towards an area and level or a certificate.
    actions: ifThen(anyEmployees, () => packedActions(people)),
    // Rule 5: an open hire for a team is a vacancy, projected but never a person.
    vacancies: ifThen(anyTeams, () => packedVacancies(teams)),
    // Rule 3: role requirements count holders, i.e. active role assignments.
    assignments: ifThen(anyEmployees, () => packedAssignments(people)),
    // Rule 10: the validated certificates obtained by the day and not expired before it.
    certificates: ifThen(anyEmployees, () => packedCertificates(people)),
    // Rule 17: exemptions not ended and running today or later (the day's reload drops the past).
    exemptions: ifThen(anyTeams, () => packedExemptions(teams)),
    // Rule 18: the certificate requirements of the current sites, reloaded with them (scope 'site').
    siteRequirements: ifThen(withSites, () => packedSiteRequirements(organisationId)),
    // Rule 17 on rule 18: exemptions from the current sites' requirements, reloaded with them.
    siteExemptions: ifThen(withSites, () => packedSiteExemptions({ organisationId, day })),
  };
  const asked = Object.fromEntries(Object.entries(queries).filter(([, query]) => query !== undefined)) as {
    [Name in keyof typeof queries]-?: NonNullable<(typeof queries)[Name]>;
  };
  const together = async () => {
    if (!alongside) return { own: await readPackedTogether(db, asked), alongside: undefined };
    // Prefixed: the other cache's names may not clash with the snapshot's own.
    const extra = Object.fromEntries(
      Object.entries(alongside).map(([name, query]) => [`alongside:${name}`, query]),
    );
    const read = (await readPackedTogether(db, { ...asked, ...extra })) as Record<string, unknown[]>;
    const alongsideRead = Object.fromEntries(
      Object.keys(alongside).map((name) => [name, read[`alongside:${name}`]]),
    ) as ReadAll<Alongside>;
    return { own: read as unknown as ReadAll<typeof asked>, alongside: alongsideRead };
  };
  const [{ own: read, alongside: alongsideRows }, roleRows, certificateTypes] = await Promise.all([
    whole ? readEachPacked(db, asked).then((own) => ({ own, alongside: undefined })) : together(),
    // A role or catalogue change reloads in full: only a whole load reads them.
    whole
      ? db.roleDefinition.findMany({
          where: { organisationId },
          select: {
            id: true,
            key: true,
            labelNl: true,
            labelEn: true,
            areaRequirements: true,
            competencyRequirements: true,
            areaMatch: true,
          },
        })
      : null,
    whole
      ? db.certificateType.findMany({
          where: { organisationId },
          select: { id: true, code: true, labelNl: true, labelEn: true },
        })
      : null,
  ]);
  // What was not asked for is null: the patch keeps what the snapshot has.
  const rows = {} as { [Name in keyof typeof read]: (typeof read)[Name] | null };
  for (const name of Object.keys(queries) as Array<keyof typeof queries>) {
    (rows as Record<string, unknown>)[name] = queries[name] === undefined ? null : read[name];
  }
  const validated = rows.levels
    ? await validatedLevels(db, organisationId, rows.levels)
    : { levelsOf: new Map(), validatedOnOf: new Map(), pending: new Map<string, PendingLevel[]>() };
  return { ...rows, roleRows, certificateTypes, ...validated, alongside: alongsideRows };
}
