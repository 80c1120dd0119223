import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopFor } from '../../renderer/ui/useFixedRowWindow';

describe('rowWindow', () => {
  it('gives the rows in view, plus the overscan either side, clamped to the list', () => {
    expect(rowWindow(5000, 52, 0, 600, 0)).toEqual({ first: 0, last: 11 });
    expect(rowWindow(5000, 52, 0, 600, 10)).toEqual({ first: 0, last: 21 });
    // Scrolled to row 100 exactly: rows 100–111 are (partly) in view.
    expect(rowWindow(5000, 52, 5200, 600, 0)).toEqual({ first: 100, last: 111 });
    expect(rowWindow(5000, 52, 5200, 600, 10)).toEqual({ first: 90, last: 121 });
    expect(rowWindow(5000, 52, 5000 * 52 - 600, 600, 10)).toEqual({ first: 4978, last: 4999 });
  });

  it('renders nothing for an empty list and stays inside a list that shrank under its scroll position', () => {
    expect(rowWindow(0, 52, 0, 600, 10)).toEqual({ first: 0, last: -1 });
    expect(rowWindow(3, 52, 5200, 600, 0)).toEqual({ first: 2, last: 2 });
    expect(rowWindow(3, 52, 5200, 600, 10)).toEqual({ first: 0, last: 2 });
  });
});

describe('scrollTopFor', () => {
  it('scrolls as little as brings the row fully into view, and not at all when it is', () => {
    expect(scrollTopFor(5, 52, 0, 600)).toBeNull();
    expect(scrollTopFor(11, 52, 0, 600)).toBe(12 * 52 - 600);
    expect(scrollTopFor(4999, 52, 0, 600)).toBe(5000 * 52 - 600);
    expect(scrollTopFor(0, 52, 5200, 600)).toBe(0);
    expect(scrollTopFor(99, 52, 5200, 600)).toBe(99 * 52);
  });
});
