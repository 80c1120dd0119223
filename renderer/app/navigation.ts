/** The app's sections, in menu order. Later commands (menu, shortcuts) reuse this table. */
export const NAVIGATION = [
  { path: '/teams', label: 'Teams' },
  { path: '/people', label: 'People' },
  { path: '/okrs', label: 'OKRs' },
  { path: '/charts', label: 'Charts' },
  { path: '/plans', label: 'Plans' },
  { path: '/design', label: 'Design' },
  { path: '/map', label: 'Collaboration map' },
  { path: '/settings', label: 'Settings' },
] as const;
