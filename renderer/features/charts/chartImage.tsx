import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { frameItems, groupNodeItems, rootNodeItems, teamNodeItems, text, translate, truncateText, type DrawItem, type OrgChart } from '../../../shared/charts';
import { DrawingItems } from './DrawingItems';
import { FONT_FAMILY } from './chartPalette';

/** Room above the chart for its title line in an exported image. */
const TITLE_BAND = 40;
const WEIGHTS = new Set(['400', '500', '600', '700']);

export interface ChartImageTitle {
  title: string;
  /** "Live organisation · 16 November 2026" */
  meta: string;
}

/** The whole org chart with every card in full detail, shared people's dotted lines and a title line: what an exported image shows. */
export function chartImageItems(chart: OrgChart, heading: ChartImageTitle): { width: number; height: number; items: DrawItem[] } {
  const width = Math.max(chart.width, 420);
  const links: DrawItem[] = chart.sharedLinks.flatMap((link) =>
    link.points.slice(1).map((b, i) => ({ kind: 'line' as const, x1: link.points[i]!.x, y1: link.points[i]!.y, x2: b.x, y2: b.y, tone: 'shared' as const, dashed: true })),
  );
  const items: DrawItem[] = [
    text(16, 24, truncateText(heading.title, width - 32, { size: 14, weight: 700 }), 14, 700, 'text'),
    text(16, 36, truncateText(heading.meta, width - 32, { size: 8.5, weight: 400 }), 8.5, 400, 'muted'),
    ...translate(
      [
        ...chart.frames.flatMap(frameItems),
        ...chart.connectors,
        ...translate(rootNodeItems(chart.root, 'members'), chart.root.x, chart.root.y),
        ...chart.groups.flatMap((g) => translate(groupNodeItems(g, 'members'), g.x, g.y)),
        ...chart.teams.flatMap((t) => translate(teamNodeItems(t, 'members'), t.x, t.y)),
        ...links,
      ],
      0,
      TITLE_BAND,
    ),
  ];
  return { width, height: chart.height + TITLE_BAND, items };
}

/** The bundled Inter faces (Latin and Latin Extended) as @font-face rules with data: URLs. */
async function embeddedFontCss(): Promise<string> {
  const faces: { weight: string; range: string; url: string }[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family');
      const weight = rule.style.getPropertyValue('font-weight');
      const src = rule.style.getPropertyValue('src');
      const url = /url\("?([^")]+\.woff2)"?\)/.exec(src)?.[1];
      if (!family.includes('Inter') || !WEIGHTS.has(weight) || !url || !/latin/.test(url)) continue;
      faces.push({ weight, range: rule.style.getPropertyValue('unicode-range'), url: new URL(url, sheet.href ?? document.baseURI).href });
    }
  }
  const css = await Promise.all(
    faces.map(async (face) => {
      const bytes = new Uint8Array(await (await fetch(face.url)).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const range = face.range ? `unicode-range:${face.range};` : '';
      return `@font-face{font-family:'Inter';font-weight:${face.weight};font-style:normal;${range}src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');}`;
    }),
  );
  return css.join('');
}

/**
 * The chart as a standalone SVG file: drawn by the same component as the screen, serialised, with
 * the bundled font embedded so it looks the same in any viewer, slide tool or browser.
 */
export async function chartSvgMarkup(chart: OrgChart, heading: ChartImageTitle): Promise<{ markup: string; width: number; height: number }> {
  const { width, height, items } = chartImageItems(chart, heading);
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} fontFamily={FONT_FAMILY} textRendering="geometricPrecision">
        <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
        <DrawingItems items={items} />
      </svg>,
    ),
  );
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('The chart could not be drawn.');
  const serialised = new XMLSerializer().serializeToString(svg);
  root.unmount();
  const fonts = await embeddedFontCss();
  const markup = serialised.replace(/^<svg([^>]*)>/, `<svg$1><title>${escapeXml(heading.title)}</title><style>${fonts}</style>`);
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Canvas limits that every Chromium accepts and a slide tool can open. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 60_000_000;

/** The pixels per point of a PNG: twice the printed size for sharp slides, less when that would be too large. */
export function pngScale(width: number, height: number, wanted = 2 * (96 / 72)): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

/** A PNG of the SVG markup, drawn through an image (fonts embedded, so text looks as on screen). */
export async function svgToPng(markup: string, width: number, height: number): Promise<Blob> {
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded as PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
