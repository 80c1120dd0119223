/** Edits (insert, delete, replace a letter) between two words, without case. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const replace = (previous[j - 1] ?? 0) + (s[i - 1] === t[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, replace));
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * The candidates close enough to be typos of `typed` first, nearest first, then the others in
 * their given order: "Marketting" lists Marketing first even when the list is cut short. Far
 * candidates are not ranked by distance, which would only favour short names.
 */
export function closestFirst(typed: string, candidates: readonly string[]): string[] {
  const near = Math.max(2, Math.floor(typed.length / 3));
  return candidates
    .map((candidate) => {
      const edits = distance(typed, candidate);
      return { candidate, rank: edits <= near ? edits : Number.MAX_SAFE_INTEGER };
    })
    .sort((a, b) => a.rank - b.rank)
    .map(({ candidate }) => candidate);
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The candidate close enough to be a typo of `typed` (nearest first; case ignored), or null when none is. */
export function nearestName(typed: string, candidates: readonly string[]): string | null {
  const near = Math.max(2, Math.floor(typed.trim().length / 3));
  let best: { candidate: string; edits: number } | null = null;
  for (const candidate of candidates) {
    const edits = distance(typed.trim(), candidate);
    if (edits <= near && (best === null || edits < best.edits)) best = { candidate, edits };
  }
  return best?.candidate ?? null;
}
