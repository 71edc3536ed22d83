import { createHash, timingSafeEqual } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { unauthorized } from '../../lib/problem.ts';
import { type SnapshotEvent, snapshotChannel } from '../../services/coverage-snapshot.ts';

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Builds the application's metrics in a registry of its own (several apps may share a process in tests). */
function createMetrics(fastify: FastifyInstance) {
  const register = new Registry();
  collectDefaultMetrics({ register });
  const requestDuration = new Histogram({
    name: 'teamspiegel_http_request_duration_seconds',
    help: 'HTTP request latency per route (its _count is the request rate)',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [register],
  });
  const errors = new Counter({
    name: 'teamspiegel_http_errors_total',
    help: 'Problem responses (RFC 9457) by status and problem code',
    labelNames: ['status_code', 'code'] as const,
    registers: [register],
  });
  const pool = fastify.dbPool;
  new Gauge({
    name: 'teamspiegel_db_pool_connections',
    help: 'Database pool: open (total), idle, and requests waiting for a connection',
    labelNames: ['state'] as const,
    registers: [register],
    collect() {
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  new Gauge({
    name: 'teamspiegel_db_pool_max_connections',
    help: 'Database pool size limit',
    registers: [register],
    collect() {
      this.set(pool.options.max ?? 10);
    },
  });
  const cacheLookups = new Counter({
    name: 'teamspiegel_coverage_cache_total',
    help: 'Coverage snapshot cache lookups by result (hit, or miss and rebuild)',
    labelNames: ['result'] as const,
    registers: [register],
  });
  const rebuildSeconds = new Histogram({
    name: 'teamspiegel_coverage_snapshot_rebuild_seconds',
    help: "Time to rebuild an organisation's coverage snapshot",
    buckets: SECONDS_BUCKETS,
    registers: [register],
  });
  new Gauge({
    name: 'teamspiegel_job_queue_depth',
    help: 'Import jobs not yet finished, by status (all organisations)',
    labelNames: ['status'] as const,
    registers: [register],
    async collect() {
      this.reset();
      const rows = await fastify.systemDb.importJob.groupBy({
        by: ['status'],
        where: { status: { in: ['queued', 'running'] } },
        _count: { _all: true },
      });
      this.set({ status: 'queued' }, 0);
      this.set({ status: 'running' }, 0);
      for (const row of rows) this.set({ status: row.status }, row._count._all);
    },
  });
  const onSnapshot = (message: unknown) => {
    const event = message as SnapshotEvent;
    cacheLookups.inc({ result: event.hit ? 'hit' : 'miss' });
    if (!event.hit) rebuildSeconds.observe(event.seconds);
  };
  return { register, requestDuration, errors, onSnapshot };
}

function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Prometheus metrics at GET /metrics, behind `Authorization: Bearer <METRICS_TOKEN>`; without a
 * configured token the endpoint does not exist (nothing is exposed by accident).
 */
export default fp(
  async (fastify: FastifyInstance) => {
    const token = fastify.config.metricsToken;
    if (!token) return;
    const metrics = createMetrics(fastify);
    subscribe(snapshotChannel.name, metrics.onSnapshot);
    fastify.addHook('onClose', async () => {
      unsubscribe(snapshotChannel.name, metrics.onSnapshot);
    });

    fastify.addHook('onSend', async (_request, reply, payload) => {
      const type = reply.getHeader('content-type');
      if (typeof type === 'string' && type.startsWith('application/problem+json')) {
        let code = 'unknown';
        if (typeof payload === 'string') {
          try {
            code = String((JSON.parse(payload) as { code?: unknown }).code ?? 'unknown');
          } catch {
            // Not JSON after all: counted as unknown.
          }
        }
        metrics.errors.inc({ status_code: reply.statusCode, code });
      }
      return payload;
    });
    fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
      metrics.requestDuration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status_code: reply.statusCode,
        },
        reply.elapsedTime / 1000,
      );
    });

    fastify.get(
      '/metrics',
      { config: { rateLimit: false }, schema: { hide: true } },
      async (request: FastifyRequest, reply: FastifyReply) => {
        const header = request.headers.authorization ?? '';
        const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
        if (!sameToken(given, token))
          throw unauthorized('metrics_token_invalid', 'A valid metrics token is required.');
        reply.type(metrics.register.contentType);
        return metrics.register.metrics();
      },
    );
  },
  { name: 'metrics', dependencies: ['config', 'prisma'] },
);
