/**
 * Names written in capitals by payroll systems ("DUPONT", "DE LA FONTAINE", "N'DIAYE") as people
 * write them. Only words entirely in capitals change; "McDonald" or "van der Berg" typed by a
 * person stay as they are.
 */

/** Particles that stay lower case inside a name (van der Berg, de la Fontaine, von Trapp, dos Santos). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'les', 'ter', 'ten', 'zu', 'y', 'e', 'af', 'al', 'bin', 'bint']);
const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$/;

function letters(word: string): string {
  return word.replace(/[^\p{L}]/gu, '');
}

/** A word of at least two letters, all of them capitals, that is not a Roman numeral (John Smith III). */
export function inCapitals(word: string): boolean {
  const only = letters(word);
  return only.length >= 2 && only === only.toUpperCase() && only !== only.toLowerCase() && !ROMAN.test(only);
}

function capitalise(piece: string): string {
  const lower = piece.toLowerCase();
  const named = lower.charAt(0).toUpperCase() + lower.slice(1);
  // McDonald, McKenzie: the letter after "Mc" is a capital.
  return /^Mc\p{L}/u.test(named) ? `Mc${named.charAt(2).toUpperCase()}${named.slice(3)}` : named;
}

function wordCase(word: string, first: boolean): string {
  if (!inCapitals(word)) return word;
  const lower = word.toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  // Each part of "LEFÈVRE-DUBŒUF" and "N'DIAYE" starts with a capital.
  return word.split(/([-'’])/).map((piece) => (/^[-'’]$/.test(piece) ? piece : capitalise(piece))).join('');
}

/** "Jean DUPONT" → "Jean Dupont", "Marie-Hélène DE LA FONTAINE" → "Marie-Hélène de la Fontaine". */
export function nameCase(name: string): string {
  return name
    .split(' ')
    .map((word, index) => wordCase(word, index === 0))
    .join(' ');
}

/**
 * "DUPONT Jean" → "Jean DUPONT": French and Belgian payroll lists put the surname in capitals first
 * in one column. Only when the leading words are in capitals and the rest are not, and the
 * capitals hold at least three letters (so "JP Morgan" stays).
 */
export function surnameFirstInCapitals(full: string): string {
  const words = full.split(' ');
  let lead = 0;
  while (lead < words.length && inCapitals(words[lead] ?? '')) lead++;
  if (lead === 0 || lead === words.length) return full;
  if (words.slice(lead).some((word) => inCapitals(word))) return full;
  if (letters(words.slice(0, lead).join('')).length < 3) return full;
  return [...words.slice(lead), ...words.slice(0, lead)].join(' ');
}
