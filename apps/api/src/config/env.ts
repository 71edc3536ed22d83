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
  /**
   * Which peers may tell the client's address in X-Forwarded-For (Fastify `trustProxy`): a
   * comma-separated list of addresses, CIDR ranges or the names loopback, linklocal, uniquelocal;
   * or true/false. The web server calls the API from loopback.
   */
  TRUST_PROXY: z.string().trim().min(1).default('loopback'),
  /** Requests per minute per signed-in user, or per address for anonymous calls. */
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
  /** Failed sign-ins per account in 15 minutes before that account is blocked for the rest of them. */
  LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
  /** Failed sign-ins per client address in 15 minutes (a school's staff may share one address). */
  LOGIN_ADDRESS_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(100),
  /** Calls per address in 15 minutes to the public invitation endpoints (preview, accept). */
  INVITATION_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(30),
  /** How long a just-rotated refresh token still refreshes (concurrent requests of one browser). */
  REFRESH_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** Outgoing mail (invitations). Required in production; unset elsewhere: links are logged redacted. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** 'true': TLS from the first byte (port 465); otherwise STARTTLS whenever the server offers it. */
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  /** 'true': refuse to send when the server does not offer STARTTLS. */
  SMTP_REQUIRE_TLS: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).optional(),
  /** `npm start` sets this: seed the demo tenants (idempotently) before listening. */
  TEAMSPIEGEL_SEED_DEMO: z.enum(['true', 'false']).default('false'),
  /** Swagger UI at /api/docs (the OpenAPI JSON stays public): default on, off in production. */
  SWAGGER_UI: z.enum(['true', 'false']).optional(),
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
  /** 'false': this process sends jobs but runs none (e.g. a process that only answers requests). */
  JOBS_WORKER: z.enum(['true', 'false']).default('true'),
  /**
   * Where rate-limit counters live: 'database' (shared by every API process; the default with
   * DATABASE_URL) or 'memory' (per process; the default on the embedded database, one process).
   */
  RATE_LIMIT_STORE: z.enum(['database', 'memory']).optional(),
  /** `npm run start:cluster`: API processes behind the one port (default: one per CPU core). */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
  /**
   * At start, before reporting ready: load the coverage of up to this many organisations that were
   * checkpointed today (most recent first), so their first overview is not a cold one (0: off).
   */
  COVERAGE_WARMUP_ORGANISATIONS: z.coerce.number().int().min(0).max(50).default(10),
  /** Readiness waits for the warm-up at most this long (ms). */
  COVERAGE_WARMUP_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** OpenTelemetry tracing (@fastify/otel): off unless 'true'. */
  OTEL_ENABLED: z.enum(['true', 'false']).default('false'),
  /** OTLP/HTTP endpoint for the spans, e.g. http://collector:4318 (/v1/traces is appended). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('teamspiegel-api'),
});

export type SmtpConfig = {
  host: string;
  port: number;
  secure: boolean;
  requireTls: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
};

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
  trustProxy: boolean | string;
  rateLimitMax: number;
  loginRateLimitMax: number;
  loginAddressRateLimitMax: number;
  invitationRateLimitMax: number;
  refreshGraceSeconds: number;
  bodyLimitBytes: number;
  /** null: no SMTP server configured (never in production); mails are logged with redacted links. */
  smtp: SmtpConfig | null;
  seedDemo: boolean;
  swaggerUi: boolean;
  metricsToken: string | undefined;
  loadShedding: { maxEventLoopDelayMs: number; maxEventLoopUtilization: number; maxHeapUsedBytes: number };
  jobs: { work: boolean };
  coverageWarmUp: { organisations: number; timeoutMs: number };
  /** undefined: decided by the database (shared on a server, in memory on the embedded one). */
  rateLimitStore: 'database' | 'memory' | undefined;
  apiProcesses: number | undefined;
  otel: { enabled: boolean; endpoint: string | undefined; serviceName: string };
  warnings: string[];
};

const MIN_SECRET_LENGTH = 32;

/** TRUST_PROXY as Fastify's `trustProxy` takes it: true/false or an address list. */
function parseTrustProxy(value: string): boolean | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (docker compose passes `${X:-}` as '').
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = ZEnv.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const env = parsed.data;
  const warnings: string[] = [];
  if (env.NODE_ENV === 'production' && env.TEAMSPIEGEL_SEED_DEMO === 'true') {
    throw new ConfigError(
      'TEAMSPIEGEL_SEED_DEMO cannot be true in production: the demo logins share a published password',
    );
  }
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
  const smtp = smtpConfig(env);
  if (!smtp && env.NODE_ENV === 'production') {
    throw new ConfigError('SMTP_HOST and MAIL_FROM must be set in production (invitations are sent by mail)');
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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    rateLimitMax: env.RATE_LIMIT_MAX,
    loginRateLimitMax: env.LOGIN_RATE_LIMIT_MAX,
    loginAddressRateLimitMax: env.LOGIN_ADDRESS_RATE_LIMIT_MAX,
    invitationRateLimitMax: env.INVITATION_RATE_LIMIT_MAX,
    refreshGraceSeconds: env.REFRESH_GRACE_SECONDS,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    smtp,
    seedDemo: env.TEAMSPIEGEL_SEED_DEMO === 'true',
    swaggerUi: env.SWAGGER_UI ? env.SWAGGER_UI === 'true' : env.NODE_ENV !== 'production',
    metricsToken: env.METRICS_TOKEN,
    loadShedding: {
      maxEventLoopDelayMs: env.LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS,
      maxEventLoopUtilization: env.LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION,
      maxHeapUsedBytes: env.LOAD_SHED_MAX_HEAP_USED_BYTES,
    },
    jobs: { work: env.JOBS_WORKER === 'true' },
    coverageWarmUp: {
      organisations: env.COVERAGE_WARMUP_ORGANISATIONS,
      timeoutMs: env.COVERAGE_WARMUP_TIMEOUT_MS,
    },
    rateLimitStore: env.RATE_LIMIT_STORE,
    apiProcesses: env.API_PROCESSES,
    otel: {
      enabled: env.OTEL_ENABLED === 'true',
      endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
      serviceName: env.OTEL_SERVICE_NAME,
    },
    warnings,
  };
}

function smtpConfig(env: z.infer<typeof ZEnv>): SmtpConfig | null {
  if (!env.SMTP_HOST || !env.MAIL_FROM) {
    if (env.SMTP_HOST || env.MAIL_FROM) {
      throw new ConfigError('SMTP_HOST and MAIL_FROM go together: set both, or neither');
    }
    return null;
  }
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
    throw new ConfigError('SMTP_USER and SMTP_PASSWORD go together: set both, or neither');
  }
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE === 'true',
    requireTls: env.SMTP_REQUIRE_TLS === 'true',
    auth: env.SMTP_USER && env.SMTP_PASSWORD ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : null,
    from: env.MAIL_FROM,
  };
}
