import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

const DIRECTIONS: Partial<Record<string, { x: number; y: number }>> = {
  [KeyboardCode.Right]: { x: 1, y: 0 },
  [KeyboardCode.Left]: { x: -1, y: 0 },
  [KeyboardCode.Down]: { x: 0, y: 1 },
  [KeyboardCode.Up]: { x: 0, y: -1 },
};

/**
 * Arrow keys jump from team to team instead of moving 25 px at a time, so a keyboard user can
 * drop a person onto any team in a few presses: the nearest team in the arrow's direction wins,
 * with sideways distance weighted so "down" stays in the same column where it can.
 */
export const keyboardTeamCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = DIRECTIONS[event.code];
  const active = context.collisionRect;
  if (!direction || !active) return undefined;
  event.preventDefault();
  const from = { x: active.left + active.width / 2, y: active.top + active.height / 2 };
  let best: { x: number; y: number; score: number } | undefined;
  for (const container of context.droppableContainers.getEnabled()) {
    const rect = context.droppableRects.get(container.id);
    if (!rect || container.id === context.over?.id) continue;
    const center = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    const along = (center.x - from.x) * direction.x + (center.y - from.y) * direction.y;
    if (along <= 1) continue;
    const across = Math.abs((center.x - from.x) * direction.y) + Math.abs((center.y - from.y) * direction.x);
    const score = along + across * 3;
    if (!best || score < best.score) best = { x: center.x - active.width / 2, y: center.y - active.height / 2, score };
  }
  return best ? { x: best.x, y: best.y } : currentCoordinates;
};
