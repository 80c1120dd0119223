/**
 * Finding people and teams of the workspace from what another system wrote: exactly first, then
 * forgiving the differences real spreadsheets have — accents dropped by an older export
 * ("Wojcik" for "Wójcik"), "Last, First" name columns, punctuation and case, and employee IDs
 * whose leading zeros Excel removed ("123" for "00123"). A forgiving match counts only when it
 * points at one record; otherwise the caller asks for a more precise column.
 */

// Letters that carry no combining mark to strip, spelled as ASCII the way exports spell them.
const SPELLED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l' };

/** Lower case, accents and punctuation dropped, spaces collapsed: "Ødegård, Björn-Åke" → "odegard bjorn ake". */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþıŀ]/g, (letter) => SPELLED[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Souza, Ana" → "Ana Souza"; any other name as written. */
export function nameInReadingOrder(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [last, first] = parts.map((part) => part.trim());
  return last && first ? `${first} ${last}` : name;
}

export type LenientMatch<T> = { found: T; forgiving: boolean } | { found: null; ambiguous: number };

/** Records by a key read exactly (after `exactKey`) and by its folded form. */
export class LenientIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly folded = new Map<string, T[]>();

  constructor(
    records: Iterable<T>,
    keyOf: (record: T) => string,
    private readonly exactKey: (text: string) => string = (text) => text.replace(/\s+/g, ' ').trim().toLowerCase(),
  ) {
    for (const record of records) {
      const key = keyOf(record);
      if (key.trim() === '') continue;
      push(this.exact, this.exactKey(key), record);
      push(this.folded, foldForMatching(key), record);
    }
  }

  /** The one record the text names: exactly, else forgivingly; `ambiguous` counts the records it could be. */
  find(text: string): LenientMatch<T> {
    const exact = this.exact.get(this.exactKey(text)) ?? [];
    if (exact.length === 1) return { found: exact[0]!, forgiving: false };
    if (exact.length > 1) return { found: null, ambiguous: exact.length };
    const folded = this.folded.get(foldForMatching(text)) ?? [];
    if (folded.length === 1) return { found: folded[0]!, forgiving: true };
    return { found: null, ambiguous: folded.length };
  }
}

/** A person's name as any export writes it: as written, then in reading order if it was "Last, First". */
export function findByName<T>(index: LenientIndex<T>, name: string): LenientMatch<T> {
  const written = index.find(name);
  const reordered = nameInReadingOrder(name);
  if (!('ambiguous' in written) || reordered === name) return written;
  const turned = index.find(reordered);
  if (!('ambiguous' in turned)) return { found: turned.found, forgiving: true };
  return written.ambiguous > 0 ? written : turned;
}

/** An employee ID as digits without leading zeros, when it is only digits ("00123" → "123"). */
export function withoutLeadingZeros(employeeId: string): string | null {
  const trimmed = employeeId.trim();
  return /^\d+$/.test(trimmed) ? trimmed.replace(/^0+(?=\d)/, '') : null;
}

function push<T>(map: Map<string, T[]>, key: string, record: T): void {
  const list = map.get(key);
  if (list) list.push(record);
  else map.set(key, [record]);
}
