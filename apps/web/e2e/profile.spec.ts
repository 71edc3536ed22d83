import { expect, test } from '@playwright/test';
import { levelRank, type TeamCoverage } from './coverage-types';
import { apiGet, apiToken, apiUrl, expectRealPage, LOGINS, saveScreenshot, signInAs } from './support';

type Profile = {
  employee: { id: string };
  areaLevels: Array<{ area: string; level: string }>;
  teams: Array<{ id: string; name: string }>;
};

/** The profile as GET /api/me/profile returns it, as far as a PUT sends it back. */
type OwnProfile = {
  version: number;
  employee: { id: string };
  areaLevels: Array<{ area: string; level: string }>;
  competencyRatings: Array<{ competency: string; score: number }>;
  surroundingsContacts: Array<{ circle: string; partnerName: string; description: string | null }>;
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
};

test.describe('own profile (/profiel)', () => {
  test('a self-assessment counts with pending changes; the validated figures wait', async ({ page }) => {
    const email = LOGINS.employee;
    const profile = await apiGet<Profile>(email, '/api/me/profile');
    const levelOf = (area: string) => profile.areaLevels.find((l) => l.area === area)?.level ?? null;

    // An area requirement of one of the employee's teams that they do not meet yet, and that is short.
    let target: {
      teamId: string;
      requirementId: string;
      area: string;
      minLevel: string;
      headcount: number;
    } | null = null;
    for (const team of profile.teams) {
      const coverage = await apiGet<TeamCoverage>(email, `/api/teams/${team.id}/coverage`);
      const requirement = coverage.requirements.find(
        (r) =>
          r.requirement.kind === 'area' &&
          r.status !== 'covered' &&
          levelRank(levelOf(r.requirement.area as string)) < levelRank(r.requirement.minLevel),
      );
      if (requirement) {
        target = {
          teamId: team.id,
          requirementId: requirement.requirement.id,
          area: requirement.requirement.area as string,
          minLevel: requirement.requirement.minLevel as string,
          headcount: requirement.supply.headcount,
        };
        break;
      }
    }
    expect(target, "the employee's teams have a short area requirement they could help meet").not.toBeNull();
    if (!target) return;

    await signInAs(page, 'employee');
    await expect(page).toHaveURL(/\/profiel$/);
    await expectRealPage(page);
    const form = page.getByTestId('profile-form');
    await expect(form).toBeVisible();
    await saveScreenshot(page, 'profiel');
    await form.locator(`select[name="level-${target.area}"]`).selectOption(target.minLevel);
    await form.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect(page.getByText('Je profiel is opgeslagen.')).toBeVisible();

    // A self-assessment waits for validation: the figures with pending changes count the employee
    // for that requirement, the validated figures (what the board sees) do not yet.
    const headcount = async (query: string) => {
      const coverage = await apiGet<TeamCoverage>(email, `/api/teams/${target.teamId}/coverage${query}`);
      return coverage.requirements.find((r) => r.requirement.id === target.requirementId)?.supply.headcount;
    };
    await expect.poll(() => headcount('?include=pending')).toBe(target.headcount + 1);
    expect(await headcount('')).toBe(target.headcount);

    // Her own page shows the pending level and what approving it would change, as the API computed it.
    type PendingImpact = {
      levels: Array<{
        area: string;
        level: string;
        requirements: Array<{
          teamId: string;
          teamName: string;
          requirementId: string;
          before: { headcount: number };
          after: { headcount: number };
        }>;
      }>;
    };
    const impact = await apiGet<PendingImpact>(email, '/api/me/pending-impact');
    const pendingLevel = impact.levels.find((level) => level.area === target.area);
    expect(pendingLevel?.level).toBe(target.minLevel);
    const effect = pendingLevel?.requirements.find((r) => r.requirementId === target.requirementId);
    expect(effect).toMatchObject({
      teamId: target.teamId,
      before: { headcount: target.headcount },
      after: { headcount: target.headcount + 1 },
    });
    const panel = page.getByTestId('pending-levels');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Wacht op validatie' })).toBeVisible();
    const shown = panel.locator(`li[data-area="${target.area}"]`);
    await expect(shown).toContainText('zelfbeoordeling');
    await expect(
      shown.getByTestId('pending-effect').filter({ hasText: effect?.teamName ?? '' }),
    ).toContainText(`${target.headcount} → ${target.headcount + 1}`);

    // And the saved level survives a reload.
    await page.reload();
    await expect(page.getByTestId('profile-form').locator(`select[name="level-${target.area}"]`)).toHaveValue(
      target.minLevel,
    );
  });

  test('the ambition impact panel shows the gaps the API says an ambition would close', async ({ page }) => {
    const email = LOGINS.employee;
    const own = await apiGet<OwnProfile>(email, '/api/me/profile');
    const teamId = (await apiGet<Profile>(email, '/api/me/profile')).teams[0]?.id;
    expect(teamId, 'the demo employee belongs to a team').toBeTruthy();
    // A short requirement in her team, in an area she has no level in: an ambition to reach it closes it.
    const held = new Set(own.areaLevels.map((l) => l.area));
    const areas = [
      'didactiek',
      'pedagogiek',
      'gezondheid',
      'verzorging',
      'psychologie_orthopedagogiek',
      'onderzoek_innovatie',
      'professionele_versterking',
      'organisatie_samenwerking',
    ];
    const area = areas.find((id) => !held.has(id));
    expect(area, 'an area without a level of hers').toBeTruthy();
    const hr = { authorization: `Bearer ${await apiToken(LOGINS.hr)}`, 'content-type': 'application/json' };
    const requirement = await fetch(`${apiUrl()}/api/team-requirements`, {
      method: 'POST',
      headers: hr,
      body: JSON.stringify({ teamId, kind: 'area', area, minLevel: 'expert', count: 40 }),
    });
    expect(requirement.status, await requirement.clone().text()).toBe(201);
    const requirementId = ((await requirement.json()) as { id: string }).id;
    const aim = { area: area as string, minLevel: 'expert' };
    const put = await fetch(`${apiUrl()}/api/me/profile`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await apiToken(email)}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        version: own.version,
        areaLevels: own.areaLevels.map((l) => ({ area: l.area, level: l.level })),
        competencyRatings: own.competencyRatings.map((r) => ({ competency: r.competency, score: r.score })),
        surroundingsContacts: own.surroundingsContacts.map((c) => ({
          circle: c.circle,
          partnerName: c.partnerName,
          description: c.description,
        })),
        ambitions: [
          ...own.ambitions.map((a) => ({
            id: a.id,
            direction: a.direction,
            area: a.area,
            targetLevel: a.targetLevel,
            horizonDate: a.horizonDate,
            motivation: a.motivation,
            visibility: a.visibility,
            status: a.status,
          })),
          {
            direction: 'verdiepen',
            area: aim.area,
            targetLevel: aim.minLevel,
            horizonDate: null,
            motivation: null,
            visibility: 'manager',
            status: 'active',
          },
        ],
      }),
    });
    expect(put.status, await put.clone().text()).toBe(200);

    type AmbitionImpact = {
      ambitions: Array<{
        area: string;
        targetLevel: string;
        requirements: Array<{
          requirementId: string;
          teamName: string;
          count: number;
          before: { headcount: number; gap: number };
          after: { gap: number };
        }>;
      }>;
    };
    const impact = await apiGet<AmbitionImpact>(email, '/api/me/ambition-impact');
    const effects = impact.ambitions.flatMap((ambition) => ambition.requirements);
    const added = impact.ambitions.find((a) => a.area === aim.area && a.targetLevel === aim.minLevel);
    expect(added?.requirements.length ?? 0).toBeGreaterThan(0);

    await signInAs(page, 'employee');
    const panel = page.getByTestId('ambition-impact');
    await expect(panel).toBeVisible();
    // Exactly what the API returned, with its figures.
    await expect(panel.getByTestId('ambition-effect')).toHaveCount(effects.length);
    for (const effect of added?.requirements ?? []) {
      const shown = panel.locator(`li[data-requirement="${effect.requirementId}"]`).first();
      await expect(shown).toContainText(effect.teamName);
      await expect(shown).toContainText(effect.after.gap === 0 ? 'dichten' : 'verkleinen');
      await expect(shown).toContainText(
        `heeft ${effect.count} ${effect.count === 1 ? 'persoon' : 'mensen'} nodig en heeft er nu ${effect.before.headcount}`,
      );
    }
    expect(added?.requirements.map((r) => r.requirementId)).toContain(requirementId);
    const removed = await fetch(`${apiUrl()}/api/team-requirements/${requirementId}`, {
      method: 'DELETE',
      headers: { authorization: hr.authorization },
    });
    expect(removed.status).toBeLessThan(300);
  });

  test("the employee sees the outcome of a validation, with the validator's note", async ({ page }) => {
    const auth = async (email: string) => ({
      authorization: `Bearer ${await apiToken(email)}`,
      'content-type': 'application/json',
    });
    const own = await apiGet<OwnProfile>(LOGINS.employee, '/api/me/profile');
    // The employee self-assesses "onderzoek & innovatie" one step differently…
    const area = 'onderzoek_innovatie';
    const before = own.areaLevels.find((l) => l.area === area)?.level;
    const level = before === 'starter' ? 'ervaren' : 'starter';
    const put = await fetch(`${apiUrl()}/api/me/profile`, {
      method: 'PUT',
      headers: await auth(LOGINS.employee),
      body: JSON.stringify({
        version: own.version,
        areaLevels: [
          ...own.areaLevels.filter((l) => l.area !== area).map((l) => ({ area: l.area, level: l.level })),
          { area, level },
        ],
        competencyRatings: own.competencyRatings.map((r) => ({
          competency: r.competency,
          score: r.score,
        })),
        surroundingsContacts: own.surroundingsContacts.map((c) => ({
          circle: c.circle,
          partnerName: c.partnerName,
          description: c.description,
        })),
        ambitions: own.ambitions.map((a) => ({
          id: a.id,
          direction: a.direction,
          area: a.area,
          targetLevel: a.targetLevel,
          horizonDate: a.horizonDate,
          motivation: a.motivation,
          visibility: a.visibility,
          status: a.status,
        })),
      }),
    });
    expect(put.status, await put.clone().text()).toBe(200);

    // …HR adjusts it with a note…
    const current = await apiGet<{ items: Array<{ id: string; status: string }> }>(
      LOGINS.hr,
      `/api/area-levels?employeeId=${own.employee.id}&area=${area}&current=true`,
    );
    const row = current.items[0];
    expect(row?.status).toBe('self_assessed');
    const note = `Afgestemd in het ontwikkelgesprek ${Date.now()}`;
    const validated = await fetch(`${apiUrl()}/api/area-levels/${row?.id}/validate`, {
      method: 'POST',
      headers: await auth(LOGINS.hr),
      body: JSON.stringify({ decision: 'adjust', level: 'in_opleiding', comment: note }),
    });
    expect(validated.status, await validated.clone().text()).toBe(201);

    // …and the employee sees the outcome on their own profile.
    await signInAs(page, 'employee');
    const form = page.getByTestId('profile-form');
    await expect(form.locator(`select[name="level-${area}"]`)).toHaveValue('in_opleiding');
    await expect(form).toContainText(note);
  });
});
