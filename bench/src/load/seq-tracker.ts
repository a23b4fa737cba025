// Delivery accounting for one subscriber of one conversation, by seq: what arrived in order,
// what arrived twice, what arrived after a later seq, and (against the sender's acks) what is
// missing. Memory stays small: a contiguous prefix plus the few seqs seen beyond a hole.

export interface SeqTracker {
  /** Records an arriving seq; returns false for a duplicate. */
  receive(seq: number): boolean;
  /** The highest seq below which nothing is missing: the afterSeq to resume with. */
  contiguous(): number;
  counts(): { duplicated: number; reordered: number };
  /** Seqs in (0, expectedLastSeq] that never arrived. */
  missing(expectedLastSeq: number): number;
}

export function createSeqTracker(startSeq = 0): SeqTracker {
  let contig = startSeq;
  let maxSeen = startSeq;
  const ahead = new Set<number>();
  let duplicated = 0;
  let reordered = 0;
  return {
    receive(seq) {
      if (seq <= contig || ahead.has(seq)) {
        duplicated++;
        return false;
      }
      if (seq < maxSeen) reordered++;
      if (seq > maxSeen) maxSeen = seq;
      if (seq === contig + 1) {
        contig = seq;
        while (ahead.delete(contig + 1)) contig++;
      } else {
        ahead.add(seq);
      }
      return true;
    },
    contiguous: () => contig,
    counts: () => ({ duplicated, reordered }),
    missing(expectedLastSeq) {
      let missing = Math.max(0, expectedLastSeq - contig);
      for (const seq of ahead) if (seq <= expectedLastSeq) missing--;
      return missing;
    },
  };
}
