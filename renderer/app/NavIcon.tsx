/** Small line icons for the sidebar, so the collapsed sidebar still says where each link goes. */
const PATHS: Record<string, string> = {
  '/teams': 'M3 4h6v6H3zM11 4h6v6h-6zM3 12h6v6H3zM11 12h6v6h-6z',
  '/people': 'M10 3a3 3 0 1 1 0 6a3 3 0 0 1 0-6zM4 17c0-3.3 2.7-6 6-6s6 2.7 6 6',
  '/okrs': 'M10 2a8 8 0 1 1 0 16a8 8 0 0 1 0-16zM10 6a4 4 0 1 1 0 8a4 4 0 0 1 0-8zM10 9.5a.5.5 0 1 1 0 1a.5.5 0 0 1 0-1',
  '/charts': 'M8 2h4v4H8zM3 14h4v4H3zM13 14h4v4h-4zM10 6v4M5 14v-4h10v4',
  '/plans': 'M4 3h9l3 3v11H4zM7 8h6M7 11h6M7 14h4',
  '/design': 'M3 5h5v4H3zM12 11h5v4h-5zM8 7h2v6h2',
  '/map': 'M5 5a2 2 0 1 1 0 .1M15 5a2 2 0 1 1 0 .1M10 15a2 2 0 1 1 0 .1M7 5h6M6 7l3 6M14 7l-3 6',
  '/settings': 'M10 7a3 3 0 1 1 0 6a3 3 0 0 1 0-6zM10 2v3M10 15v3M2 10h3M15 10h3M4.3 4.3l2.1 2.1M13.6 13.6l2.1 2.1M4.3 15.7l2.1-2.1M13.6 6.4l2.1-2.1',
};

export function NavIcon({ path }: { path: string }) {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[path] ?? ''} />
    </svg>
  );
}
