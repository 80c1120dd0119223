/** The one clock of the app: every stored timestamp is an ISO 8601 UTC string from here. */
export type Clock = () => Date;

let currentClock: Clock = () => new Date();

export function nowIso(): string {
  return currentClock().toISOString();
}

export function now(): Date {
  return currentClock();
}

/** Tests and seeded generators pin time here; production never calls it. */
export function setClock(clock: Clock): void {
  currentClock = clock;
}

export function resetClock(): void {
  currentClock = () => new Date();
}

/** The user's local calendar date (YYYY-MM-DD) at the clock's current instant. */
export function todayLocal(): string {
  const date = currentClock();
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
