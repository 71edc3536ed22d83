import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * Libraries a process serving coverage never needs are loaded on first use (issue 13: the API's
 * RSS): pdfkit with the first report, nodemailer with the first mail, exceljs with the first
 * spreadsheet. Each mock below records when the module is first imported and then is the module.
 */
const loaded = vi.hoisted(() => new Set<string>());
vi.mock('pdfkit', async (importOriginal) => {
  loaded.add('pdfkit');
  return importOriginal();
});
vi.mock('nodemailer', async (importOriginal) => {
  loaded.add('nodemailer');
  return importOriginal();
});
vi.mock('exceljs', async (importOriginal) => {
  loaded.add('exceljs');
  return importOriginal();
});

const smtpEnv = {
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: '1',
  MAIL_FROM: 'Teamspiegel <no-reply@teamspiegel.test>',
};

describe('libraries loaded on first use', () => {
  const servers: SMTPServer[] = [];
  afterAll(async () => {
    for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('registering the whole app (with an SMTP mailer) loads none of them', async () => {
    const { default: app, fastifyOptions } = await import('../../src/app.ts');
    const { loadConfig } = await import('../../src/config/env.ts');
    const { TEST_JWT_SECRET } = await import('../helpers/build.ts');
    const config = loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      ...smtpEnv,
    });
    expect(config.smtp).not.toBeNull();
    const fastify = Fastify({ ...fastifyOptions(config), logger: false });
    // Never connected: registered, not readied (as the route inventory does).
    await fastify.register(fp(app, { name: 'teamspiegel' }), {
      config,
      databaseUrl: 'postgresql://unused:unused@127.0.0.1:1/unused',
    });
    expect(fastify.hasDecorator('mailer')).toBe(true);
    await fastify.close();
    expect([...loaded]).toEqual([]);
  });

  it('a report loads pdfkit when it is rendered, and is a PDF', async () => {
    const { reportDocument } = await import('../../src/services/export/report-pdf-kit.ts');
    expect(loaded.has('pdfkit')).toBe(false);
    const { doc, bytes } = await reportDocument('Proef', new Date('2026-12-07T10:00:00Z'));
    doc.text('Teamspiegel');
    doc.end();
    const pdf = await bytes;
    expect(loaded.has('pdfkit')).toBe(true);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('the SMTP mailer loads nodemailer with its first mail, and sends it', async () => {
    const { createSmtpMailer } = await import('../../src/plugins/app/mailer.ts');
    const subjects: string[] = [];
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      onData(stream, _session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
        });
        stream.on('end', () => {
          subjects.push(/^Subject: (.*)$/m.exec(text)?.[1]?.trim() ?? '');
          callback();
        });
      },
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    if (!address || typeof address === 'string') throw new Error('SMTP server has no port');
    const errors: object[] = [];
    const mailer = createSmtpMailer(
      {
        host: '127.0.0.1',
        port: address.port,
        secure: false,
        requireTls: false,
        auth: null,
        from: smtpEnv.MAIL_FROM,
      },
      { error: (obj) => errors.push(obj) },
    );
    expect(loaded.has('nodemailer')).toBe(false);
    await mailer.send({ to: 'hr@demo.teamspiegel.nl', subject: 'Uitnodiging', text: 'Welkom' });
    expect(loaded.has('nodemailer')).toBe(true);
    expect(subjects).toEqual(['Uitnodiging']);
    expect(errors).toEqual([]);
    await mailer.close?.();
  });

  it('exceljs is loaded by the first spreadsheet', async () => {
    const { loadExcelJs } = await import('../../src/lib/spreadsheet.ts');
    expect(loaded.has('exceljs')).toBe(false);
    const ExcelJS = await loadExcelJs();
    expect(loaded.has('exceljs')).toBe(true);
    expect(typeof new ExcelJS.Workbook().addWorksheet).toBe('function');
  });
});
