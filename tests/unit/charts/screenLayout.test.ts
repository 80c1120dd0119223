import { describe, expect, it } from 'vitest';
import { groupCards, layoutScreenChart, screenColumns, SCREEN_CARD_WIDTH } from '../../../shared/charts';
import { team } from './chartFixtures';

describe('the on-screen chart', () => {
  const cards = Array.from({ length: 30 }, (_, i) => team(`Team ${i + 1}`, { developers: 2 + (i % 6), departmentId: `d${i % 3}`, departmentName: ['Finance', 'Sales', 'HR'][i % 3]! }));

  it('is wider than tall for many teams, with at most 30 columns', () => {
    expect(screenColumns(12)).toBe(5);
    expect(screenColumns(500)).toBe(30);
    expect(screenColumns(1)).toBe(2);
    const chart = layoutScreenChart(groupCards(cards, 'none'), { objectives: 'list' });
    expect(chart.width).toBeGreaterThan(chart.height * 0.5);
  });

  it('places every card once, none overlapping, all inside the chart', () => {
    const chart = layoutScreenChart(groupCards(cards, 'department'), { objectives: 'list' });
    expect(chart.cards.map((c) => c.card.name).sort()).toEqual(cards.map((c) => c.name).sort());
    chart.cards.forEach((a, i) => {
      expect(a.card.width).toBe(SCREEN_CARD_WIDTH);
      expect(a.x + a.card.width).toBeLessThanOrEqual(chart.width);
      expect(a.y + a.card.height).toBeLessThanOrEqual(chart.height);
      for (const b of chart.cards.slice(i + 1)) {
        const overlap = a.x < b.x + b.card.width && b.x < a.x + a.card.width && a.y < b.y + b.card.height && b.y < a.y + a.card.height;
        expect(overlap).toBe(false);
      }
    });
  });

  it('draws each group as a band under its heading, one band below the other', () => {
    const chart = layoutScreenChart(groupCards(cards, 'department'), { objectives: 'list' });
    expect(chart.headings.map((h) => h.title)).toEqual(['Department: Finance', 'Department: HR', 'Department: Sales']);
    const ys = chart.headings.map((h) => h.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const card of chart.cards) {
      const heading = [...chart.headings].reverse().find((h) => h.y < card.y)!;
      expect(heading.title).toBe(`Department: ${cards.find((c) => c.name === card.card.name)!.departmentName}`);
    }
  });

  it('never splits a card on screen, however tall', () => {
    const chart = layoutScreenChart(groupCards([team('Giant', { developers: 120 })], 'none'), { objectives: 'list' });
    expect(chart.cards).toHaveLength(1);
    expect(chart.cards[0]!.card.parts).toBe(1);
  });
});
