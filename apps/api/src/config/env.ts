import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Everything the API reads from the environment, parsed once here and nowhere else. */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** Unset: the embedded PostgreSQL (PGlite) under .data/ is used. */
  DATABASE_URL: z.string().url().optional(),
  JWT_SECRET: z.string().optional(),
  JWT_ISSUER: z.string().default('teamspiegel-api'),
  JWT_AUDIENCE: z.string().default('teamspiegel'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** The web app's origin; the only origin CORS admits. */
  WEB_ORIGIN: z.string().url().default('http://localhost:3000'),
  /** Base URL put into invitation links. */
  PUBLIC_WEB_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests per minute per client (global); login has its own, stricter limits. */
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
  LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** `npm start` sets this: seed the demo tenants (idempotently) before listening. */
  TEAMSPIEGEL_SEED_DEMO: z.enum(['true', 'false']).default('false'),
  /** Bearer token for GET /metrics (Prometheus); unset: the endpoint does not exist. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** Load shedding: answer 503 + Retry-After while the event loop lags more than this (0: off). */
  LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  /**
   * … or while the event loop is busier than this share of the time (0: off, the default: start-up
   * and a CPU shared with other processes also read as "busy"; 0.98 suits a dedicated container).
   */
  LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).default(0),
  /** … or while the V8 heap holds more than this many bytes (0: off). */
  LOAD_SHED_MAX_HEAP_USED_BYTES: z.coerce.number().int().min(0).default(0),
});

export type Config = {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  jwt: { secret: string; issuer: string; audience: string; accessTtlSeconds: number };
  refreshTokenTtlDays: number;
  webOrigin: string;
  publicWebUrl: string;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  rateLimitMax: number;
  loginRateLimitMax: number;
  bodyLimitBytes: number;
  seedDemo: boolean;
  metricsToken: string | undefined;
  loadShedding: { maxEventLoopDelayMs: number; maxEventLoopUtilization: number; maxHeapUsedBytes: number };
  warnings: string[];
};

const MIN_SECRET_LENGTH = 32;

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const env = parsed.data;
  const warnings: string[] = [];
  let secret = env.JWT_SECRET;
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    if (env.NODE_ENV === 'production') {
      throw new ConfigError(
        `JWT_SECRET must be set to at least ${MIN_SECRET_LENGTH} characters in production`,
      );
    }
    secret = randomBytes(48).toString('base64url');
    warnings.push(
      'JWT_SECRET is missing or short: generated a random one for this process (sessions end at restart).',
    );
  }
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    jwt: {
      secret,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      accessTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    },
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    webOrigin: env.WEB_ORIGIN,
    publicWebUrl: env.PUBLIC_WEB_URL ?? env.WEB_ORIGIN,
    logLevel: env.LOG_LEVEL,
    rateLimitMax: env.RATE_LIMIT_MAX,
    loginRateLimitMax: env.LOGIN_RATE_LIMIT_MAX,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    seedDemo: env.TEAMSPIEGEL_SEED_DEMO === 'true',
    metricsToken: env.METRICS_TOKEN,
    loadShedding: {
      maxEventLoopDelayMs: env.LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS,
      maxEventLoopUtilization: env.LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION,
      maxHeapUsedBytes: env.LOAD_SHED_MAX_HEAP_USED_BYTES,
    },
    warnings,
  };
}
