/**
 * Excel stores a date as the number of days since its epoch: 1899-12-30 for serials after
 * 1900-02-28 (Excel counts a 29 February 1900 that never was, serial 60), 1904-01-01 in
 * workbooks made with the 1904 date system. The time of day is the fraction.
 */
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * "YYYY-MM-DD" for a whole-day serial, "YYYY-MM-DDTHH:mm" when it has a time; computed in UTC so
 * the reader's time zone never shifts a date. Null for a serial that is no date (negative, NaN,
 * or Excel's phantom 1900-02-29).
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  if (!date1904 && serial >= 60 && serial < 61) return null;
  // Before the phantom day, Excel's 1900 serials are one day ahead of the real calendar.
  const days = !date1904 && serial < 60 ? serial + 1 : serial;
  const ms = Math.round(days * DAY_MS / 60_000) * 60_000 + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const date = new Date(ms);
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  return minutes === 0 ? day : `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}
