// What a client gets for an HTTP request Yoga cannot read. Yoga's parsers let some malformed input
// out as a bare SyntaxError or TypeError (JSON.parse of GET `variables`/`extensions`, a multipart
// `map` that is not an object of path arrays), which masking turns into a logged
// INTERNAL_SERVER_ERROR, or as a GraphQL error with no code; and a content type no parser reads
// gets an empty 415. This wraps whichever parser Yoga picked, so each becomes a BAD_REQUEST (400,
// or 415) that says what to send. Errors that already carry a code pass unchanged.
import type { Plugin } from 'graphql-yoga';
import { KefuError } from '../../errors.ts';
import { isGraphQLError } from '../mask-error.ts';

const SEND_JSON = 'send a POST with content-type: application/json and a JSON body { "query": …, "variables": { … } }';
const SEND_MULTIPART =
  'send the multipart fields "operations" (JSON { "query": …, "variables": { … } }) and "map" (a JSON object from each file field to an array of variable paths, e.g. {"0":["variables.input.file"]}), as in the GraphQL multipart request spec';
const JSON_PARAMETERS = ['variables', 'extensions'] as const;

type Kind = 'get' | 'form' | 'multipart' | 'other';

function kindOf(request: Request): Kind {
  if (request.method === 'GET') return 'get';
  const type = request.headers.get('content-type')?.toLowerCase() ?? '';
  if (type.startsWith('multipart/form-data')) return 'multipart';
  return type.startsWith('application/x-www-form-urlencoded') ? 'form' : 'other';
}

function isInvalidJson(text: string | null): boolean {
  if (!text) return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

function badRequest(message: string, status = 400): KefuError {
  return new KefuError('BAD_REQUEST', message, { http: { status } });
}

/** A parser's failure on the client's input, as the BAD_REQUEST that says what to send instead. */
function explain(error: Error, request: Request): KefuError {
  const kind = kindOf(request);
  if (kind === 'multipart') {
    // Yoga's own multipart errors say what is wrong; a TypeError means `map` or `operations` has the wrong shape.
    const what = isGraphQLError(error) ? error.message.replace(/\.$/, '') : `The multipart request is malformed (${error.message})`;
    return badRequest(`${what}: ${SEND_MULTIPART}.`);
  }
  if (error instanceof SyntaxError && (kind === 'get' || kind === 'form')) {
    // A form body is read by now; a GET's parameters are still at hand to name the bad one.
    const { searchParams } = new URL(request.url, 'http://localhost');
    const bad = kind === 'get' ? JSON_PARAMETERS.filter((name) => isInvalidJson(searchParams.get(name))) : [];
    const which = bad.length > 0 ? bad.map((name) => `"${name}"`).join(' and ') : '"variables" or "extensions"';
    return badRequest(`The ${which} parameter is not valid JSON (${error.message}): send variables and extensions as URL-encoded JSON (e.g. variables=%7B%22id%22%3A%221%22%7D), or ${SEND_JSON}.`);
  }
  return badRequest(`The request could not be read (${error.message}): ${SEND_JSON}.`);
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** 415 for a content type no parser reads (Yoga answers it with an empty body). */
function unsupportedMediaType(request: Request): KefuError {
  const type = request.headers.get('content-type');
  const what = type ? `content-type ${type.split(';')[0]}` : 'a POST without a content-type';
  return badRequest(`This server does not read ${what}: ${SEND_JSON} (multipart/form-data is for file uploads).`, 415);
}

const GRAPHQL_PARAMETERS = new Set(['query', 'variables', 'operationName', 'extensions']);

/**
 * A `map` entry whose value is a string, not an array ({"0": "variables.file"}), is read one
 * character at a time as paths "v", "a", …, each put beside the query; Yoga then answered
 * 'Unexpected parameter "v"', which says nothing of the map.
 */
function refuseMapOutsideVariables(params: object): void {
  const stray = [params].flat().flatMap((operation: object) => Object.keys(operation).filter((key) => !GRAPHQL_PARAMETERS.has(key)));
  if (stray.length > 0) throw badRequest(`The multipart "map" puts a file at ${stray.map((key) => `"${key}"`).join(', ')}, outside "variables": ${SEND_MULTIPART}.`);
}

export function useRequestParseErrors(): Plugin {
  return {
    // Runs after Yoga's own parsers have matched (they are registered before any plugin of ours).
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (!requestParser) {
        // Only GET and POST reach a parser; Yoga answers other methods with 405 after this hook.
        setRequestParser(() => Promise.reject(unsupportedMediaType(request)));
        return;
      }
      setRequestParser(async (req) => {
        try {
          const params = await requestParser(req);
          if (kindOf(req) === 'multipart') refuseMapOutsideVariables(params);
          return params;
        } catch (error) {
          if (!(error instanceof Error) || isAbortError(error)) throw error;
          if (isGraphQLError(error) && error.extensions.code) throw error;
          throw explain(error, req);
        }
      });
    },
  };
}
