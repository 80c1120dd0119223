/**
 * A day as spreadsheets in different locales write it, as YYYY-MM-DD: "2026-09-30", "2026/09/30",
 * the German/Swiss/Nordic "30.09.2026" (a dotted day is always day first), and slashed dates that
 * can be read one way only ("31/03/2026", "3/31/2026"); "09/10/2026" is not guessed. Null when the
 * text is no real day.
 */
export function readDayText(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(trimmed);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  // "31/03/2026" and "3/31/2026" can be read one way only; "03/04/2026" could be either and is not guessed.
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const slashedParts = slashed && Number(slashed[1]) > 12 ? [slashed[3], slashed[2], slashed[1]] : slashed && Number(slashed[2]) > 12 ? [slashed[3], slashed[1], slashed[2]] : undefined;
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : (slashedParts ?? []);
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
