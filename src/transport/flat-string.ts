// V8 keeps a string built by concatenation (a template literal, randomUUID's hex pairs) as a tree
// of its parts, several times its flat size, for as long as it is held: per-connection strings
// that live as long as the socket are copied into one piece once.

/** `text` as one flat string (a fresh copy; the tree it was built from becomes garbage). */
export function flatString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
