/** Reloads this window (after the workspace moved to another database). A module of its own so tests can replace it. */
export function reloadApp(): void {
  window.location.reload();
}
