import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { redactRequestUrl } from '../../lib/redact.ts';

export type OtelPluginOptions = {
  /** Tests: spans go here, one by one, instead of to the OTLP endpoint. */
  spanExporter?: SpanExporter | undefined;
};

/**
 * OpenTelemetry tracing of every request (@fastify/otel: a span per request with its route,
 * child spans per hook and handler), off unless OTEL_ENABLED=true. Spans go to
 * OTEL_EXPORTER_OTLP_ENDPOINT over OTLP/HTTP. Registered before every other plugin, so it sees
 * all of them; the URL it records is redacted like the log's.
 */
export default fp(
  async (fastify: FastifyInstance, opts: OtelPluginOptions) => {
    const { otel } = fastify.config;
    if (!otel.enabled) return;
    // Loaded only when tracing is on: the OpenTelemetry modules hold ≈16 MB of a process's memory.
    const [
      { FastifyOtelInstrumentation },
      { OTLPTraceExporter },
      { resourceFromAttributes },
      { BatchSpanProcessor, SimpleSpanProcessor },
      { NodeTracerProvider },
    ] = await Promise.all([
      import('@fastify/otel'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/sdk-trace-node'),
    ]);
    const exporter =
      opts.spanExporter ??
      new OTLPTraceExporter(otel.endpoint ? { url: new URL('/v1/traces', otel.endpoint).href } : {});
    const provider = new NodeTracerProvider({
      resource: resourceFromAttributes({ 'service.name': otel.serviceName }),
      spanProcessors: [
        opts.spanExporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter),
      ],
    });
    // The AsyncLocalStorage context manager, so spans nest across awaits.
    provider.register();
    const instrumentation = new FastifyOtelInstrumentation({
      registerOnInitialization: false,
      requestHook: (span, request) => {
        span.setAttribute('url.path', redactRequestUrl(request.url));
      },
    });
    instrumentation.setTracerProvider(provider);
    await fastify.register(instrumentation.plugin());
    fastify.addHook('onClose', async () => {
      await provider.shutdown();
    });
  },
  { name: 'otel', dependencies: ['config'] },
);
