import { describe, expect, it } from 'vitest';
import { flowRows, text, type FlowRow } from '../../../shared/charts';
import { texts } from './chartFixtures';

const row = (label: string, height = 10, keepWithNext = false): FlowRow => ({ height, items: [text(0, 8, label, 8, 400, 'text')], keepWithNext });
const blank = (height: number): FlowRow => ({ height, items: [] });
const continued = () => [row('(continued)', 12)];

describe('flowRows', () => {
  it('puts rows one below the other on one page while they fit', () => {
    const pages = flowRows([row('a'), row('b'), row('c')], 100, continued);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.map((i) => (i.kind === 'text' ? i.y : -1))).toEqual([8, 18, 28]);
  });

  it('starts a new page, opened by the continuation rows, when a row does not fit', () => {
    const pages = flowRows([row('a', 40), row('b', 40), row('c', 40)], 100, continued);
    expect(pages.map(texts)).toEqual([['a', 'b'], ['(continued)', 'c']]);
    expect(pages[1]![1]).toMatchObject({ y: 12 + 8 });
  });

  it('never splits a row: its height lands whole on one page', () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(`r${i}`, 7 + (i % 4) * 3));
    for (const page of flowRows(rows, 100, continued)) {
      for (const item of page) if (item.kind === 'text') expect(item.y).toBeLessThanOrEqual(100);
    }
  });

  it('moves a heading to the next page with the row it introduces rather than end a page with it', () => {
    const pages = flowRows([row('a', 80), row('Heading', 10, true), row('b', 15)], 100, continued);
    expect(pages.map(texts)).toEqual([['a'], ['(continued)', 'Heading', 'b']]);
  });

  it('drops blank space that would start a page', () => {
    const pages = flowRows([row('a', 95), blank(20), row('b', 10)], 100, continued);
    expect(pages.map(texts)).toEqual([['a'], ['(continued)', 'b']]);
    expect(flowRows([row('a', 95), blank(20)], 100, continued)).toHaveLength(1);
  });

  it('gives a row taller than a page a page of its own instead of looping', () => {
    expect(flowRows([row('a', 10), row('huge', 500), row('b', 10)], 100, continued).map(texts)).toEqual([['a'], ['(continued)', 'huge'], ['(continued)', 'b']]);
  });

  it('fills columns left to right before starting a page, below a head on the first page', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((label) => row(label, 40));
    const pages = flowRows(rows, { pageHeight: 100, columns: 2, columnWidth: 200, gap: 20, firstPageTop: 20 }, continued);
    expect(pages.map(texts)).toEqual([['a', 'b', 'c', 'd'], ['(continued)', 'e']]);
    const at = (label: string) => pages.flat().find((i) => i.kind === 'text' && i.text === label) as { x: number; y: number };
    expect([at('a').x, at('a').y]).toEqual([0, 20 + 8]);
    expect([at('c').x, at('c').y]).toEqual([220, 20 + 8]);
    expect([at('e').x, at('e').y]).toEqual([0, 12 + 8]);
  });

  it('starts a new column for a row that asks for one', () => {
    const pages = flowRows([row('a'), { ...row('b'), breakBefore: true }, { ...row('c'), breakBefore: true }], { pageHeight: 100, columns: 2, columnWidth: 100, gap: 0 }, continued);
    expect(pages.map(texts)).toEqual([['a', 'b'], ['(continued)', 'c']]);
    expect(flowRows([{ ...row('first'), breakBefore: true }], 100, continued)).toHaveLength(1);
  });
});
