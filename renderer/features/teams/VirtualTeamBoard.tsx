import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { Person, Role, Settings, Team } from '../../../shared/model';
import { sizeLimitsByType, type OrganisationHealth, type TeamSize } from '../../../shared/rules';
import { useDerived, usePrincipleSets } from '../../db';
import { useTeamsUi, type BoardDensity } from '../../state/teamsUi';
import { UserText } from '../../ui/UserText';
import { boardRows, type BoardGroupHealth, type BoardGrouping } from './boardRows';
import { cardRoleGroups, type PlanMemberIndex } from './cardMembers';
import { roleAbbreviations } from './roleAbbreviations';
import { TeamCard } from './TeamCard';
import { observeOffsetAfterPaint, observeRectAfterPaint, scrollAfterPaint } from './observeAfterPaint';
import styles from './TeamsPage.module.css';

const CARD_MIN_WIDTH = 216;
const GAP = 10;
/** Cards have a fixed height per density (content is clipped) so rows are virtualised without measuring. */
export const CARD_HEIGHT: Record<BoardDensity, number> = { compact: 228, comfortable: 300 };
const GROUP_HEIGHT = 36;
const UNGROUPED: Record<BoardGrouping, string> = { none: '', champion: 'No executive champion', department: 'No department', group: 'Teams in no group' };

/** The board's size the last time it was shown: the first frame of the next visit uses it (no forced layout). */
let lastLayout = { columns: 4, width: 940, offset: 0 };
let lastRect = { width: 1000, height: 800 };
const NO_MEMBERS = { headcount: 0, fte: 0 };
const EMPTY: never[] = [];

interface VirtualTeamBoardProps {
  teams: readonly Team[];
  sizes: ReadonlyMap<string, TeamSize> | undefined;
  health: OrganisationHealth | undefined;
  index: PlanMemberIndex;
  roles: readonly Role[];
  peopleById: ReadonlyMap<string, Person>;
  settings: Settings;
  density: BoardDensity;
  grouping: BoardGrouping;
  groupOf: (team: Team) => { id: string; name: string; health?: BoardGroupHealth } | null;
}

/**
 * The board of team cards, virtualised by row: with 500 teams only the rows in view (plus one
 * above and below) are rendered, so opening and scrolling the board stays fast. <main> scrolls.
 */
