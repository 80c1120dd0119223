/**
 * The app's one way of writing dates: the user's locale (the operating system's, as the browser
 * reports it), medium length — "16 Nov 2026" in Britain, "Nov 16, 2026" in the US, "16.11.2026"
 * in Germany. Date-only fields (YYYY-MM-DD) are calendar days: shown as that day whatever the
 * time zone.
 */
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A calendar day (YYYY-MM-DD) as the user writes dates. */
export function formatDay(date: string): string {
  return day.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A calendar day without its year, for chart axes. */
export function formatDayShort(date: string): string {
  return shortDay.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A moment (ISO 8601 with time) in the user's time zone, with the time. */
export function formatMoment(iso: string): string {
  return moment.format(new Date(iso));
}
