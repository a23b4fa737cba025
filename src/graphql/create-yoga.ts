// The Yoga instance: schema, error masking, limits, health/readiness, GraphiQL. The WebSocket
// transport executes through the same `getEnveloped`, so plugins here apply to both transports.
import { randomUUID } from 'node:crypto';
import { useOpenTelemetry } from '@envelop/opentelemetry';
import { trace } from '@opentelemetry/api';
import type { IncomingMessage } from 'node:http';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { authenticate, bearerToken } from '../auth/principal.ts';
import { clientAddressOf } from '../transport/client-address.ts';
import type { Deps } from '../deps.ts';
import type { GraphQLContext } from './context.ts';
import { graphiqlOptions, renderGraphiQLPage } from './graphiql-page.ts';
import { serializeError } from '../log.ts';
import { maskUnexpectedError, wasLogged } from './mask-error.ts';
import { useInputBoundary } from './plugins/use-input-boundary.ts';
import { useCsrfPrevention } from './plugins/use-csrf-prevention.ts';
import { useErrorCodes } from './plugins/use-error-codes.ts';
import { useLimits } from './plugins/use-limits.ts';
import { useNotAcceptable } from './plugins/use-not-acceptable.ts';
import { useOperationMetrics } from './plugins/use-operation-metrics.ts';
import { useOperationRateLimit } from './plugins/use-operation-rate-limit.ts';
import { useSubscriptionsOverWebSocketOnly } from './plugins/use-subscriptions-over-websocket.ts';
import { useRequestParseErrors } from './plugins/use-request-parse-errors.ts';
import { useTrustedDocuments } from './trusted-documents.ts';
import { buildSchema } from './schema.ts';

/** Present when the operation arrives over WebSocket: the context was built at connect time. */
export interface ServerContext {
  kefu?: GraphQLContext;
  /** The Node request, on HTTP (Yoga's node adapter passes it). */
  req?: IncomingMessage;
}

export interface YogaOptions {
  isReady: () => boolean | Promise<boolean>;
}

export function createKefuYoga(deps: Deps, { isReady }: YogaOptions): YogaServerInstance<ServerContext, GraphQLContext> {
  const { config, log } = deps;
  return createYoga<ServerContext, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: config.http.graphqlPath,
    // transport/http.ts bounds every body before Yoga reads it (http.maxBodyBytes, and for uploads
    // attachments.maxBytes); Yoga's own 25 MB cap would refuse larger allowed uploads with a code outside the catalogue.
    maxRequestBodySize: false,
    landingPage: false,
    graphiql: config.http.graphiql ? graphiqlOptions() : false,
    renderGraphiQL: renderGraphiQLPage,
    cors: config.http.corsOrigins.length > 0 ? { origin: [...config.http.corsOrigins], credentials: false } : undefined,
    logging: {
      debug: (...args) => log.debug({ args }, 'yoga'),
      info: (...args) => log.info({ args }, 'yoga'),
      warn: (...args) => log.warn({ args }, 'yoga'),
      // Masked errors were logged by maskUnexpectedError already; anything else is logged bounded.
      error: (...args) => void (args.every(wasLogged) || log.error({ args: args.map((a) => serializeError(a)) }, 'yoga')),
    },
    maskedErrors: {
      maskError: (error) => maskUnexpectedError(error, log),
    },
    context: async ({ request, kefu, req }): Promise<GraphQLContext> => {
      if (kefu) return kefu;
      const requestId = request.headers.get('x-request-id') ?? randomUUID();
      const principal = await authenticate(deps, bearerToken(request.headers.get('authorization')));
      const clientIp = req ? clientAddressOf(req, config.http.trustProxy) : 'unknown';
      return { deps, principal, requestId, clientIp, log: log.child({ reqId: requestId }) };
    },
    plugins: [
      useCsrfPrevention(),
      useSubscriptionsOverWebSocketOnly(config.http.graphqlPath),
      useRequestParseErrors(),
      useNotAcceptable(),
      useTrustedDocuments(deps.trustedDocuments),
      useErrorCodes({ isIntrospectionAllowed: config.http.introspection }),
      ...useLimits(config.limits, { isIntrospectionAllowed: config.http.introspection }),
      useOperationMetrics(deps.metrics.registry),
      useOperationRateLimit(),
      // One span per operation; Kefu's own steps open child spans (tracing/in-span.ts). No resolver spans: too many per message.
      ...(config.tracing.enabled ? [useOpenTelemetry({ resolvers: false, variables: false, result: false, document: false }, trace.getTracerProvider())] : []),
      useInputBoundary(),
      useReadinessCheck({ endpoint: '/ready', check: async () => isReady() }),
    ],
  });
}
