import { describe, expect, it } from 'vitest';
import { ChartPrintOptions, parsePrintViewQuery, printViewQuery } from '../../../shared/charts';

const params = (query: string) => {
  const search = new URLSearchParams(query);
  return (name: string) => search.get(name);
};

describe('chart print options', () => {
  it('fills defaults: A4 landscape overview titled "Product teams", every team, today', () => {
    const options = ChartPrintOptions.parse({ planId: 'plan:live' });
    expect(options).toEqual({
      planId: 'plan:live', preset: 'deck', paper: 'A4', orientation: 'landscape', overview: true, teamPages: false, title: 'Product teams',
      groupBy: 'none', teamIds: null, periodId: null, date: null,
    });
  });

  it('refuses a PDF with neither the overview nor team pages', () => {
    const result = ChartPrintOptions.safeParse({ planId: 'plan:live', overview: false, teamPages: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('choose the organisation chart, one page per team, or both');
  });

  it.each([
    [{ paper: 'A5' }, 'paper must be A4, Letter or A3'],
    [{ orientation: 'sideways' }, 'orientation must be portrait or landscape'],
    [{ title: '' }, 'a title is required'],
    [{ title: 'x'.repeat(121) }, 'a title is at most 120 characters'],
    [{ groupBy: 'colour' }, 'group by must be none, champion, department or group'],
  ])('refuses %o: %s', (change, message) => {
    const result = ChartPrintOptions.safeParse({ planId: 'plan:live', ...change });
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('refuses unknown fields (the desktop bridge passes these options to main)', () => {
    expect(ChartPrintOptions.safeParse({ planId: 'plan:live', url: 'https://example.com' }).success).toBe(false);
  });

  it('round-trips through the print view URL, title and team ids included', () => {
    const options = ChartPrintOptions.parse({
      planId: 'plan:draft 2', paper: 'Letter', orientation: 'portrait', overview: false, teamPages: true,
      title: 'Board pack: Q4 & beyond?', groupBy: 'department', teamIds: ['team:a', 'team:b'], periodId: 'period:2026-Q4', date: '2026-11-16',
    });
    const query = printViewQuery(options);
    expect(query).not.toMatch(/[ &?]Q4/);
    const parsed = parsePrintViewQuery(params(query));
    expect(parsed.success && parsed.data).toEqual(options);
  });

  it('takes the one-page overview preset (which needs neither the overview nor team pages) through the URL', () => {
    const options = ChartPrintOptions.parse({ planId: 'plan:live', preset: 'onePage', paper: 'A3', overview: false, teamPages: false });
    expect(parsePrintViewQuery(params(printViewQuery(options))).data).toEqual(options);
    expect(ChartPrintOptions.safeParse({ planId: 'plan:live', preset: 'poster' }).error?.issues[0]?.message).toBe('the PDF must be a full deck or a one-page overview');
  });

  it('reads a URL without parameters as the live plan with the defaults', () => {
    const parsed = parsePrintViewQuery(params(''));
    expect(parsed.success && parsed.data).toEqual(ChartPrintOptions.parse({ planId: 'plan:live' }));
  });

  it('reads "0" and "1" flags and ignores parameters it does not know (autoprint)', () => {
    const parsed = parsePrintViewQuery(params('overview=0&teams=1&autoprint=1'));
    expect(parsed.success && [parsed.data.overview, parsed.data.teamPages]).toEqual([false, true]);
  });

  it('reports a malformed URL instead of guessing', () => {
    expect(parsePrintViewQuery(params('paper=B5')).success).toBe(false);
    expect(parsePrintViewQuery(params('date=16-11-2026')).success).toBe(false);
  });
});
