import { Activity, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useLeftUntilPainted } from './useLeftUntilPainted';

interface KeptView {
  node: ReactNode;
  /** The view's own DOM container: in the slot while it shows, out of the document while hidden. */
  container: HTMLDivElement;
}

/** Puts the shown view's container in the slot; rendered before the views, so its layout effect runs before theirs. */
function AttachShown({ slot, container }: { slot: { current: HTMLDivElement | null }; container: HTMLDivElement }) {
  useLayoutEffect(() => {
    const element = slot.current;
    if (!element) return;
    for (const child of [...element.children]) if (child !== container) child.remove();
    if (container.parentNode !== element) element.append(container);
  });
  return null;
}

function newContainer(): HTMLDivElement {
  const container = document.createElement('div');
  // The view's own elements lay out as if they were the slot's children.
  container.style.display = 'contents';
  return container;
}

/**
 * Shows the view of `viewKey` and keeps the last `max` views shown mounted: a view left stays in a
 * hidden <Activity> (its effects, subscriptions and observers stop) with its DOM out of the
 * document, so nothing on the page sees two views. Coming back to one (the previous quarter and
 * back again) shows it as it was, brought up to date, instead of building it again. The view left
 * goes out of the document at once and is hidden once the new one is painted (useLeftUntilPainted).
 */
export function KeptViews({ viewKey, max = 4, children }: { viewKey: string; max?: number; children: ReactNode }) {
  const slot = useRef<HTMLDivElement>(null);
  const left = useLeftUntilPainted(viewKey);
  // Insertion order is recency: the least recently shown view is dropped first.
  const [views] = useState(() => new Map<string, KeptView>());
  const shown = views.get(viewKey) ?? { node: children, container: newContainer() };
  shown.node = children;
  views.delete(viewKey);
  views.set(viewKey, shown);
  for (const key of views.keys()) {
    if (views.size <= max) break;
    views.delete(key);
  }
  return (
    <>
      {/* The slot first: its ref is set before AttachShown's layout effect runs. */}
      <div ref={slot} style={{ display: 'contents' }} />
      <AttachShown slot={slot} container={shown.container} />
      {[...views].map(([key, view]) => createPortal(<Activity mode={key === viewKey || key === left ? 'visible' : 'hidden'}>{view.node}</Activity>, view.container, key))}
    </>
  );
}