export function VirtualTeamBoard({ teams, sizes, health, index, roles, peopleById, settings, density, grouping, groupOf }: VirtualTeamBoardProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const { search } = useLocation();
  const [layout, setLayout] = useState(lastLayout);

  // Measured after the first paint (ResizeObserver reports once laid out), never synchronously.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      // A screen just left is out of the document until its observers stop: its width there is not the board's.
      if (!list.isConnected) return;
      const width = list.clientWidth || 940;
      const columns = Math.max(1, Math.floor((width + GAP) / (CARD_MIN_WIDTH + GAP)));
      lastLayout = { columns, width, offset: list.offsetTop };
      setLayout((old) => (old.columns === columns && old.width === width && old.offset === list.offsetTop ? old : lastLayout));
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    observer.observe(list.parentElement ?? list);
    return () => observer.disconnect();
  }, []);

  // Kept across visits of the board (the same teams and grouping give the same rows): no pass over 500 teams on mount.
  const rows = useDerived('board-rows', [teams, layout.columns, grouping, groupOf], () => boardRows(teams, layout.columns, grouping, groupOf, UNGROUPED[grouping]));
  // The first frame renders the rows in view only; the row beyond each edge (for smooth scrolling) follows a frame later.
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setOnScreen(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const rowHeight = CARD_HEIGHT[density] + GAP;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current?.closest('main') ?? null,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? GROUP_HEIGHT : rowHeight),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: onScreen ? 1 : 0,
    scrollMargin: layout.offset,
    initialRect: lastRect,
    observeElementRect: (instance, cb) =>
      observeRectAfterPaint(instance, (rect) => {
        lastRect = rect;
        cb(rect);
      }),
    observeElementOffset: observeOffsetAfterPaint,
    scrollToFn: scrollAfterPaint,
  });
  // A team just created: scroll its row into view and give its card's link focus.
  const revealTeamId = useTeamsUi((s) => s.revealTeamId);
  useEffect(() => {
    if (!revealTeamId) return;
    const row = rows.findIndex((r) => r.kind === 'cards' && r.teams.some((t) => t.id === revealTeamId));
    if (row === -1) return;
    virtualizer.scrollToIndex(row, { align: 'center' });
    let frames = 0;
    let frame = 0;
    const focus = () => {
      const link = listRef.current?.querySelector<HTMLElement>(`[data-drop-team="${CSS.escape(revealTeamId)}"] a`);
      if (link) {
        link.focus();
        useTeamsUi.getState().revealTeam(null);
      } else if (frames++ < 20) frame = requestAnimationFrame(focus);
    };
    frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, [revealTeamId, rows, virtualizer]);
  const labels = useDerived('role-abbreviations', [roles], () => roleAbbreviations(roles));
  // Each card's role groups, kept while its inputs stay the same objects, so a scroll (which
  // re-renders the rows) re-renders no card whose team did not change (TeamCard is memoised),
  // and across visits of the board (a card shown last time is not grouped again).
  const groupsOf = useDerived('board-card-groups', [index, health, roles, peopleById, labels], () => {
    const cache = new Map<string, { list: unknown; coverage: unknown; groups: ReturnType<typeof cardRoleGroups> }>();
    return (teamId: string) => {
      const list = index.byTeam.get(teamId) ?? EMPTY;
      const coverage = health?.byTeam.get(teamId)?.coverage;
      const hit = cache.get(teamId);
      if (hit && hit.list === list && hit.coverage === coverage) return hit.groups;
      const groups = cardRoleGroups(list, roles, coverage, peopleById, index.teamsPerPerson, labels);
      cache.set(teamId, { list, coverage, groups });
      return groups;
    };
  });
  const cardWidth = (layout.width - GAP * (layout.columns - 1)) / layout.columns;
  // A typed team's gauge uses its type's limits, as its health does (a 9-person stream-aligned team fits).
  const principleSets = usePrincipleSets();
  const limitsOf = useMemo(() => sizeLimitsByType(principleSets, settings.sizeLimits), [principleSets, settings.sizeLimits]);

  return (
    <div ref={listRef} className={styles.board} style={{ height: virtualizer.getTotalSize() }}>
      <ul className={styles.boardList} aria-label="Teams">
        {virtualizer.getVirtualItems().flatMap((item) => {
          const row = rows[item.index]!;
          const top = item.start - layout.offset;
          if (row.kind === 'group') {
            return [
              <li key={row.key} className={styles.groupHeading} style={{ transform: `translateY(${top}px)`, height: GROUP_HEIGHT }}>
                <h2>
                  <UserText>{row.title}</UserText> <span className={styles.groupCount}>({row.count})</span>
                </h2>
                {row.health ? <p className={`${styles.groupHealth} ${styles[`group_${row.health.verdict}`] ?? ''}`}>{row.health.detail}</p> : null}
              </li>,
            ];
          }
          return row.teams.map((team, column) => {
            const size = sizes?.get(team.id) ?? NO_MEMBERS;
            const teamHealth = health?.byTeam.get(team.id);
            const groups = groupsOf(team.id);
            return (
              <li
                key={team.id}
                className={styles.boardItem}
                aria-setsize={teams.length}
                aria-posinset={row.first + column + 1}
                style={{ transform: `translate(${column * (cardWidth + GAP)}px, ${top}px)`, width: cardWidth, height: CARD_HEIGHT[density] }}
              >
                <TeamCard team={team} groups={groups} size={size} limits={limitsOf(team.type)} health={teamHealth} search={search} density={density} />
              </li>
            );
          });
        })}
      </ul>
    </div>
  );
}
