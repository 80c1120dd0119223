import { render, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screenfulOf, useRememberListTop } from '../../renderer/ui/firstScreen';

function List({ listKey, top }: { listKey: string; top: number }) {
  const list = useRef<HTMLUListElement>(null);
  useRememberListTop(listKey, list, true);
  return (
    <main id="main">
      <ul
        ref={(element) => {
          list.current = element;
          if (element) element.getBoundingClientRect = () => ({ top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) });
        }}
      />
    </main>
  );
}

describe('a long list’s first screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a window height of the shortest items, plus the one cut at the edge, for a list never shown before', () => {
    vi.stubGlobal('innerHeight', 800);
    expect(screenfulOf(100)).toBe(9);
    expect(screenfulOf(100, 'never-shown')).toBe(9);
  });

  it('leaves out the part of the window above where the list started last time, at the same width only', async () => {
    vi.stubGlobal('innerHeight', 800);
    vi.stubGlobal('innerWidth', 1280);
    const view = render(<List listKey="below-a-header" top={300} />);
    await waitFor(() => expect(screenfulOf(100, 'below-a-header')).toBe(6));
    view.unmount();
    // A narrower window wraps the header differently: the whole window counts again.
    vi.stubGlobal('innerWidth', 1024);
    expect(screenfulOf(100, 'below-a-header')).toBe(9);
  });

  it('counts what <main> was scrolled by: a list scrolled up under the top shows more items', async () => {
    vi.stubGlobal('innerHeight', 800);
    vi.stubGlobal('innerWidth', 1280);
    const view = render(<List listKey="scrolled" top={300} />);
    await waitFor(() => expect(screenfulOf(100, 'scrolled')).toBe(6));
    const main = view.container.querySelector('main')!;
    Object.defineProperty(main, 'scrollTop', { configurable: true, value: 100 });
    main.dispatchEvent(new Event('scroll'));
    expect(screenfulOf(100, 'scrolled')).toBe(7);
    Object.defineProperty(main, 'scrollTop', { configurable: true, value: 600 });
    main.dispatchEvent(new Event('scroll'));
    expect(screenfulOf(100, 'scrolled')).toBe(9);
    view.unmount();
  });
});
