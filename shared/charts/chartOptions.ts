import { z } from 'zod';
import { DateOnly, Id } from '../model/common';
import { LIVE_PLAN_ID } from '../model/defaults';

export const PaperSize = z.enum(['A4', 'Letter', 'A3'], { message: 'paper must be A4, Letter or A3' });
export type PaperSize = z.infer<typeof PaperSize>;

export const Orientation = z.enum(['portrait', 'landscape'], { message: 'orientation must be portrait or landscape' });
export type Orientation = z.infer<typeof Orientation>;

/** "group": the plan's teams of teams (tribe, value stream, domain — named by the user). */
export const ChartGrouping = z.enum(['none', 'champion', 'department', 'group'], { message: 'group by must be none, champion, department or group' });
export type ChartGrouping = z.infer<typeof ChartGrouping>;

/**
 * What kind of PDF: a full deck (cover with the organisation's figures and a legend, contents for
 * a large organisation, the chart pages and/or one page per team), or the one-page overview (the
 * whole org chart scaled onto one sheet, teams by name only).
 */
export const ChartPreset = z.enum(['deck', 'onePage'], { message: 'the PDF must be a full deck or a one-page overview' });
export type ChartPreset = z.infer<typeof ChartPreset>;

/** The most teams one export may name (an organisation at benchmark size L has 500). */
export const MAX_CHART_TEAMS = 2000;

/**
 * What a printed chart contains: the print view reads these from its URL, and the desktop app's
 * `chart:exportPdf` channel receives them (validated in main with this same schema).
 */
export const ChartPrintOptions = z
  .strictObject({
    planId: Id,
    preset: ChartPreset.default('deck'),
    paper: PaperSize.default('A4'),
    orientation: Orientation.default('landscape'),
    /** Every chosen team on overview pages, packed so no card is cut across pages. */
    overview: z.boolean().default(true),
    /** One page per team with full detail (continued on the next page only when it must). */
    teamPages: z.boolean().default(false),
    title: z.string().trim().min(1, 'a title is required').max(120, 'a title is at most 120 characters').default('Product teams'),
    groupBy: ChartGrouping.default('none'),
    /** The teams to include, or null for every team of the plan. */
    teamIds: z.array(Id).max(MAX_CHART_TEAMS).nullable().default(null),
    /** The OKR period whose objectives team pages show; null for the quarter of `date`. */
    periodId: Id.nullable().default(null),
    /** The date printed in the header (and the "today" of OKR status); null for today. */
    date: DateOnly.nullable().default(null),
  })
  .refine((o) => o.preset === 'onePage' || o.overview || o.teamPages, { message: 'choose the organisation chart, one page per team, or both', path: ['overview'] });
export type ChartPrintOptions = z.output<typeof ChartPrintOptions>;
export type ChartPrintRequest = z.input<typeof ChartPrintOptions>;

const flag = (value: boolean) => (value ? '1' : '0');

/** The print view's query string (without "?") for `options`; defaults are written out too. */
export function printViewQuery(options: ChartPrintOptions): string {
  const entries: [string, string][] = [
    ['plan', options.planId],
    ['preset', options.preset],
    ['paper', options.paper],
    ['orientation', options.orientation],
    ['overview', flag(options.overview)],
    ['teams', flag(options.teamPages)],
    ['title', options.title],
    ['group', options.groupBy],
  ];
  if (options.teamIds) entries.push(['include', options.teamIds.join(',')]);
  if (options.periodId) entries.push(['period', options.periodId]);
  if (options.date) entries.push(['date', options.date]);
  return entries.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

/** The print view's options from its URL; absent parameters take their defaults. */
export function parsePrintViewQuery(get: (name: string) => string | null): ReturnType<typeof ChartPrintOptions.safeParse> {
  const present = <T>(name: string, map: (value: string) => T): T | undefined => {
    const value = get(name);
    return value === null ? undefined : map(value);
  };
  return ChartPrintOptions.safeParse({
    planId: get('plan') ?? LIVE_PLAN_ID,
    preset: present('preset', (v) => v),
    paper: present('paper', (v) => v),
    orientation: present('orientation', (v) => v),
    overview: present('overview', (v) => v === '1'),
    teamPages: present('teams', (v) => v === '1'),
    title: present('title', (v) => v),
    groupBy: present('group', (v) => v),
    teamIds: present('include', (v) => v.split(',').filter(Boolean)),
    periodId: present('period', (v) => v),
    date: present('date', (v) => v),
  });
}
