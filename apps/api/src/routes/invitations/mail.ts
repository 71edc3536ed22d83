import type { FastifyInstance } from 'fastify';
import { INVITATION_TTL_DAYS } from './model.ts';

export function invitationLink(fastify: FastifyInstance, token: string) {
  return `${fastify.config.publicWebUrl.replace(/\/+$/, '')}/uitnodiging/${encodeURIComponent(token)}`;
}

export async function sendInvitationMail(
  fastify: FastifyInstance,
  input: { email: string; name: string; organisationName: string; token: string },
) {
  const link = invitationLink(fastify, input.token);
  await fastify.mailer.send({
    to: input.email,
    subject: `Uitnodiging voor Teamspiegel — ${input.organisationName}`,
    text: [
      `Beste ${input.name},`,
      '',
      `Je bent uitgenodigd voor Teamspiegel van ${input.organisationName}.`,
      `Kies je wachtwoord via deze link (${INVITATION_TTL_DAYS} dagen geldig): ${link}`,
      '',
      `You have been invited to Teamspiegel by ${input.organisationName}. Choose your password via the link above.`,
    ].join('\n'),
    link,
  });
}
