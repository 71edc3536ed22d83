import { AREAS, LEVEL_RANK, LEVELS, type LevelId } from '@teamspiegel/domain';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

/**
 * The conversation sheet (gespreksblad) as a PDF: A4 portrait, with the person's levels and
 * their validation status, her ambitions and actions, and the team gap her ambition would close.
 */
let t: TestApp;

const auth = async (email: string) => ({ authorization: `Bearer ${await t.tokenFor(email)}` });
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return flat((await parser.getText()).text);
  } finally {
    await parser.destroy();
  }
}

type Requirement = {
  requirement: { kind: string; area?: string; minLevel?: LevelId };
  gap: number;
};
type Employee = { id: string; fullName: string; levels: Record<string, { level: LevelId; status: string }> };

/** A team with an area gap and a member below its level: the person the sheet is about. */
async function personWithClosableGap() {
  const headers = await auth(DEMO.hr);
  const coverage = (
    await t.request().get('/api/organisation/coverage?pageSize=1000&sort=severity').set(headers)
  ).body as { matrix: { items: Array<{ teamId: string; teamName: string }> } };
  for (const row of coverage.matrix.items) {
    const team = (await t.request().get(`/api/teams/${row.teamId}/coverage`).set(headers)).body as {
      requirements: Requirement[];
    };
    const gaps = team.requirements.filter((rc) => rc.requirement.kind === 'area' && rc.gap > 0);
    if (gaps.length === 0) continue;
    const members = (await t.request().get(`/api/employees?teamId=${row.teamId}&pageSize=200`).set(headers))
      .body as { items: Employee[] };
    for (const gap of gaps) {
      const area = gap.requirement.area as string;
      const minLevel = gap.requirement.minLevel as LevelId;
      const below = members.items.find((person) => {
        const current = person.levels[area]?.level;
        return !current || LEVEL_RANK[current] < LEVEL_RANK[minLevel];
      });
      if (below) return { person: below, teamName: row.teamName, area, minLevel, gap: gap.gap };
    }
  }
  throw new Error('the demo seed has no team gap with a member below its level');
}

beforeAll(async () => {
  t = await buildTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/employees/:id/conversation-sheet.pdf', () => {
  it('shows her levels, ambition, action and the team gap her ambition would close', async () => {
    const target = await personWithClosableGap();
    const hr = await auth(DEMO.hr);
    const ambition = await t.request().post('/api/ambitions').set(hr).send({
      employeeId: target.person.id,
      direction: 'verdiepen',
      area: target.area,
      targetLevel: target.minLevel,
    });
    expect(ambition.status).toBe(201);
    const action = await t
      .request()
      .post('/api/development-actions')
      .set(hr)
      .send({ type: 'coaching', title: 'Coaching op de werkvloer', employeeId: target.person.id });
    expect(action.status).toBe(201);

    const response = await t.app.inject({
      method: 'GET',
      url: `/api/employees/${target.person.id}/conversation-sheet.pdf`,
      headers: hr,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /filename="teamspiegel-gespreksblad-[a-z0-9-]+\.pdf"/,
    );
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 portrait.
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const text = await textOf(pdf);
    expect(text).toContain(`Gespreksblad: ${flat(target.person.fullName)}`);
    expect(text).toContain('Niveaus per gebied');
    for (const entry of Object.values(target.person.levels)) {
      expect(text).toContain(entry.status === 'validated' ? 'gevalideerd' : 'wacht op validatie');
    }
    expect(text).toContain('Coaching op de werkvloer');
    expect(text).toContain('Hiaten in het team die zij kan helpen dichten');
    expect(text).toContain(flat(target.teamName));
    const areaName = AREAS.find((area) => area.id === target.area)?.label.nl;
    const levelName = LEVELS.find((level) => level.id === target.minLevel)?.label.nl;
    // The gap, with her route to it (her new ambition, or an action already planned there).
    expect(text).toMatch(
      new RegExp(`${areaName}, minimaal ${levelName} ${target.gap} .*(haar ambitie|geplande actie naar)`),
    );
    // Dutch number formatting of the contract size.
    expect(text).toMatch(/\d(,\d+)? fte/);

    const english = await t.app.inject({
      method: 'GET',
      url: `/api/employees/${target.person.id}/conversation-sheet.pdf?locale=en`,
      headers: hr,
    });
    expect(await textOf(english.rawPayload)).toContain('Team gaps she could help close');
  });

  it('is 404 for someone outside the caller’s reach or tenant, 403 for the trainer', async () => {
    const { person } = await personWithClosableGap();
    const url = `/api/employees/${person.id}/conversation-sheet.pdf`;
    const zon = await t.app.inject({ method: 'GET', url, headers: await auth(ZON.hr) });
    expect(zon.statusCode).toBe(404);
    expect(zon.headers['content-type']).toMatch(/^application\/problem\+json/);
    const trainer = await t.app.inject({ method: 'GET', url, headers: await auth(DEMO.trainer) });
    expect(trainer.statusCode).toBe(403);
  });
});
