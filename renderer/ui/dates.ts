/**
 * The app's one way of writing dates: the user's locale (the languages the browser or the desktop
 * app reports), medium length — "16 Nov 2026" in Britain, "Nov 16, 2026" in the US, "16.11.2026"
 * in Germany. Date-only fields (YYYY-MM-DD) are calendar days: shown as that day whatever the
 * time zone.
 */
let formats: { day: Intl.DateTimeFormat; moment: Intl.DateTimeFormat; shortDay: Intl.DateTimeFormat } | undefined;

function userLocales(): string[] | undefined {
  const languages = typeof navigator === 'undefined' ? undefined : navigator.languages;
  return languages && languages.length > 0 ? [...languages] : undefined;
}

function dateFormats() {
  const locales = userLocales();
  formats ??= {
    day: new Intl.DateTimeFormat(locales, { dateStyle: 'medium', timeZone: 'UTC' }),
    moment: new Intl.DateTimeFormat(locales, { dateStyle: 'medium', timeStyle: 'short' }),
    shortDay: new Intl.DateTimeFormat(locales, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  };
  return formats;
}

/** A calendar day (YYYY-MM-DD) as the user writes dates. */
export function formatDay(date: string): string {
  return dateFormats().day.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A calendar day without its year, for chart axes. */
export function formatDayShort(date: string): string {
  return dateFormats().shortDay.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A moment (ISO 8601 with time) in the user's time zone, with the time. */
export function formatMoment(iso: string): string {
  return dateFormats().moment.format(new Date(iso));
}
