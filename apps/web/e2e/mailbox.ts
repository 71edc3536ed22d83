import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * The browser tests' mailbox: the global setup starts a real SMTP server on a free loopback port and
 * points the API at it (SMTP_HOST/SMTP_PORT); every accepted message is written, parsed, as a JSON
 * file to E2E_MAIL_DIR, where the tests (other processes) read it.
 */
export type CapturedMail = { to: string[]; subject: string; text: string; receivedAt: number };

export async function startMailCapture(dir: string) {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((address) =>
            address.value.map((value) => (value.address ?? '').toLowerCase()),
          );
          const captured: CapturedMail = {
            to,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            receivedAt: Date.now(),
          };
          count += 1;
          writeFileSync(
            path.join(dir, `${Date.now()}-${String(count).padStart(5, '0')}.json`),
            JSON.stringify(captured),
          );
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('the SMTP capture has no port');
  return { port: address.port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run through `playwright test` (global setup)');
  return dir;
}

/** Every captured mail to `address`, oldest first. */
export function mailsTo(address: string): CapturedMail[] {
  const dir = mailDir();
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CapturedMail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits for the `n`-th mail to `address` (1-based) and returns it. */
export async function waitForMail(address: string, n = 1): Promise<CapturedMail> {
  await expect.poll(() => mailsTo(address).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(n);
  return mailsTo(address)[n - 1] as CapturedMail;
}

/** The invitation link in a mail, as a path of the web app (/uitnodiging/<token>). */
export function invitationPath(mail: CapturedMail): string {
  const match = /https?:\/\/[^\s]+\/uitnodiging\/[A-Za-z0-9_.%-]+/.exec(mail.text);
  if (!match) throw new Error(`no invitation link in the mail "${mail.subject}"`);
  return new URL(match[0]).pathname;
}
