/**
 * A day as spreadsheets in different locales write it, as YYYY-MM-DD: "2026-09-30", "2026/09/30",
 * and the German/Swiss/Nordic "30.09.2026" (a dotted day is always day first). Slashed day-first or
 * month-first dates ("09/10/2026") are not guessed. Null when the text is no real day.
 */
export function readDayText(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(trimmed);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
