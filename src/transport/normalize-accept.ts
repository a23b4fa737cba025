// An Accept header as Yoga can read it. Yoga matches a charset parameter only as `charset=utf-8`
// spelled just so, and refuses the equivalent `charset="utf-8"` (RFC 9110 allows quoted values)
// and `charset=utf8` that some HTTP clients send.
export function normalizeAccept(header: string): string {
  return header.replace(/;\s*charset\s*=\s*"?\s*utf-?8\s*"?/gi, ';charset=utf-8');
}
