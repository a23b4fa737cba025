// A Content-Type as Yoga's parsers can read it. They compare the media type exactly
// (`application/json` or `application/json;…`), while RFC 9110 makes type and subtype
// case-insensitive and allows spaces before a parameter: `Application/JSON` and
// `application/json ; charset=utf-8` were answered 415. Parameters keep their case (a multipart
// boundary is case-sensitive).
export function normalizeContentType(header: string): string {
  const semicolon = header.indexOf(';');
  const mediaType = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  return semicolon === -1 ? mediaType : `${mediaType};${header.slice(semicolon + 1)}`;
}
