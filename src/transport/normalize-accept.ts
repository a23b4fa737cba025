// An Accept header as Yoga can read it. Yoga matches a charset parameter only as `charset=utf-8`
// spelled just so, and refuses the equivalent `charset="utf-8"` (RFC 9110 allows quoted values)
// and `charset=utf8` that some HTTP clients send. No two optional runs sit side by side in the
// pattern, so a header of many spaces costs one pass.
const UTF8_CHARSET = /;[ \t]*charset[ \t]*=[ \t]*(?:"utf-?8"|utf-?8)(?=[ \t]*(?:[;,]|$))/gi;

export function normalizeAccept(header: string): string {
  return header.replace(UTF8_CHARSET, ';charset=utf-8');
}
