// Delivery accounting for one subscriber of one conversation, by seq: one bit per seq received,
// so duplicates, seqs arriving after a later one (reordered) and, against the seqs the senders
// had acknowledged, the missing ones are exact. Seqs the stream legitimately skips (visitors
// never see internal notes) are not counted: only acknowledged bench messages are expected.

export interface SeqTracker {
  /** Records an arriving seq; returns false for a duplicate. */
  receive(seq: number): boolean;
  /** The highest seq received: the afterSeq to resume with, as the SDK does. */
  lastSeq(): number;
  counts(): { duplicated: number; reordered: number };
  /** How many of `expectedSeqs` never arrived. */
  missing(expectedSeqs: Iterable<number>): number;
}

export function createSeqTracker(): SeqTracker {
  let bits = new Uint8Array(16);
  let maxSeen = 0;
  let duplicated = 0;
  let reordered = 0;
  const has = (seq: number) => seq >> 3 < bits.length && (bits[seq >> 3]! & (1 << (seq & 7))) !== 0;
  return {
    receive(seq) {
      if (has(seq)) {
        duplicated++;
        return false;
      }
      if (seq >> 3 >= bits.length) {
        const grown = new Uint8Array(Math.max(bits.length * 2, (seq >> 3) + 1));
        grown.set(bits);
        bits = grown;
      }
      bits[seq >> 3]! |= 1 << (seq & 7);
      if (seq < maxSeen) reordered++;
      else maxSeen = seq;
      return true;
    },
    lastSeq: () => maxSeen,
    counts: () => ({ duplicated, reordered }),
    missing(expectedSeqs) {
      let missing = 0;
      for (const seq of expectedSeqs) if (!has(seq)) missing++;
      return missing;
    },
  };
}
