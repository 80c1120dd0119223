/** Field separators of delimited text files, in the order they win a tie. */
export const SEPARATORS = [',', ';', '\t', '|'] as const;
export type Separator = (typeof SEPARATORS)[number];

export const SEPARATOR_LABELS: Record<Separator, string> = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab', '|': 'Pipe' };

/** How much text is sampled: enough for dozens of records, little enough to stay instant. */
const SAMPLE_CHARACTERS = 65_536;
const SAMPLE_RECORDS = 50;

/** Per record of the sample, how often each separator occurs outside quoted fields. */
function countPerRecord(text: string): Record<Separator, number>[] {
  const records: Record<Separator, number>[] = [];
  let counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let quoted = false;
  let blank = true;
  const end = Math.min(text.length, SAMPLE_CHARACTERS);
  for (let i = 0; i < end && records.length < SAMPLE_RECORDS; i++) {
    const ch = text[i];
    if (ch === '"') {
      // A doubled quote inside a quoted field is a literal quote and leaves the field quoted.
      if (quoted && text[i + 1] === '"') i++;
      else quoted = !quoted;
      blank = false;
    } else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (!blank) records.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
      blank = true;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t' || ch === '|')) {
      counts[ch]++;
      blank = false;
    } else if (ch !== ' ') blank = false;
  }
  // The sample's last record is complete only when the text ends inside the sample.
  if (!blank && end === text.length) records.push(counts);
  return records;
}

function mostCommonCount(records: readonly Record<Separator, number>[], separator: Separator): number {
  const tally = new Map<number, number>();
  for (const record of records) if (record[separator] > 0) tally.set(record[separator], (tally.get(record[separator]) ?? 0) + 1);
  let best = 0;
  let bestTally = 0;
  for (const [count, times] of tally) if (times > bestTally || (times === bestTally && count > best)) [best, bestTally] = [count, times];
  return best;
}

/**
 * The separator that splits the sample's records most consistently: the header's count of it
 * should repeat on the other records ("Name;Salary" over "Ana;1,5" is semicolon-separated,
 * even though commas occur too). Null when no candidate occurs: a file of one column.
 */
export function detectSeparator(text: string): Separator | null {
  const records = countPerRecord(text);
  const header = records[0];
  if (!header) return null;
  let best: { separator: Separator; score: number } | null = null;
  for (const separator of SEPARATORS) {
    // The header's count, or — when a title line without separators stands above the header, as in
    // HR exports ("Worker Roster" over "Name;Email") — the count most records share.
    const expected = header[separator] || mostCommonCount(records, separator);
    if (expected === 0) continue;
    const matching = records.filter((record) => record[separator] === expected).length;
    // Consistency first; among equally consistent candidates, more columns.
    const score = matching / records.length + Math.min(expected, 100) / 10_000;
    if (!best || score > best.score) best = { separator, score };
  }
  return best?.separator ?? null;
}
