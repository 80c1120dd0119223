/** Trimmed, inner runs of spaces collapsed. */
export function tidyCell(cell: string | undefined): string {
  return (cell ?? '').replace(/\s+/g, ' ').trim();
}

export interface NameParts {
  full: string;
  first: string;
  middle: string;
  last: string;
}

/**
 * A person's name from the columns an export has: the full-name column when it is filled, else
 * first, middle and last name joined ("Ana", "", "Souza" → "Ana Souza"). HR exports usually have
 * only the parts.
 */
export function composeName(parts: NameParts): string {
  const full = tidyCell(parts.full);
  if (full !== '') return full;
  return [parts.first, parts.middle, parts.last].map(tidyCell).filter((part) => part !== '').join(' ');
}
