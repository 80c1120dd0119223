import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHiddenCardItems } from '../../renderer/features/teams/useHiddenCardItems';
import { useFixedRowWindow } from '../../renderer/ui/useFixedRowWindow';

// A kept screen just left is out of the document until it is hidden (after the next screen's first
// paint): its resize observers may still report then, with sizes that are not its own.
const callbacks: ResizeObserverCallback[] = [];
function observersByHand(): (...targets: Element[]) => void {
  callbacks.length = 0;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: ResizeObserverCallback) {
        callbacks.push(callback);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  return (...targets) => act(() => callbacks.forEach((callback) => callback(targets.map((target) => ({ target }) as ResizeObserverEntry), {} as ResizeObserver)));
}
const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('observers of a screen out of the document', () => {
  it('a team card reads no layout to count its hidden members', async () => {
    const report = observersByHand();
    function Card() {
      const area = useRef<HTMLDivElement>(null);
      const content = useRef<HTMLUListElement>(null);
      useHiddenCardItems(area, content, 'members');
      return (
        <div ref={area}>
          <ul ref={content}>
            <li>Ana</li>
          </ul>
        </div>
      );
    }
    const view = render(<Card />);
    await nextFrame();
    const read = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const card = view.container.firstElementChild!;
    view.container.remove();
    report(card);
    expect(read).not.toHaveBeenCalled();
    document.body.append(view.container);
    report(card);
    expect(read).toHaveBeenCalled();
    expect(card.isConnected).toBe(true);
  });

  it('a long list keeps its rows and the height it last had in the window', async () => {
    const report = observersByHand();
    const remembered = { height: 640 };
    // Out of the document an element has no size and no scroll position.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.isConnected ? 480 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'scrollTop', 'get').mockImplementation(function (this: HTMLElement) {
      return this.isConnected ? 3200 : 0;
    });
    function List() {
      const scrollRef = useRef<HTMLDivElement>(null);
      const range = useFixedRowWindow({ count: 1000, rowHeight: 32, overscan: 2, scrollRef, remembered });
      return <div ref={scrollRef} data-testid="list" data-rows={`${range.first}-${range.last}`} />;
    }
    const view = render(<List />);
    await nextFrame();
    const list = view.getByTestId('list');
    const rows = list.dataset.rows;
    expect(rows).toMatch(/^9[0-9]-1[0-9][0-9]$/);
    expect(remembered.height).toBe(480);
    view.container.remove();
    report(list);
    expect(list.dataset.rows).toBe(rows);
    expect(remembered.height).toBe(480);
    document.body.append(view.container);
    report(list);
    expect(list.dataset.rows).toBe(rows);
  });
});
