import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Transporter } from 'nodemailer';
import type { SmtpConfig } from '../../config/env.ts';
import { ProblemError } from '../../lib/problem.ts';
import { redactLink, redactLinkIn } from '../../lib/redact.ts';

/** `link` is a credential (an invitation link): it is sent, never logged. */
export type Mail = { to: string; subject: string; text: string; link?: string };
export type Mailer = { send(mail: Mail): Promise<void>; close?(): Promise<void> | void };

type Log = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

export const mailUnavailable = () =>
  new ProblemError(
    503,
    'mail_unavailable',
    'Service unavailable',
    'The mail could not be sent. The invitation is saved; send it again later (resend).',
  );

/**
 * Development (no SMTP server configured): writes the mail to the log instead of sending it, with
 * the link's token redacted — a link in a log file is a credential anyone reading it could use.
 */
export function createLogMailer(log: Pick<Log, 'info'>): Mailer {
  return {
    async send(mail) {
      log.info(
        { to: mail.to, subject: mail.subject, link: mail.link ? redactLink(mail.link) : undefined },
        `mail (not sent: no SMTP_HOST configured): ${redactLinkIn(mail.text, mail.link)}`,
      );
    },
  };
}

/**
 * Sends over SMTP (nodemailer); a failure answers 503 `mail_unavailable` and logs no content.
 * nodemailer is loaded, and its transport made, with the first mail: most processes send none for
 * hours, and the module holds ≈3 MB of resident memory (issue 13).
 */
export function createSmtpMailer(smtp: SmtpConfig, log: Pick<Log, 'error'>): Mailer {
  let transport: Promise<Transporter> | undefined;
  const connect = async () => {
    const nodemailer = (await import('nodemailer')).default;
    return nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      requireTLS: smtp.requireTls,
      ...(smtp.auth ? { auth: smtp.auth } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  };
  return {
    async send(mail) {
      try {
        transport ??= connect();
        await (await transport).sendMail({
          from: smtp.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
      } catch (error) {
        const { code, responseCode } = error as { code?: string; responseCode?: number };
        log.error({ to: mail.to, code, responseCode }, 'mail not sent: the SMTP server refused or failed');
        throw mailUnavailable();
      }
    },
    async close() {
      (await transport)?.close();
    },
  };
}

export default fp(
  async (fastify: FastifyInstance, opts: { mailer?: Mailer }) => {
    const smtp = fastify.config.smtp;
    const mailer = opts.mailer ?? (smtp ? createSmtpMailer(smtp, fastify.log) : createLogMailer(fastify.log));
    fastify.decorate('mailer', mailer);
    fastify.addHook('onClose', async () => {
      await mailer.close?.();
    });
  },
  { name: 'mailer', dependencies: ['config'] },
);
