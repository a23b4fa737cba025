// Cross-site request forgery: a browser sends form, multipart and text/plain POSTs (and GETs)
// cross-origin without a CORS preflight, so such requests must carry a header a page cannot set
// without one. JSON requests (every Kefu client, GraphiQL) are preflighted and pass as they are.
// Yoga's plugin decides; this gives its refusal a catalogue code and a message that says what to do.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import { KefuError } from '../../errors.ts';

/** Any one of these headers lets a non-JSON request through. */
const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'graphql-require-preflight', 'apollo-require-preflight'] as const;

export function useCsrfPrevention(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: [...CSRF_HEADERS] });
  return {
    onRequestParse(payload) {
      try {
        return onRequestParse?.(payload);
      } catch {
        throw new KefuError('CSRF_HEADER_MISSING', `Send JSON (content-type: application/json) or add an ${CSRF_HEADERS[0]} header: form, multipart, plain-text and header-less GET requests are refused against cross-site request forgery.`, { http: { status: 403 } });
      }
    },
  };
}
