/**
 * `npm run bench:import` — a benchmark, not a test. On its own fresh database (PostgreSQL on
 * 127.0.0.1:5432, BENCH_SERVER_URL to change) it seeds the demo organisation, starts the API in
 * its own process (built, as `npm start` runs it) and, as the HR user, imports generated files through the HTTP API:
 * upload → preview → commit → poll until done. Each file builds structure (a new site, 40 teams,
 * people in one or two teams with an FTE share, levels in four areas). It samples the API
 * process's RSS throughout and prints: figure | measured | target | met.
 * Targets (issue #13): 5,000 rows ≤ 5 s, 20,000 rows ≤ 20 s, API RSS < 300 MB throughout.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { AREAS } from '@teamspiegel/domain';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaClient } from '../src/db/prisma-client.ts';
import { DEMO_PASSWORD, runSeed } from '../src/db/seed/index.ts';
import { benchDatabase, type Figure, printTable, rssOf, sampleRss, signIn, startApi } from './harness.ts';

const databaseName = process.env.BENCH_DATABASE ?? 'teamspiegel_bench_import';
const port = Number(process.env.BENCH_PORT ?? 3398);
const sizes = (process.env.BENCH_IMPORT_SIZES ?? '5000,20000').split(',').map(Number);
const TEAMS = 40;
const LEVELS = ['starter', 'Ervaren', 'expert', 'in opleiding'];
const targets: Record<number, number> = { 5000: 5, 20000: 20 };
const RSS_TARGET_MB = 300;

/** A semicolon CSV of `rows` people for a new site, as HR would export it from Excel. */
function generatedCsv(rows: number, tag: string): Buffer {
  const areas = AREAS.slice(0, 4).map((area) => area.label.nl);
  const header = ['e-mail', 'voornaam', 'achternaam', 'functie', 'fte', 'actief', 'locatie', 'team'];
  header.push('fte in team', 'teamsoort', 'startdatum in team', ...areas);
  const lines = [header.join(';')];
  for (let i = 0; i < rows; i++) {
    const first = `Groep ${(i % TEAMS) + 1}`;
    const second = `Groep ${((i + 7) % TEAMS) + 1}`;
    const twoTeams = i % 3 === 0;
    lines.push(
      [
        `bench.${tag}.${i}@import.example.nl`,
        `Voor${i}`,
        `Achter ${tag} ${i}`,
        'Pedagogisch medewerker',
        '0,8',
        'ja',
        `Bench IKC ${tag}`,
        twoTeams ? `${first} | ${second}` : first,
        twoTeams ? '0,5 | 0,3' : '0,8',
        i % TEAMS < 20 ? 'bso' : 'peuter',
        '2026-09-01',
        ...areas.map((_, a) => LEVELS[(i + a) % LEVELS.length] ?? ''),
      ].join(';'),
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function postFile(url: string, token: string, body: Buffer, fileName: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(body)], { type: 'text/csv' }), fileName);
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

type Job = { status: string; report: { created: number; memberships: number } | null; error: string | null };

async function importFile(base: string, token: string, rows: number) {
  const file = generatedCsv(rows, `${rows}`);
  const started = performance.now();
  const preview = await postFile(`${base}/api/imports/preview`, token, file, `bench-${rows}.csv`);
  if (preview.errorCount !== 0)
    throw new Error(`preview errors: ${JSON.stringify(preview.errors).slice(0, 500)}`);
  const previewMs = performance.now() - started;
  const { jobId } = (await postFile(`${base}/api/imports`, token, file, `bench-${rows}.csv`)) as {
    jobId: string;
  };
  for (;;) {
    const response = await fetch(`${base}/api/imports/${jobId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const job = (await response.json()) as Job;
    if (job.status === 'completed' || job.status === 'failed') {
      const totalMs = performance.now() - started;
      if (job.status === 'failed') throw new Error(`import of ${rows} rows failed: ${job.error}`);
      return { totalMs, previewMs, commitMs: totalMs - previewMs, report: job.report, bytes: file.length };
    }
    await sleep(50);
  }
}

const databaseUrl = await benchDatabase(databaseName, { fresh: true });
console.log(`database ${databaseName} (fresh): applying migrations and seeding the demo organisation…`);
await applyMigrations(databaseUrl);
const prisma = createPrismaClient(databaseUrl);
await runSeed(prisma, { log: (line) => console.log(`  seed: ${line}`) });
await prisma.$disconnect();

const api = await startApi(databaseUrl, port, { built: true });
const figures: Figure[] = [];
try {
  const token = await signIn(api.base, 'hr@demo.teamspiegel.nl', DEMO_PASSWORD);
  const pid = api.process.pid ?? 0;
  const atRestMb = (rssOf(pid) ?? 0) / 1024 / 1024;
  const rss = sampleRss(pid);
  for (const rows of sizes) {
    const result = await importFile(api.base, token, rows);
    const seconds = result.totalMs / 1000;
    const target = targets[rows] ?? rows / 1000;
    console.log(
      `${rows} rows (${(result.bytes / 1024).toFixed(0)} KB CSV): preview ${(result.previewMs / 1000).toFixed(2)} s, commit to done ${(result.commitMs / 1000).toFixed(2)} s; ${JSON.stringify(result.report)}`,
    );
    figures.push({
      figure: `import ${rows.toLocaleString('en')} rows, upload to done`,
      measured: `${seconds.toFixed(2)} s`,
      target: `≤ ${target} s`,
      met: seconds <= target,
    });
  }
  const peakMb = rss.stop() / 1024 / 1024;
  figures.push({
    figure: 'API process RSS, peak during the imports',
    measured: `${peakMb.toFixed(0)} MB`,
    target: `< ${RSS_TARGET_MB} MB`,
    met: peakMb < RSS_TARGET_MB,
  });
  figures.push({
    figure: 'API process RSS at rest (after start and sign-in)',
    measured: `${atRestMb.toFixed(0)} MB`,
    target: '-',
    met: null,
  });
  console.log('');
  printTable(figures);
} finally {
  await api.stop();
}
