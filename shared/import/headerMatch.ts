/**
 * Matching a file's column headers to the fields an import fills, for any import (people,
 * memberships, OKRs): "Prénom", "PRENOM" and "prenom" are one header.
 */

/** Lowercase letters and digits only, accents removed: "E-Mail-Adresse" → "emailadresse", "Prénom" → "prenom". */
export function compactHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    // Letters without a decomposition: "Dział" is "dzial", "Ærø" "aero".
    .replace(/[øœłđðþæı]/g, (ch) => ({ ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', ı: 'i' })[ch] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

export interface FieldSynonyms {
  /** Compacted headers that certainly mean the field. */
  exact: readonly string[];
  /** Probably the field: the compacted header matches `has` and not `not`. */
  has?: RegExp;
  not?: RegExp;
}

/** For each field, the index of the column that holds it, or null when the file has none. */
export type ColumnMapping<F extends string> = Record<F, number | null>;

/**
 * Proposes a column for each field: visible columns over hidden ones (a sheet hides helper and
 * private columns), certain matches over probable ones, then the leftmost column, then the field
 * listed first; a column serves at most one field. The person importing confirms or changes it.
 */
export function suggestMapping<F extends string>(
  headers: readonly string[],
  fields: readonly F[],
  synonyms: Record<F, FieldSynonyms>,
  hiddenColumns: readonly number[] = [],
): ColumnMapping<F> {
  const hidden = new Set(hiddenColumns);
  const candidates: { field: F; order: number; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    const key = compactHeader(header);
    if (key === '') return;
    fields.forEach((field, order) => {
      const { exact, has, not } = synonyms[field];
      const score = exact.includes(key) ? 2 : has && has.test(key) && !not?.test(key) ? 1 : 0;
      if (score > 0) candidates.push({ field, order, column, score: hidden.has(column) ? score - 2 : score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || a.order - b.order);
  const mapping = Object.fromEntries(fields.map((field) => [field, null])) as ColumnMapping<F>;
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== null || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

/** The key a remembered mapping is stored under: the file's headers, compacted, in order. */
export function headerSignature(kind: string, headers: readonly string[]): string {
  return `${kind}:${headers.map(compactHeader).join('|')}`;
}

/**
 * A remembered mapping applied to a file: only when every column it names still exists, so a
 * changed export falls back to suggestions instead of reading the wrong columns.
 */
export function rememberedMapping<F extends string>(saved: unknown, headers: readonly string[], fields: readonly F[]): ColumnMapping<F> | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const mapping = Object.fromEntries(fields.map((field) => [field, null])) as ColumnMapping<F>;
  for (const field of fields) {
    const column = (saved as Record<string, unknown>)[field];
    if (column === null || column === undefined) continue;
    if (typeof column !== 'number' || !Number.isInteger(column) || column < 0 || column >= headers.length) return null;
    mapping[field] = column;
  }
  return mapping;
}

/**
 * A remembered mapping saved before a field existed (the preferred name, the status) leaves that
 * field to the suggestion from the headers, when the suggested column is not already in use.
 */
export function withNewFieldsSuggested<F extends string>(saved: unknown, remembered: ColumnMapping<F>, suggested: ColumnMapping<F>): ColumnMapping<F> {
  if (typeof saved !== 'object' || saved === null) return remembered;
  const used = new Set(Object.values(remembered).filter((column) => column !== null));
  const mapping = { ...remembered };
  for (const field of Object.keys(suggested) as F[]) {
    const column = suggested[field];
    if (field in saved || column === null || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}
