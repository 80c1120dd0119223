import { nameCase, surnameFirstInCapitals } from './nameCase';

/** Characters that copy-paste and HR web forms leave in cells but no name or address holds. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Trimmed, inner runs of spaces collapsed, invisible characters (zero-width spaces, soft hyphens)
 * removed, and Excel's text formula ="00123" — how HR systems keep an ID's zeros in a CSV — read as its text.
 */
export function tidyCell(cell: string | undefined): string {
  const tidy = (cell ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const formula = /^="(.*)"$/.exec(tidy);
  return formula ? (formula[1] ?? '').replace(/""/g, '"').trim() : tidy;
}

export interface NameParts {
  full: string;
  first: string;
  middle: string;
  last: string;
  /** The name someone goes by ("Bob" for Robert, "Known as" in HiBob), usually a first name. */
  preferred?: string;
}

/** What follows the comma of "Smith, Jr." is a suffix, not a first name. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|v|phd|md|mba|msc|bsc|esq|jun|sen)\.?$/i;

/**
 * "Okafor, Ada" → "Ada Okafor", "Smith Jr., John" → "John Smith Jr."; payroll and ADP exports
 * write names surname first. "John Smith, Jr." and names without one comma stay as they are.
 */
export function lastCommaFirst(full: string): string {
  const parts = full.split(',');
  if (parts.length !== 2) return full;
  const [last, first] = parts.map((part) => part.trim()) as [string, string];
  if (last === '' || first === '' || SUFFIX.test(first)) return full;
  return `${first} ${last}`;
}

/** Workday's "Worker" column adds the ID or a state to the name: "Ada Okafor (100234)", "Ben Lee (On Leave)". */
const ANNOTATION = /\s*\((?=[^)]*(?:\d|leave|terminated|inactive|contractor|contingent|extern|temp))[^)]*\)$/i;

export function withoutAnnotation(name: string): string {
  return name.replace(ANNOTATION, '');
}

function joined(words: readonly string[]): string {
  return words.map(tidyCell).filter((word) => word !== '').join(' ');
}

/** The full name with the preferred first name in place of the legal one. */
function withPreferred(preferred: string, full: string, last: string): string {
  if (last !== '') return preferred.toLowerCase().endsWith(last.toLowerCase()) ? preferred : joined([preferred, last]);
  const words = full.split(' ');
  const surname = words[words.length - 1] ?? '';
  // "Wang Fang" beside "王芳", or a preferred name that already has the surname: the whole name.
  if (words.length < 2 || preferred.includes(' ')) return preferred;
  return preferred.toLowerCase().endsWith(surname.toLowerCase()) ? preferred : joined([preferred, ...words.slice(1)]);
}

/**
 * A person's name from the columns an export has, as people write it: the preferred first name
 * with the last name when the file has one ("Bob Smith" for Robert James Smith), else the
 * full-name column ("Last, First" turned round), else first, middle and last name joined.
 * Words in capitals become names ("DUPONT" → "Dupont", "DE LA FONTAINE" → "de la Fontaine").
 */
export function composeName(parts: NameParts): string {
  const full = surnameFirstInCapitals(lastCommaFirst(withoutAnnotation(tidyCell(parts.full))));
  const last = tidyCell(parts.last);
  const preferred = tidyCell(parts.preferred);
  const legal = full !== '' ? full : joined([parts.first, parts.middle, parts.last]);
  if (preferred !== '' && (legal !== '' || last !== '')) return nameCase(withPreferred(preferred, legal, last));
  return nameCase(legal !== '' ? legal : preferred);
}
