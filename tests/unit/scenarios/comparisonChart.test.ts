import { describe, expect, it } from 'vitest';
import { contentBox, pagePoints, type ChartCardContent } from '../../../shared/charts';
import { comparisonChartDrawing } from '../../../shared/scenarios';

describe('a plan’s chart in the comparison PDF', () => {
  it('draws the one-page overview of an empty plan within the landscape sheet’s content box', () => {
    const drawing = comparisonChartDrawing([] as ChartCardContent[]);
    expect(drawing.teams).toBe(0);
    expect(drawing.viewBox).toEqual(contentBox(pagePoints('A4', 'landscape')));
    expect(drawing.items.some((item) => item.kind === 'text' && item.text.startsWith('0 teams'))).toBe(true);
  });
});
