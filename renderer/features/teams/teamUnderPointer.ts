import { rectIntersection, type CollisionDetection } from '@dnd-kit/core';

/**
 * The team card under the pointer, read from the page as it is now (not from rectangles measured
 * when the drag began): while the board auto-scrolls and virtual rows come and go, a drop lands on
 * the card the user sees under the pointer. Keyboard drags (no pointer) use rectangles.
 */
export const teamUnderPointer: CollisionDetection = (args) => {
  const { pointerCoordinates, droppableContainers } = args;
  if (!pointerCoordinates) return rectIntersection(args);
  for (const element of document.elementsFromPoint(pointerCoordinates.x, pointerCoordinates.y)) {
    const card = element.closest<HTMLElement>('[data-drop-team]');
    if (!card) continue;
    const id = `team:${card.dataset.dropTeam}`;
    const container = droppableContainers.find((c) => c.id === id);
    return container ? [{ id, data: { droppableContainer: container, value: 1 } }] : [];
  }
  return [];
};
