import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The web server's environment, parsed once. */
const ZWebEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Where the web server reaches the API (server-side only; browsers never call the API). */
  API_URL: z.string().url().default('http://127.0.0.1:3001'),
  /** Seals the session cookie (≥ 32 characters). */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Set to 'false' to allow the session cookie over plain http in production-like tests. */
  SESSION_COOKIE_SECURE: z.enum(['true', 'false']).optional(),
});

const parsed = ZWebEnv.parse(process.env);

function sessionSecret(): string {
  if (parsed.SESSION_SECRET) return parsed.SESSION_SECRET;
  if (parsed.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    console.warn('SESSION_SECRET is not set: generated one for this process; sessions end when it restarts.');
  }
  return randomBytes(32).toString('base64url');
}

export const webEnv = {
  apiUrl: parsed.API_URL.replace(/\/$/, ''),
  sessionSecret: sessionSecret(),
  secureCookies: parsed.SESSION_COOKIE_SECURE
    ? parsed.SESSION_COOKIE_SECURE === 'true'
    : parsed.NODE_ENV === 'production',
};
