import { TEAM_TYPE_INFO } from '../model/teamTypeInfo';
import { TEAM_TYPES } from '../model/design';
import { LINK_STYLES, NAME_FONT_SIZE, NO_TYPE_PAINT, SILO_STROKE, shapePath } from './mapGeometry';
import type { MapDrawing } from './mapDrawing';

/** A standalone SVG file of the map: a title line, the map and a legend. Every colour is an attribute, so it opens anywhere. */
const FONT = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif";
const TITLE_BAND = 52;
const LEGEND_BAND = 64;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function mapSvg(drawing: MapDrawing, heading: { title: string; meta: string }): string {
  const width = Math.max(drawing.width, 760);
  const height = drawing.height + TITLE_BAND + LEGEND_BAND;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`);
  out.push(`<title>${escapeXml(heading.title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="16" y="26" font-size="18" font-weight="700" fill="#1b2430">${escapeXml(heading.title)}</text>`);
  out.push(`<text x="16" y="44" font-size="11" fill="#4d5968">${escapeXml(heading.meta)}</text>`);
  out.push(`<g transform="translate(0 ${TITLE_BAND})">`);
  out.push(...mapBody(drawing));
  out.push('</g>');
  out.push(`<g transform="translate(16 ${TITLE_BAND + drawing.height + 18})" font-size="11" fill="#1b2430">`);
  out.push(...legend());
  out.push('</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** The map itself (groups, links, teams) as SVG elements, for the file and the print view alike. */
export function mapBody(drawing: MapDrawing): string[] {
  const out: string[] = [];
  for (const g of drawing.groups) {
    out.push(`<rect x="${g.x}" y="${g.y}" width="${g.width}" height="${g.height}" rx="10" fill="#eef2f7" stroke="#9aa6b5" stroke-width="1.5"/>`);
    out.push(`<text x="${g.x + 14}" y="${g.y + 22}" font-size="13" font-weight="700" fill="#1b2430">${escapeXml(g.name)} <tspan font-weight="400" fill="#4d5968">· ${escapeXml(g.caption)}</tspan></text>`);
  }
  for (const l of drawing.links) {
    if (l.count === 0) continue;
    const style = LINK_STYLES[l.kind];
    out.push(`<path d="${l.lines}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} stroke-linecap="round"/>`);
    if (l.heads) out.push(`<path d="${l.heads}" fill="${style.stroke}"/>`);
  }
  for (const t of drawing.teams) {
    out.push(`<g transform="translate(${t.x} ${t.y})">`);
    out.push(`<title>${escapeXml(`${t.name}: ${t.description}`)}</title>`);
    if (t.silo) out.push(`<rect x="-5" y="-5" width="${t.width + 10}" height="${t.height + 10}" rx="8" fill="none" stroke="${SILO_STROKE}" stroke-width="2" stroke-dasharray="5 3"/>`);
    out.push(`<path d="${t.shape}" fill="${t.fill}" stroke="${t.stroke}" stroke-width="1.5"/>`);
    for (const line of t.lines) out.push(`<text x="${line.x}" y="${line.y}" text-anchor="middle" font-size="${NAME_FONT_SIZE}" font-weight="600" fill="#1b2430">${escapeXml(line.text)}</text>`);
    if (t.silo) {
      out.push(`<rect x="${t.width - 34}" y="-11" width="38" height="16" rx="8" fill="${SILO_STROKE}"/>`);
      out.push(`<text x="${t.width - 15}" y="1" text-anchor="middle" font-size="10" font-weight="700" fill="#ffffff">SILO</text>`);
    }
    out.push('</g>');
  }
  return out;
}

function legend(): string[] {
  const out: string[] = [];
  let x = 0;
  for (const type of [...TEAM_TYPES, null] as const) {
    const info = type ? TEAM_TYPE_INFO[type] : { label: 'No type', ...NO_TYPE_PAINT };
    out.push(`<path transform="translate(${x} 0)" d="${shapePath(type, 26, type === 'enabling' ? 18 : 14)}" fill="${info.fill}" stroke="${info.stroke}" stroke-width="1.2"/>`);
    out.push(`<text x="${x + 32}" y="11">${escapeXml(info.label)}</text>`);
    x += 44 + info.label.length * 6.2;
  }
  out.push(`<rect x="${x}" y="-2" width="26" height="16" rx="5" fill="none" stroke="${SILO_STROKE}" stroke-width="2" stroke-dasharray="5 3"/><text x="${x + 32}" y="11">Silo: no interaction, no shared objective</text>`);
  x = 0;
  for (const style of Object.values(LINK_STYLES)) {
    out.push(`<line x1="${x}" y1="34" x2="${x + 30}" y2="34" stroke="${style.stroke}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
    if (style.heads !== 'none') out.push(`<path d="M${x + 34},34L${x + 25},29.5L${x + 25},38.5Z" fill="${style.stroke}"/>`);
    if (style.heads === 'both') out.push(`<path d="M${x - 4},34L${x + 5},29.5L${x + 5},38.5Z" fill="${style.stroke}"/>`);
    out.push(`<text x="${x + 40}" y="38">${escapeXml(style.label)}</text>`);
    x += 60 + style.label.length * 6.2;
  }
  return out;
}
