import { useEffect, useState, type RefObject } from 'react';
import { hiddenCardItems, NOTHING_HIDDEN, sameHidden, type CardItemBox, type HiddenCardItems } from './hiddenCardItems';

type Measure = () => void;

// One observer for every card on the board: a resize (a narrower window, a font that arrives late,
// a new line of chips) re-counts only the cards it touched.
let observer: ResizeObserver | null = null;
const measures = new Map<Element, Measure>();

function sharedObserver(): ResizeObserver | null {
  // Not in every test environment (jsdom): cards are then counted once per change of their members.
  if (typeof ResizeObserver === 'undefined') return null;
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) measures.get(entry.target)?.();
  });
  return observer;
}

function itemBoxes(content: HTMLElement): CardItemBox[] {
  // Members are the chips' list items; a required role nobody holds is its "+ Add" button.
  return [...content.querySelectorAll('li, button')].map((element) => ({
    kind: element.tagName === 'LI' ? 'member' : 'gap',
    bottom: element.getBoundingClientRect().bottom,
  }));
}

/**
 * How many of a card's members (and missing roles) its clipped member area hides, so the card can
 * say so instead of cutting people off silently. Counted after the browser has laid the card out
 * (a resize observer, or the next frame after `contentKey` changes), never during React's render.
 */
export function useHiddenCardItems(area: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, contentKey: unknown): HiddenCardItems {
  const [hidden, setHidden] = useState<HiddenCardItems>(NOTHING_HIDDEN);
  useEffect(() => {
    const box = area.current;
    const inner = content.current;
    if (!box || !inner) return undefined;
    const measure = () => {
      // A screen just left is out of the document until its observers stop: nothing there is laid out.
      if (!box.isConnected) return;
      const next = hiddenCardItems(box.getBoundingClientRect().bottom, itemBoxes(inner));
      setHidden((current) => (sameHidden(current, next) ? current : next));
    };
    const frame = requestAnimationFrame(measure);
    const watching = sharedObserver();
    measures.set(box, measure);
    measures.set(inner, measure);
    watching?.observe(box);
    watching?.observe(inner);
    return () => {
      cancelAnimationFrame(frame);
      watching?.unobserve(box);
      watching?.unobserve(inner);
      measures.delete(box);
      measures.delete(inner);
    };
  }, [area, content, contentKey]);
  return hidden;
}
