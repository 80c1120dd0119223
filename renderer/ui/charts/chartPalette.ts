import type { BoxTone, LineTone, TextTone } from '../../../shared/charts';

/**
 * Colours of the chart, as literal values rather than CSS variables: drawings are exported as
 * standalone SVG and PNG files, where the app's stylesheet does not exist. They match
 * renderer/styles/tokens.css, and each has at least 4.5:1 contrast on its background so the
 * chart stays readable on paper, on a projector and in greyscale (meaning is always also in words).
 */
export const FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, sans-serif";

export const TEXT_COLOURS: Record<TextTone, string> = {
  text: '#1b2430',
  muted: '#4d5968',
  pass: '#1b6e3a',
  warn: '#7a4f00',
  fail: '#b3261e',
  accent: '#1a56ad',
  inverse: '#ffffff',
};

export const BOX_COLOURS: Record<BoxTone, { fill: string; stroke: string | null; strokeWidth?: number }> = {
  card: { fill: '#ffffff', stroke: '#b8c1cc', strokeWidth: 0.75 },
  group: { fill: '#f6f7f9', stroke: null },
  pass: { fill: '#e3f4e8', stroke: '#1b6e3a', strokeWidth: 0.5 },
  warn: { fill: '#fff4d6', stroke: '#8a5a00', strokeWidth: 0.5 },
  fail: { fill: '#fde7e5', stroke: '#b3261e', strokeWidth: 0.5 },
  passStrong: { fill: '#2e8b57', stroke: null },
  warnStrong: { fill: '#d49a1f', stroke: null },
  failStrong: { fill: '#c0392b', stroke: null },
  shared: { fill: '#eef4fc', stroke: '#1a56ad', strokeWidth: 0.5 },
  track: { fill: '#e3e7ec', stroke: null },
  progress: { fill: '#1f5fbf', stroke: null },
  expected: { fill: '#1b2430', stroke: null },
  rule: { fill: '#d5dae1', stroke: null },
  neutral: { fill: '#eef1f5', stroke: null },
  highlight: { fill: 'none', stroke: '#d92d20', strokeWidth: 3 },
  frame: { fill: '#f7f8fa', stroke: '#c5ccd5', strokeWidth: 0.75 },
};

export const LINE_COLOURS: Record<LineTone, { stroke: string; width: number }> = {
  rule: { stroke: '#d5dae1', width: 0.5 },
  strong: { stroke: '#1b2430', width: 0.75 },
  pass: { stroke: '#1b6e3a', width: 0.75 },
  warn: { stroke: '#8a5a00', width: 0.75 },
  fail: { stroke: '#b3261e', width: 0.75 },
  connector: { stroke: '#7b8794', width: 1 },
  shared: { stroke: '#1a56ad', width: 1 },
};
