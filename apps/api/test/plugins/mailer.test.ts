import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.ts';
import { redactRequestUrl } from '../../src/lib/redact.ts';
import { createLogMailer } from '../../src/plugins/app/mailer.ts';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';

const SMTP_USER = 'teamspiegel';
const SMTP_PASSWORD = 'smtp-test-password';

/** A real SMTP server on a free loopback port that keeps every message it accepts, parsed. */
async function startSmtpServer() {
  const received: ParsedMail[] = [];
  const waiting: Array<() => void> = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: SMTP_USER });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          for (const wake of waiting.splice(0)) wake();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP server has no port');
  return {
    port: address.port,
    received,
    /** The next message, once the server has it (the API answers after the server accepted it). */
    async message(index: number): Promise<ParsedMail> {
      while (!received[index]) await new Promise<void>((resolve) => waiting.push(resolve));
      return received[index] as ParsedMail;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  const log: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({
      configuredMailer: true,
      env: {
        LOG_LEVEL: 'info',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_USER,
        SMTP_PASSWORD,
        MAIL_FROM: 'Teamspiegel <no-reply@teamspiegel.test>',
        PUBLIC_WEB_URL: 'https://teamspiegel.test',
      },
      logStream: { write: (line) => log.push(line) },
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('sends the invitation through the SMTP server; its link is accepted; no token reaches the log', async () => {
    const token = await t.tokenFor(DEMO.hr);
    const email = `smtp.${Date.now()}@voorbeeld.nl`;
    const created = await t
      .request()
      .post('/api/invitations')
      .set('authorization', `Bearer ${token}`)
      .send({ email, name: 'Sam Smtp', role: 'employee' });
    expect(created.status).toBe(201);

    const mail = await smtp.message(smtp.received.length - 1);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(email);
    expect(mail.from?.text).toContain('no-reply@teamspiegel.test');
    expect(mail.subject).toMatch(/Uitnodiging voor Teamspiegel/);
    const link = mail.text?.match(/https:\/\/teamspiegel\.test\/uitnodiging\/([A-Za-z0-9_.%-]+)/);
    expect(link).not.toBeNull();
    const invitationToken = decodeURIComponent(link?.[1] ?? '');
    expect(invitationToken.length).toBeGreaterThanOrEqual(40);

    const preview = await t.request().get('/api/invitations/preview').query({ token: invitationToken });
    expect(preview.status).toBe(200);
    expect(preview.body.email).toBe(email);
    const accepted = await t
      .request()
      .post('/api/invitations/accept')
      .send({ token: invitationToken, password: 'Een-sterk-wachtwoord-2026', session: 'token' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.email).toBe(email);

    const written = log.join('');
    expect(written).toContain('/api/invitations/preview?token=[redacted]');
    expect(written).not.toContain(invitationToken);
    expect(written).not.toContain(encodeURIComponent(invitationToken));
  });

  it('answers 503 mail_unavailable (problem+json) when the SMTP server refuses the login', async () => {
    const other = await buildTestApp({
      configuredMailer: true,
      env: {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_USER,
        SMTP_PASSWORD: 'wrong-password',
        MAIL_FROM: 'no-reply@teamspiegel.test',
      },
    });
    try {
      const response = await other
        .request()
        .post('/api/invitations')
        .set('authorization', `Bearer ${await other.tokenFor(DEMO.hr)}`)
        .send({ email: 'refused@voorbeeld.nl', name: 'Ref Used', role: 'employee' });
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('mail_unavailable');
    } finally {
      await other.close();
    }
  });
});

describe('mail configuration', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) };

  it('refuses to start in production without SMTP settings', () => {
    expect(() => loadConfig(production)).toThrow(/SMTP_HOST/);
    expect(() => loadConfig({ ...production, SMTP_HOST: 'smtp.example.nl' })).toThrow(ConfigError);
    const config = loadConfig({ ...production, SMTP_HOST: 'smtp.example.nl', MAIL_FROM: 'a@example.nl' });
    expect(config.smtp).toMatchObject({ host: 'smtp.example.nl', port: 587, secure: false, auth: null });
  });

  it('needs user and password together', () => {
    expect(() =>
      loadConfig({ SMTP_HOST: 'smtp.example.nl', MAIL_FROM: 'a@example.nl', SMTP_USER: 'u' }),
    ).toThrow(/SMTP_PASSWORD/);
  });

  it('logs mails without the link token in development', async () => {
    const lines: Array<{ obj: object; msg: string }> = [];
    const mailer = createLogMailer({ info: (obj, msg) => lines.push({ obj, msg }) });
    const secret = 'c2VjcmV0LXRva2VuLXZhbHVlLXRoYXQtaXMtbG9uZw';
    const link = `http://localhost:3000/uitnodiging/${secret}`;
    await mailer.send({ to: 'a@example.nl', subject: 'Uitnodiging', text: `Klik: ${link}`, link });
    const written = JSON.stringify(lines);
    expect(written).not.toContain(secret);
    expect(written).toContain('http://localhost:3000/uitnodiging/[redacted]');
  });

  it('redacts credentials in logged request URLs only', () => {
    expect(redactRequestUrl('/api/invitations/preview?token=abc&page=2')).toBe(
      '/api/invitations/preview?token=[redacted]&page=2',
    );
    expect(redactRequestUrl('/api/teams?page=2')).toBe('/api/teams?page=2');
  });
});
