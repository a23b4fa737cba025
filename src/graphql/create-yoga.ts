// The Yoga instance: schema, error masking, limits, health/readiness, GraphiQL. The WebSocket
// transport executes through the same `getEnveloped`, so plugins here apply to both transports.
import { randomUUID } from 'node:crypto';
import { useOpenTelemetry } from '@envelop/opentelemetry';
import { trace } from '@opentelemetry/api';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { authenticate, bearerToken } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import type { GraphQLContext } from './context.ts';
import { graphiqlOptions } from './graphiql-page.ts';
import { maskUnexpectedError } from './mask-error.ts';
import { useLimits } from './plugins/use-limits.ts';
import { useOperationMetrics } from './plugins/use-operation-metrics.ts';
import { useTrustedDocuments } from './trusted-documents.ts';
import { buildSchema } from './schema.ts';

/** Present when the operation arrives over WebSocket: the context was built at connect time. */
export interface ServerContext {
  kefu?: GraphQLContext;
}

export interface YogaOptions {
  isReady: () => boolean | Promise<boolean>;
}

export function createKefuYoga(deps: Deps, { isReady }: YogaOptions): YogaServerInstance<ServerContext, GraphQLContext> {
  const { config, log } = deps;
  return createYoga<ServerContext, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: config.http.graphqlPath,
    landingPage: false,
    graphiql: config.http.graphiql ? graphiqlOptions() : false,
    renderGraphiQL,
    cors: config.http.corsOrigins.length > 0 ? { origin: [...config.http.corsOrigins], credentials: false } : undefined,
    logging: {
      debug: (...args) => log.debug({ args }, 'yoga'),
      info: (...args) => log.info({ args }, 'yoga'),
      warn: (...args) => log.warn({ args }, 'yoga'),
      error: (...args) => log.error({ args }, 'yoga'),
    },
    maskedErrors: {
      maskError: (error) => maskUnexpectedError(error, log),
    },
    context: async ({ request, kefu }): Promise<GraphQLContext> => {
      if (kefu) return kefu;
      const requestId = request.headers.get('x-request-id') ?? randomUUID();
      const principal = await authenticate(deps, bearerToken(request.headers.get('authorization')));
      return { deps, principal, requestId, log: log.child({ reqId: requestId }) };
    },
    plugins: [
      useTrustedDocuments(deps.trustedDocuments),
      ...useLimits(config.limits, { isIntrospectionAllowed: config.http.introspection }),
      useOperationMetrics(deps.metrics.registry),
      // One span per operation; Kefu's own steps open child spans (tracing/in-span.ts). No resolver spans: too many per message.
      ...(config.tracing.enabled ? [useOpenTelemetry({ resolvers: false, variables: false, result: false, document: false }, trace.getTracerProvider())] : []),
      useReadinessCheck({ endpoint: '/ready', check: async () => isReady() }),
    ],
  });
}
