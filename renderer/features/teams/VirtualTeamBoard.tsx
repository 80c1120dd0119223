import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { Team } from '../../../shared/model';
import type { OrganisationHealth, TeamSize } from '../../../shared/rules';
import { TeamCard } from './TeamCard';
import styles from './TeamsPage.module.css';

const CARD_MIN_WIDTH = 280;
const GAP = 16;
/** Cards have a fixed height (text is clamped) so rows can be virtualised without measuring. */
export const ROW_HEIGHT = 272 + GAP;

interface VirtualTeamBoardProps {
  teams: readonly Team[];
  sizes: ReadonlyMap<string, TeamSize> | undefined;
  health: OrganisationHealth | undefined;
}

/**
 * The board of team cards, virtualised by row: with 500 teams only the rows in view (plus a few)
 * are rendered, so opening and scrolling the board stays fast. The page's <main> scrolls.
 */
export function VirtualTeamBoard({ teams, sizes, health }: VirtualTeamBoardProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const { search } = useLocation();
  const [layout, setLayout] = useState({ columns: 3, width: 900, offset: 0 });

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const width = list.clientWidth || 900;
      const columns = Math.max(1, Math.floor((width + GAP) / (CARD_MIN_WIDTH + GAP)));
      setLayout((old) => (old.columns === columns && old.width === width && old.offset === list.offsetTop ? old : { columns, width, offset: list.offsetTop }));
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(list);
    observer?.observe(list.parentElement ?? list);
    return () => observer?.disconnect();
  }, []);

  const rows = Math.ceil(teams.length / layout.columns);
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => listRef.current?.closest('main') ?? null,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
    scrollMargin: layout.offset,
    initialRect: { width: 1000, height: 900 },
  });
  const cardWidth = (layout.width - GAP * (layout.columns - 1)) / layout.columns;

  return (
    <ul ref={listRef} className={styles.board} aria-label="Teams" style={{ height: rows * ROW_HEIGHT - GAP }}>
      {virtualizer.getVirtualItems().flatMap((row) =>
        teams.slice(row.index * layout.columns, (row.index + 1) * layout.columns).map((team, column) => {
          const index = row.index * layout.columns + column;
          return (
            <li
              key={team.id}
              className={styles.boardItem}
              aria-setsize={teams.length}
              aria-posinset={index + 1}
              style={{ transform: `translate(${column * (cardWidth + GAP)}px, ${row.start - layout.offset}px)`, width: cardWidth }}
            >
              <TeamCard team={team} size={sizes?.get(team.id)} health={health?.byTeam.get(team.id)} search={search} />
            </li>
          );
        }),
      )}
    </ul>
  );
}
