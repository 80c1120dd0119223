import { Virtualizer } from '@tanstack/virtual-core';
import { act, render, screen } from '@testing-library/react';
import { Activity, useCallback, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeOffsetAfterPaint, observeRectAfterPaint, scrollAfterPaint } from '../../renderer/ui/observeAfterPaint';
import { useFocusKeepingVirtualizer } from '../../renderer/ui/useFocusKeepingVirtualizer';

function listenersAddedTo(element: HTMLElement): string[] {
  const added: string[] = [];
  const add = element.addEventListener.bind(element);
  vi.spyOn(element, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    added.push(type);
    add(type, listener, options);
  });
  return added;
}

function attachedVirtualizer(main: HTMLElement): Virtualizer<HTMLElement, Element> {
  const virtualizer = new Virtualizer<HTMLElement, Element>({
    count: 100,
    getScrollElement: () => main,
    estimateSize: () => 40,
    observeElementRect: observeRectAfterPaint,
    observeElementOffset: observeOffsetAfterPaint,
    scrollToFn: scrollAfterPaint,
  });
  virtualizer._didMount();
  virtualizer._willUpdate();
  return virtualizer;
}

const touchPoints = Object.getOwnPropertyDescriptor(Navigator.prototype, 'maxTouchPoints');
afterEach(() => {
  if (touchPoints) Object.defineProperty(Navigator.prototype, 'maxTouchPoints', touchPoints);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function withTouchPoints(count: number): void {
  Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { configurable: true, get: () => count });
}

describe('a virtual list taking up its scroll element (a kept screen shown again)', () => {
  it('registers no touch listeners on a device without touch', () => {
    withTouchPoints(0);
    const main = document.body.appendChild(document.createElement('main'));
    const added = listenersAddedTo(main);
    attachedVirtualizer(main);
    expect(added.filter((type) => type.startsWith('touch'))).toEqual([]);
  });

  it('keeps the library’s touch listeners on a touch screen', () => {
    withTouchPoints(5);
    const main = document.body.appendChild(document.createElement('main'));
    const added = listenersAddedTo(main);
    attachedVirtualizer(main);
    expect(added).toEqual(expect.arrayContaining(['touchstart', 'touchend', 'touchcancel']));
  });
});

const ROWS = Array.from({ length: 200 }, (_, i) => `row-${i}`);

function List({ onVirtualizer }: { onVirtualizer: (virtualizer: Virtualizer<HTMLElement, Element>) => void }) {
  const list = useRef<HTMLUListElement>(null);
  const keyOf = useCallback((index: number) => ROWS[index]!, []);
  const estimateSize = useCallback(() => 40, []);
  const { virtualizer, items, measureRow } = useFocusKeepingVirtualizer({ count: ROWS.length, keyOf, estimateSize, overscan: 2, list, lastVisit: { rect: { width: 800, height: 400 }, top: 0 } });
  onVirtualizer(virtualizer);
  return (
    <ul ref={list} aria-label="Rows">
      {items.map((item) => (
        <li key={item.key as string} ref={measureRow(ROWS[item.index]!)} data-index={item.index}>
          {ROWS[item.index]}
        </li>
      ))}
    </ul>
  );
}

function Screen({ shown, onVirtualizer }: { shown: boolean; onVirtualizer: (virtualizer: Virtualizer<HTMLElement, Element>) => void }) {
  return (
    <main>
      <Activity mode={shown ? 'visible' : 'hidden'}>
        <List onVirtualizer={onVirtualizer} />
      </Activity>
    </main>
  );
}

describe('the rows of a virtual list on a kept screen', () => {
  it('are handed to the virtualiser once: shown again, their elements are not measured again', async () => {
    // jsdom lays nothing out: <main> is given a size, as a window would.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    let virtualizer: Virtualizer<HTMLElement, Element> | undefined;
    const keep = (v: Virtualizer<HTMLElement, Element>) => (virtualizer = v);
    const view = render(<Screen shown onVirtualizer={keep} />);
    await screen.findByText('row-0');
    await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
    for (const row of rows) expect(virtualizer!.elementsCache.get(row.textContent!)).toBe(row);

    const measured = vi.spyOn(virtualizer!, 'measureElement');
    // As the kept screens do: the screen leaves the document, then React hides it; it comes back, then is shown.
    const main = view.container.querySelector('main')!;
    main.remove();
    view.rerender(<Screen shown={false} onVirtualizer={keep} />);
    view.container.append(main);
    view.rerender(<Screen shown onVirtualizer={keep} />);
    await act(async () => {});
    expect(measured.mock.calls.filter(([element]) => element !== null)).toEqual([]);
    // Still observed: the virtualiser holds every row shown.
    for (const row of screen.getAllByRole('listitem')) expect(virtualizer!.elementsCache.get(row.textContent!)).toBe(row);
  });
});

describe('a virtual list on a screen just left (out of the document until it is hidden)', () => {
  it('keeps where it starts: a size read out of the document is not taken for the list’s', async () => {
    const observed: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          observed.push(callback);
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    const lastVisit = { rect: { width: 800, height: 400 }, top: 123 };
    function Tracked() {
      const list = useRef<HTMLUListElement>(null);
      const keyOf = useCallback((index: number) => ROWS[index]!, []);
      const estimateSize = useCallback(() => 40, []);
      const { items } = useFocusKeepingVirtualizer({ count: ROWS.length, keyOf, estimateSize, overscan: 2, list, lastVisit });
      return <ul ref={list}>{items.map((item) => <li key={item.key as string}>{ROWS[item.index]}</li>)}</ul>;
    }
    const view = render(
      <main>
        <Tracked />
      </main>,
    );
    const main = view.container.querySelector('main')!;
    expect(observed.length).toBeGreaterThan(0);
    main.remove();
    act(() => observed.forEach((callback) => callback([], {} as ResizeObserver)));
    expect(lastVisit.top).toBe(123);
    // Back in the document, a resize is the list's (jsdom lays out nothing: it starts at 0).
    view.container.append(main);
    act(() => observed.forEach((callback) => callback([], {} as ResizeObserver)));
    expect(lastVisit.top).toBe(0);
    vi.unstubAllGlobals();
  });
});
