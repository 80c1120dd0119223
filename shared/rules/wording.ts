/** Small English helpers for the sentences rules write. Internal to shared/rules. */

/** "1 person", "2 people"; the plural defaults to an English plural of the singular. */
export function count(n: number, singular: string, plural: string = pluralOf(singular)): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** A naive English plural, good enough for role names: analyst → analysts, boss → bosses. */
export function pluralOf(noun: string): string {
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * A name as it reads inside a sentence: "Security analyst" → "security analyst". Only a first word
 * written as a plain capitalised word is lowered, so "QA lead" and "DevOps engineer" keep their case.
 */
export function inSentence(name: string): string {
  const firstWord = name.split(/\s/, 1)[0] ?? '';
  return /^[A-Z][a-z]*$/.test(firstWord) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "a developer", "an architect" (by spelling, not sound: enough for role names). */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** Up to two decimals, no trailing zeros: 10 → "10", 2.5 → "2.5", 1.333 → "1.33". */
const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** At most two decimals, thousands separated: 1.33, 2.5, 3,524. */
export function formatNumber(n: number): string {
  return twoDecimals.format(Math.round(n * 100) / 100);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
