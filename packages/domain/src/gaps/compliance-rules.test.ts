// The worked examples of docs/coverage-rules.md, rules 11 (reassessment) and 12 (exemptions).
import { describe, expect, it } from 'vitest';
import { areaReq, member, team } from '../../test/builders.js';
import type { TExemptionInput, TTeamInput } from '../contracts/inputs.js';
import { exemptionRunsOn, exemptionStatus } from '../model/exemptions.js';
import { reassessmentDueOn, reassessmentStatus } from '../model/reassessment.js';
import { coverageHeadline } from './headline.js';
import { computeOrganisationCoverage } from './organisation-coverage.js';
import { countOverdueLevels, teamWithoutOverdueLevels, withoutOverdueLevels } from './reassessment.js';
import { computeTeamCoverage } from './team-coverage.js';

const measured = { measuredOn: '2026-12-06', projectionHorizon: '2027-03-06' };

describe('rule 16 — reassessment cycle', () => {
  const anna = member('anna', {
    levels: { pedagogiek: 'ervaren' },
    levelsValidatedOn: { pedagogiek: '2024-12-01' },
  });
  const bram = member('bram', {
    levels: { pedagogiek: 'ervaren' },
    levelsValidatedOn: { pedagogiek: '2025-01-15' },
  });
  const carla = member('carla', {
    levels: { pedagogiek: 'ervaren' },
    levelsValidatedOn: { pedagogiek: '2026-06-01' },
  });
  const input: TTeamInput = {
    ...team([anna, bram, carla], [areaReq('ped', 'pedagogiek', 'ervaren', 2)]),
    ...measured,
  };

  it('cycle 24 months on 2026-12-06: Anna overdue, Bram due (40 days), Carla current; without a cycle all current', () => {
    expect(reassessmentDueOn('2024-12-01', 24)).toBe('2026-12-01');
    expect(reassessmentStatus('2024-12-01', 24, '2026-12-06')).toBe('overdue');
    expect(reassessmentDueOn('2025-01-15', 24)).toBe('2027-01-15');
    expect(reassessmentStatus('2025-01-15', 24, '2026-12-06')).toBe('due');
    expect(reassessmentStatus('2026-06-01', 24, '2026-12-06')).toBe('current');
    expect(reassessmentStatus('2024-12-01', null, '2026-12-06')).toBe('current');
    expect(reassessmentDueOn('2024-12-01', null)).toBeNull();
    // On the day itself it is overdue; the day before it is due.
    expect(reassessmentStatus('2024-12-06', 24, '2026-12-06')).toBe('overdue');
    expect(reassessmentStatus('2024-12-07', 24, '2026-12-06')).toBe('due');
    // A day past the month's end clamps.
    expect(reassessmentDueOn('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('≥ 2 ervaren: including overdue levels 3/2 covered; excluding them 2/2 no_margin', () => {
    const included = computeTeamCoverage(input).requirements[0];
    expect(included?.supply.headcount).toBe(3);
    expect(included?.status).toBe('covered');
    const excluded = computeTeamCoverage(
      teamWithoutOverdueLevels(input, { cycleMonths: 24, on: '2026-12-06' }),
    ).requirements[0];
    expect(excluded?.supply.headcount).toBe(2);
    expect(excluded?.status).toBe('no_margin');
    expect(excluded?.suppliers.map((s) => s.employeeId)).toEqual(['bram', 'carla']);
    expect(countOverdueLevels(input.members, { cycleMonths: 24, on: '2026-12-06' })).toBe(1);
    expect(countOverdueLevels(input.members, { cycleMonths: null, on: '2026-12-06' })).toBe(0);
  });

  it('leaves members and teams untouched (same objects) when nothing is overdue or there is no cycle', () => {
    expect(withoutOverdueLevels(carla, { cycleMonths: 24, on: '2026-12-06' })).toBe(carla);
    expect(withoutOverdueLevels(anna, { cycleMonths: null, on: '2026-12-06' })).toBe(anna);
    expect(teamWithoutOverdueLevels(input, { cycleMonths: null, on: '2026-12-06' })).toBe(input);
    const stripped = withoutOverdueLevels(
      member('x', {
        levels: { pedagogiek: 'expert', didactiek: 'starter' },
        levelsValidatedOn: { pedagogiek: '2020-01-01', didactiek: '2026-01-01' },
      }),
      { cycleMonths: 24, on: '2026-12-06' },
    );
    expect(stripped.levels).toEqual({ didactiek: 'starter' });
  });
});

describe('rule 17 — exemptions', () => {
  const ehbo = { id: 'ehbo-1', kind: 'certificate', certificateTypeId: 'ehbo', count: 1 } as const;
  // A trend point measures on its day alone: no projection horizon.
  const peuters = (
    exemptions: TExemptionInput[],
    on: { measuredOn: string; projectionHorizon?: string } = measured,
  ) => ({
    ...team([member('anna'), member('bram')], [ehbo], 'peuters'),
    ...on,
    exemptions,
  });
  const teamExemption: TExemptionInput = {
    id: 'ex-1',
    requirementId: 'ehbo-1',
    employeeId: null,
    startsOn: '2026-12-06',
    endsOn: '2027-01-31',
  };

  it('an exemption is scheduled before its first day, active through its last, then expired; ended from the day it was ended', () => {
    const period = { startsOn: '2026-12-06', endsOn: '2027-01-31', endedOn: null };
    expect(exemptionStatus(period, '2026-12-05')).toBe('scheduled');
    expect(exemptionStatus(period, '2026-12-06')).toBe('active');
    expect(exemptionStatus(period, '2027-01-31')).toBe('active');
    expect(exemptionStatus(period, '2027-02-01')).toBe('expired');
    const ended = { ...period, endedOn: '2026-12-10' };
    expect(exemptionStatus(ended, '2026-12-09')).toBe('active');
    expect(exemptionStatus(ended, '2026-12-10')).toBe('ended');
    expect(exemptionStatus(ended, '2027-03-01')).toBe('ended');
    expect([exemptionRunsOn(ended, '2026-12-09'), exemptionRunsOn(ended, '2026-12-10')]).toEqual([
      true,
      false,
    ]);
  });

  it('nobody holds kinder-EHBO → 0/1 gap, 1 missing', () => {
    const coverage = computeTeamCoverage(peuters([]));
    expect(coverage.requirements[0]?.status).toBe('gap');
    expect(coverage.summary.gaps).toBe(1);
    expect(coverage.summary.totalGap).toBe(1);
  });

  it('the team exempt through 2027-01-31 → today exempt, 0 missing, 0 gaps, 1 exempt; projected 0/1 gap', () => {
    const coverage = computeTeamCoverage(peuters([teamExemption]));
    const rc = coverage.requirements[0];
    expect(rc?.status).toBe('exempt');
    expect(rc?.gap).toBe(0);
    expect(rc?.severity).toBe(0);
    expect(rc?.exemption).toEqual({ exemptionId: 'ex-1', endsOn: '2027-01-31', status: 'gap', gap: 1 });
    expect(coverage.summary).toMatchObject({ gaps: 0, exempt: 1, totalGap: 0, projectedTotalGap: 1 });
    expect(rc?.projected.status).toBe('gap');
    expect(rc?.projected.gap).toBe(1);
    const organisation = computeOrganisationCoverage({ teams: [peuters([teamExemption])] });
    expect(organisation.ranking).toEqual([]);
    expect(organisation.totals.overall.gaps).toBe(0);
    expect(organisation.totals.overall.exempt).toBe(1);
    expect(coverageHeadline(organisation).teamsWithGap).toBe(0);
  });

  it('on 2027-02-01 the requirement is 0/1 gap again (the exemption ran through 2027-01-31)', () => {
    const later = { measuredOn: '2027-02-01', projectionHorizon: '2027-05-01' };
    const rc = computeTeamCoverage(peuters([teamExemption], later)).requirements[0];
    expect(rc?.status).toBe('gap');
    expect(rc?.gap).toBe(1);
    expect(rc?.exemption).toBeUndefined();
    // Its last day still counts; a future exemption does not apply yet.
    const lastDay = { measuredOn: '2027-01-31', projectionHorizon: '2027-05-01' };
    expect(computeTeamCoverage(peuters([teamExemption], lastDay)).requirements[0]?.status).toBe('exempt');
    const future = { ...teamExemption, startsOn: '2026-12-07' };
    expect(computeTeamCoverage(peuters([future])).requirements[0]?.status).toBe('gap');
  });

  it('an area requirement exempt in a heatmap cell shows exempt, not a gap', () => {
    const input: TTeamInput = {
      ...team([member('anna')], [areaReq('ped', 'pedagogiek', 'ervaren', 1)]),
      ...measured,
      exemptions: [{ ...teamExemption, requirementId: 'ped', endsOn: '2027-12-31' }],
    };
    const organisation = computeOrganisationCoverage({ teams: [input] });
    const cell = organisation.matrix[0]?.cells.pedagogiek;
    expect(cell?.status).toBe('exempt');
    expect(cell?.gap).toBe(0);
    expect(organisation.totals.byArea.pedagogiek.gaps).toBe(0);
    expect(organisation.totals.byArea.pedagogiek.exempt).toBe(1);
    // Runs past the horizon: exempt in the projection too.
    expect(organisation.teams[0]?.requirements[0]?.projected.status).toBe('exempt');
  });

  it('Anna exempt from the requirement through 2027-12-31 → 1/1 single_point today and projected, listed as exempt holder', () => {
    const rc = computeTeamCoverage(
      peuters([{ ...teamExemption, id: 'ex-anna', employeeId: 'anna', endsOn: '2027-12-31' }]),
    ).requirements[0];
    expect(rc?.status).toBe('single_point');
    expect(rc?.supply.headcount).toBe(1);
    expect(rc?.projected.status).toBe('single_point');
    expect(rc?.exemptHolders).toEqual([
      { employeeId: 'anna', fte: 1, exemptionId: 'ex-anna', endsOn: '2027-12-31' },
    ]);
    expect(rc?.lapsing).toEqual([]);
    // Ending before the horizon: counted today, lapsing in the projection.
    const short = computeTeamCoverage(
      peuters([{ ...teamExemption, id: 'ex-anna', employeeId: 'anna', endsOn: '2027-01-31' }]),
    ).requirements[0];
    expect(short?.supply.headcount).toBe(1);
    expect(short?.projected.status).toBe('gap');
    expect(short?.lapsing?.map((s) => s.employeeId)).toEqual(['anna']);
  });

  describe('at past days (a trend point measures on its own day, rule 6)', () => {
    // Trend points: the last day of each month, no projection.
    const on = (measuredOn: string) => ({ measuredOn });
    const statusOn = (exemption: TExemptionInput, day: string) =>
      computeTeamCoverage(peuters([exemption], on(day))).requirements[0]?.status;
    const running = { ...teamExemption, startsOn: '2026-09-01', endsOn: '2027-01-31' };

    it('an exemption that started after the point does not apply to it', () => {
      const started = { ...running, startsOn: '2026-11-15' };
      expect(statusOn(started, '2026-10-31')).toBe('gap');
      expect(statusOn(started, '2026-11-14')).toBe('gap');
      expect(statusOn(started, '2026-11-30')).toBe('exempt');
    });

    it('an exemption that ran out before the point does not apply; on its last day it does', () => {
      const expired = { ...running, endsOn: '2026-10-20' };
      expect(statusOn(expired, '2026-09-30')).toBe('exempt');
      expect(statusOn(expired, '2026-10-20')).toBe('exempt');
      expect(statusOn(expired, '2026-10-31')).toBe('gap');
    });

    it('an exemption ended early applies through the day before it was ended, and no longer after', () => {
      const ended = { ...running, endedOn: '2026-11-10' };
      expect(statusOn(ended, '2026-10-31')).toBe('exempt');
      expect(statusOn(ended, '2026-11-09')).toBe('exempt');
      expect(statusOn(ended, '2026-11-10')).toBe('gap');
      expect(statusOn(ended, '2026-11-30')).toBe('gap');
      const summary = computeTeamCoverage(peuters([ended], on('2026-10-31'))).summary;
      expect(summary).toMatchObject({ gaps: 0, exempt: 1, totalGap: 0 });
    });

    it('a person exemption ended early counts her as holder only before it was ended', () => {
      const anna = { ...running, id: 'ex-anna', employeeId: 'anna', endedOn: '2026-11-10' };
      const before = computeTeamCoverage(peuters([anna], on('2026-10-31'))).requirements[0];
      expect(before?.status).toBe('single_point');
      expect(before?.exemptHolders?.map((holder) => holder.employeeId)).toEqual(['anna']);
      const after = computeTeamCoverage(peuters([anna], on('2026-11-30'))).requirements[0];
      expect(after?.status).toBe('gap');
      expect(after?.exemptHolders).toBeUndefined();
    });

    it('the same exemptions give each month its own figure: one running then, one not yet, one over', () => {
      const exemptions: TExemptionInput[] = [
        { ...running, id: 'ex-old', endsOn: '2026-09-30' },
        { ...running, id: 'ex-new', startsOn: '2026-12-01' },
      ];
      const monthEnds = ['2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-06'];
      const statuses = monthEnds.map(
        (day) => computeTeamCoverage(peuters(exemptions, on(day))).requirements[0]?.status,
      );
      expect(statuses).toEqual(['gap', 'exempt', 'gap', 'gap', 'exempt']);
    });
  });
});
