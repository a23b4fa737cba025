// What a client gets when its Accept header names nothing the GraphQL endpoint answers in. Yoga
// runs the operation first (a mutation's writes happen) and then answers an empty 406. This
// refuses such a request before it runs, with a 406 BAD_REQUEST that says what to accept, and any
// answer no accepted type can carry (this one, a CSRF refusal) goes as application/json.
import { processRegularResult, type Plugin } from 'graphql-yoga';
import { KefuError } from '../../errors.ts';

/** The types Yoga's result processors answer in (subscriptions aside, which are refused anyway). */
const SERVED_TYPES = ['application/graphql-response+json', 'application/json', 'multipart/mixed', 'text/event-stream'] as const;
/** Enough of a refused header to recognise it, however long it was. */
const QUOTED_HEADER_CHARS = 200;

/** The media types of an Accept header, read as Yoga reads them: no quality values, UTF-8 only. */
function acceptedTypes(header: string): string[] {
  return header
    .replace(/\s/g, '')
    .toLowerCase()
    .split(',')
    .flatMap((range) => {
      const [type = '', ...params] = range.split(';');
      const charset = params.find((param) => param.includes('charset='));
      return !charset || charset === 'charset=utf-8' ? [type] : [];
    });
}

function matches(range: string, served: string): boolean {
  const [type, subtype] = range.split('/');
  const [servedType, servedSubtype] = served.split('/');
  return (type === '*' || type === servedType) && (subtype === '*' || subtype === servedSubtype);
}

function isAcceptable(request: Request): boolean {
  const header = request.headers.get('accept');
  return !header || acceptedTypes(header).some((range) => SERVED_TYPES.some((served) => matches(range, served)));
}

function notAcceptable(request: Request): KefuError {
  const header = request.headers.get('accept') ?? '';
  const quoted = header.length > QUOTED_HEADER_CHARS ? `${header.slice(0, QUOTED_HEADER_CHARS)}…` : header;
  return new KefuError(
    'BAD_REQUEST',
    `This endpoint answers in JSON, and accept: ${quoted} allows none of its types: send accept: application/graphql-response+json or application/json (UTF-8), or no accept header; text/event-stream and multipart/mixed also carry queries and mutations, and subscriptions go over WebSocket.`,
    { http: { status: 406 } },
  );
}

export function useNotAcceptable(): Plugin {
  return {
    // GraphiQL (a browser's GET with accept: text/html) is answered before this hook runs.
    onRequestParse({ request, setRequestParser }) {
      if (!isAcceptable(request)) setRequestParser(() => Promise.reject(notAcceptable(request)));
    },
    // Runs after Yoga's own result processors (registered before any plugin of ours).
    onResultProcess({ resultProcessor, setResultProcessor }) {
      if (!resultProcessor) setResultProcessor(processRegularResult, 'application/json');
    },
  };
}
