import { describe, expect, it } from 'vitest';
import { contentBox, layoutTeamPages, pagePoints } from '../../../shared/charts';
import { member, objective, roleGroup, team, textOverlaps, texts, verticalExtent } from './chartFixtures';

const area = contentBox(pagePoints('A4', 'portrait'));

describe('one page per team', () => {
  const content = team('Payments Platform', {
    championName: 'Carla Finch',
    departmentName: 'Finance',
    objectives: [
      objective('Get paid faster', { sharedWith: ['Billing & Invoicing'], progress: 0.31, label: 'offTrack', statusText: 'Off track' }),
      objective('Fewer failed payments', { kind: 'aspirational', staleCount: 1, staleSummary: '1 of 1 key result stale' }),
    ],
  });
  const pages = layoutTeamPages(content, area, { periodName: 'Q4 2026' });
  const shown = texts(pages.flat());

  it('fits a typical team on one page, inside the page’s content area', () => {
    expect(pages).toHaveLength(1);
    const { top, bottom } = verticalExtent(pages[0]!);
    expect(top).toBeGreaterThanOrEqual(area.y);
    expect(bottom).toBeLessThanOrEqual(area.y + area.height);
  });

  it('shows the head: name, badges in words, size, service, champion, department and mission', () => {
    expect(shown[0]).toBe('Payments Platform');
    expect(shown).toEqual(expect.arrayContaining(['Needs attention', 'Two-pizza: fits']));
    expect(shown.join(' ')).toContain('7 people · 6.5 FTE · Owns: Card and bank payments · Executive champion: Carla Finch · Department: Finance');
    expect(shown.join(' ')).toContain('Let customers pay us any way they like');
  });

  it('lists every member by role with title, allocation and whom they are shared with', () => {
    for (const m of content.roleGroups.flatMap((g) => g.members)) expect(shown).toContain(m.name);
    expect(shown).toEqual(expect.arrayContaining(['Members by role', 'ROLE', 'NAME', 'TITLE', 'ALLOCATION', 'SHARED WITH', 'Product owner', 'Developer', '50%', 'Shared: Other Team']));
  });

  it('states each finding in full: severity, title, explanation and fix', () => {
    expect(shown).toEqual(expect.arrayContaining(['Health findings', 'Warning: ', 'Only security analyst on 2 teams', 'They are the only one.', 'Suggested fix: Add another.']));
  });

  it('shows the period’s objectives with progress, status, sharing and key results', () => {
    expect(shown).toEqual(
      expect.arrayContaining(['Objectives · Q4 2026', 'Get paid faster', '31% · Off track', 'Fewer failed payments', '• A key result', '50% · On track']),
    );
    expect(shown.join(' ')).toContain('Shared with Billing & Invoicing · Committed');
    expect(shown.join(' ')).toContain('Owned by this team alone · Aspirational · 1 of 1 key result stale');
    expect(shown.join(' ')).toContain('mark shows the progress expected by now (50% of the period)');
  });

  it('says when a team has no findings, no members or no objectives', () => {
    const empty = team('Empty', { roleGroups: [], findings: [], objectives: [] });
    const lines = texts(layoutTeamPages(empty, area, { periodName: 'Q4 2026' }).flat());
    expect(lines).toEqual(expect.arrayContaining(['No members yet.', 'No findings: this team passes every check.', 'No objectives for Q4 2026.']));
  });

  it('leaves the objectives out when there is no period', () => {
    expect(texts(layoutTeamPages(content, area, { periodName: null }).flat()).join(' ')).not.toContain('Objectives');
  });

  it('continues a very large team on further pages, titled "(continued)", every member drawn once', () => {
    const people = Array.from({ length: 80 }, (_, i) => member(`Person ${i + 1}`));
    const big = team('Enterprise Platform', { roleGroups: [roleGroup('Developer', people)] });
    const bigPages = layoutTeamPages(big, area, { periodName: 'Q4 2026' });
    expect(bigPages.length).toBeGreaterThan(1);
    for (const p of bigPages.slice(1)) expect(texts(p)[0]).toBe('Enterprise Platform (continued)');
    const drawn = texts(bigPages.flat()).filter((t) => /^Person \d+$/.test(t));
    expect(drawn).toHaveLength(80);
    for (const p of bigPages) expect(verticalExtent(p).bottom).toBeLessThanOrEqual(area.y + area.height);
  });

  it('sets a landscape page in two columns under a full-width head, leaving out the title column', () => {
    const wide = contentBox(pagePoints('A4', 'landscape'));
    const [only, ...rest] = layoutTeamPages(content, wide, { periodName: 'Q4 2026' });
    expect(rest).toHaveLength(0);
    const middle = wide.x + wide.width / 2;
    const objectives = only!.find((i) => i.kind === 'text' && i.text === 'Objectives · Q4 2026') as { x: number };
    const members = only!.find((i) => i.kind === 'text' && i.text === 'Members by role') as { x: number };
    expect(members.x).toBe(wide.x);
    expect(objectives.x).toBeGreaterThan(middle);
    expect(texts(only!)).not.toContain('TITLE');
    expect(verticalExtent(only!).bottom).toBeLessThanOrEqual(wide.y + wide.height);
  });

  it.each([
    ['A4 portrait', contentBox(pagePoints('A4', 'portrait'))],
    ['A4 landscape', contentBox(pagePoints('A4', 'landscape'))],
    ['Letter portrait', contentBox(pagePoints('Letter', 'portrait'))],
  ])('never draws one text over another on %s, even with long names', (_paper, box) => {
    const long = team('Supply Chain Visibility and Customer Notifications', {
      roleGroups: [
        roleGroup('Business stakeholder', [member('Maximiliana Wolfeschlegelsteinhausenberger', { title: 'Chief Customer Experience Officer', alsoOn: ['A', 'B'] })]),
        roleGroup('System administrator', [member('Bo Li', { allocation: 100 })]),
      ],
      objectives: [objective('A very long objective title that goes on and on about what the team will achieve this quarter and why')],
    });
    for (const page of layoutTeamPages(long, box, { periodName: 'Q4 2026' })) expect(textOverlaps(page)).toEqual([]);
  });
});
