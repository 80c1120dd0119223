import { describe, expect, it } from 'vitest';
import { layoutCard, textWidth, type CardDrawing, type DrawItem } from '../../../shared/charts';
import { member, objective, roleGroup, team, textOverlaps, texts, verticalExtent } from './chartFixtures';

const WIDTH = 186;
const ROOMY = { objectives: 'list' as const, maxHeight: Number.POSITIVE_INFINITY };

/** Every item lies inside the card: text measured with the same metrics as the layout. */
function expectInside(card: CardDrawing): void {
  for (const item of card.items) {
    if (item.kind === 'text') {
      const width = textWidth(item.text, { size: item.size, weight: item.weight });
      const left = item.anchor === 'end' ? item.x - width : item.anchor === 'middle' ? item.x - width / 2 : item.x;
      expect(left, item.text).toBeGreaterThanOrEqual(-0.01);
      expect(left + width, item.text).toBeLessThanOrEqual(card.width + 0.01);
    }
  }
  const { top, bottom } = verticalExtent(card.items);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(bottom).toBeLessThanOrEqual(card.height + 0.01);
}

const boxes = (items: readonly DrawItem[]) => items.filter((i) => i.kind === 'box');

describe('layoutCard', () => {
  const content = team('Payments Platform', { objectives: [objective('Get paid faster', { sharedWith: ['Billing'] })] });
  const [card] = layoutCard(content, WIDTH, ROOMY);

  it('draws one card with everything inside its outline', () => {
    expect(card).toMatchObject({ teamId: 'team:Payments Platform', part: 1, parts: 1, width: WIDTH });
    expectInside(card!);
    expect(card!.items[0]).toMatchObject({ kind: 'box', tone: 'card', x: 0, y: 0, width: WIDTH, height: card!.height });
  });

  it('shows the name, the verdict and two-pizza badges in words, size, service and mission', () => {
    const shown = texts(card!.items);
    expect(shown[0]).toBe('Payments Platform');
    expect(shown).toEqual(expect.arrayContaining(['Needs attention', 'Two-pizza: fits', '7 people · 6.5 FTE', 'Owns: Card and bank payments']));
    expect(shown.join(' ')).toContain('Let customers pay us any way they like');
  });

  it('marks the verdict with a coloured bar along the top as well as the words', () => {
    expect(card!.items[1]).toMatchObject({ kind: 'box', tone: 'warnStrong', y: 0 });
  });

  it('lists every member with role and allocation, grouped by role', () => {
    const shown = texts(card!.items);
    for (const group of content.roleGroups) {
      // A long role name wraps onto two lines in the role column.
      expect(shown.join(' ')).toContain(group.roleName);
      for (const m of group.members) expect(shown).toContain(m.name);
    }
    expect(shown).toContain('50%');
    expect(shown.indexOf('Product owner')).toBeLessThan(shown.indexOf('Developer'));
  });

  it('marks a shared member with a dashed outline and the other teams in words', () => {
    const dashed = boxes(card!.items).filter((b) => b.kind === 'box' && b.tone === 'shared' && b.dashed);
    expect(dashed).toHaveLength(1);
    expect(texts(card!.items)).toContain('Shared · also on Other Team');
  });

  it('shows a required role nobody holds as a gap in red words', () => {
    const withGap = team('Gap', { roleGroups: [roleGroup('Security analyst', [], { missing: true })] });
    const [drawn] = layoutCard(withGap, WIDTH, ROOMY);
    const gap = drawn!.items.find((i) => i.kind === 'text' && i.text === 'Nobody yet (required)');
    expect(gap).toMatchObject({ tone: 'fail' });
  });

  it('shows findings with their severity in words', () => {
    expect(texts(card!.items)).toEqual(expect.arrayContaining(['Warning:', 'Only security analyst on 2 teams']));
  });

  it('lists objectives with progress and status on screen, sums them up on overview pages, or leaves them out', () => {
    expect(texts(card!.items)).toEqual(expect.arrayContaining(['OBJECTIVES', 'Shared: Get paid faster', '50% · On track']));
    const [summary] = layoutCard(content, WIDTH, { objectives: 'summary', maxHeight: 10_000 });
    expect(texts(summary!.items)).toContain('7 people · 6.5 FTE · 1 objective (1 shared)');
    expect(texts(summary!.items)).not.toContain('OBJECTIVES');
    const [none] = layoutCard(content, WIDTH, { objectives: 'none', maxHeight: 10_000 });
    expect(texts(none!.items).join(' ')).not.toMatch(/objective/i);
  });

  it('keeps a long name, mission and member names inside a narrow card', () => {
    const long = team('Supply Chain Visibility, Order Tracking and Customer Notifications Platform', {
      mission: 'Know where every order is, and tell the customer before they ask, in every country we ship to, on every channel they use. '.repeat(3),
      roleGroups: [roleGroup('System administrator and site reliability', [member('Maximiliana Wolfeschlegelsteinhausenberger-Dorff')])],
    });
    for (const width of [120, 170, 240]) {
      const [drawn] = layoutCard(long, width, ROOMY);
      expectInside(drawn!);
      expect(textOverlaps(drawn!.items)).toEqual([]);
    }
  });

  it('is taller for a bigger team', () => {
    const [small] = layoutCard(team('Small', { developers: 2 }), WIDTH, ROOMY);
    const [big] = layoutCard(team('Big', { developers: 9 }), WIDTH, ROOMY);
    expect(big!.height).toBeGreaterThan(small!.height);
  });
});

describe('a card taller than a page', () => {
  const huge = team('Enterprise Platform', { developers: 60 });
  const maxHeight = 300;
  const parts = layoutCard(huge, WIDTH, { objectives: 'summary', maxHeight });
  const everyone = huge.roleGroups.flatMap((g) => g.members.map((m) => m.name));

  it('is split into parts that each fit the page', () => {
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.height).toBeLessThanOrEqual(maxHeight);
      expectInside(part);
    }
    expect(parts.map((p) => [p.part, p.parts])).toEqual(parts.map((_, i) => [i + 1, parts.length]));
  });

  it('draws every member exactly once across the parts (split between lines, never inside one)', () => {
    const drawn = parts.flatMap((p) => texts(p.items)).filter((t) => everyone.includes(t));
    expect(drawn.sort()).toEqual([...everyone].sort());
  });

  it('repeats the name on later parts, says "Continued, part n", outlines them dashed and repeats the role on their first line', () => {
    const second = parts[1]!;
    expect(texts(second.items).slice(0, 2)).toEqual(['Enterprise Platform', 'Continued, part 2 · 63 people · 62.5 FTE']);
    expect(second.items[0]).toMatchObject({ tone: 'card', dashed: true });
    expect(texts(second.items)).toContain('Developer');
    expect(parts[0]!.items[0]).not.toMatchObject({ dashed: true });
  });

  it('is never split when it fits', () => {
    expect(layoutCard(team('Fits'), WIDTH, { objectives: 'summary', maxHeight: 1_000 })).toHaveLength(1);
  });
});
