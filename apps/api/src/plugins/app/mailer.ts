import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export type Mail = { to: string; subject: string; text: string; link?: string };
export type Mailer = { send(mail: Mail): Promise<void> };

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

/** Development mailer: writes the mail (and its link) to the log instead of sending it. */
export function createLogMailer(log: { info(obj: object, msg: string): void }): Mailer {
  return {
    async send(mail) {
      log.info(
        { to: mail.to, subject: mail.subject, link: mail.link },
        `mail (not sent, development mailer): ${mail.text}`,
      );
    },
  };
}

export default fp(
  async (fastify: FastifyInstance, opts: { mailer?: Mailer }) => {
    fastify.decorate('mailer', opts.mailer ?? createLogMailer(fastify.log));
  },
  { name: 'mailer' },
);
