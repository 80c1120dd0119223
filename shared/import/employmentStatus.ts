import { compactHeader } from './headerMatch';
import { parseExportDate, type DayMonthOrder } from './dates';

/**
 * Status words of people who have left, as Workday, SuccessFactors, BambooHR, HiBob, Personio, ADP
 * and SAP write them in English and the common European languages. "On leave", "Garden leave",
 * "Part-Time" and "Active" mean the person still works here.
 */
const LEFT = new RegExp(
  '^(?:' +
    [
      'in-?active', 'terminated', 'termed', 'withdrawn', 'left', 'leaver', 'former', 'ex-?employee', 'retired', 'deceased', 'separated', 'dismissed', 'resigned', 'offboarded',
      'inaktiv', 'ausgetreten', 'ausgeschieden', 'beendet', 'ehemalig\\w*',
      'inactif', 'sorti\\w*', 'ancien\\w*', 'radie\\w*',
      'inactivo', 'baja', 'dado de baja', 'cesado', 'inattivo', 'cessato', 'dimesso', 'inactief', 'uit dienst', 'niet actief', 'uitgetreden',
      'nieaktywny', 'zwolniony', 'neaktivni', 'avslutad', 'sluttet', 'fratradt',
    ].join('|') +
    ')\\b',
  'i',
);

/** Headers of a yes/no column that says whether someone is active ("Active", "Is active", "Aktiv"). */
const ACTIVE_FLAG_HEADERS = new Set(['active', 'isactive', 'activeemployee', 'activestatus', 'activeyn', 'aktiv', 'actif', 'activo', 'attivo', 'actief', 'activeflag']);
/** Headers of a yes/no column that says whether someone has left ("Terminated", "Is terminated", "Ausgetreten"). */
const LEFT_FLAG_HEADERS = new Set(['terminated', 'isterminated', 'terminatedyn', 'inactive', 'isinactive', 'leaver', 'ausgetreten', 'inaktiv']);
const NO = /^(?:no|n|false|falsch|0|nein|non|nee|nej|nie|x?-)$/i;
const YES = /^(?:yes|y|true|wahr|1|ja|j|oui|si|sí|x)$/i;

function unaccented(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Why a status cell means the person has left ("status “Terminated”"), or null when it does not. */
export function statusSaysLeft(header: string, value: string): string | null {
  const cell = value.trim();
  if (cell === '') return null;
  const key = compactHeader(header);
  if (ACTIVE_FLAG_HEADERS.has(key)) return NO.test(cell) ? `${header} “${cell}”` : null;
  if (LEFT_FLAG_HEADERS.has(key) && (YES.test(cell) || NO.test(cell))) return YES.test(cell) ? `${header} “${cell}”` : null;
  return LEFT.test(unaccented(cell)) ? `status “${cell}”` : null;
}

/** Why an end date means the person has left (it is before today), or null while it is not. */
export function endDateSaysLeft(header: string, value: string, order: DayMonthOrder, today: string): string | null {
  const ended = parseExportDate(value, order);
  return ended !== null && ended < today ? `left on ${ended} (${header} “${value.trim()}”)` : null;
}
