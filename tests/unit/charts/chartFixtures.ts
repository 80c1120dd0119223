import type { ChartCardContent, ChartMember, ChartRoleGroup, ChartTeamObjective } from '../../../shared/charts';
import { textWidth, type DrawItem } from '../../../shared/charts';

let next = 0;

export function member(name: string, overrides: Partial<ChartMember> = {}): ChartMember {
  next += 1;
  return { personId: `person:${next}`, name, title: 'Software Engineer', allocation: 100, alsoOn: [], business: false, ...overrides };
}

export function roleGroup(roleName: string, members: ChartMember[], overrides: Partial<ChartRoleGroup> = {}): ChartRoleGroup {
  return { roleId: `role:${roleName.toLowerCase().replace(/\s+/g, '-')}`, roleName, members, missing: false, ...overrides };
}

export function objective(title: string, overrides: Partial<ChartTeamObjective> = {}): ChartTeamObjective {
  return {
    id: `objective:${title}`,
    title,
    kind: 'committed',
    ownerTeamIds: ['team:a'],
    progress: 0.5,
    expected: 0.5,
    label: 'onTrack',
    statusText: 'On track',
    staleCount: 0,
    staleSummary: '',
    keyResults: [{ id: 'kr:1', title: 'A key result', progress: 0.5, label: 'onTrack', statusText: 'On track' }],
    sharedWith: [],
    ...overrides,
  };
}

/** A typical team: product owner, `developers` developers, a business analyst and a shared security analyst. */
export function team(name: string, overrides: Partial<ChartCardContent> & { developers?: number } = {}): ChartCardContent {
  const { developers = 4, ...rest } = overrides;
  const short = name.slice(0, 4);
  const devs = Array.from({ length: developers }, (_, i) => member(`${short} Dev ${i + 1}`));
  return {
    teamId: `team:${name}`,
    name,
    mission: 'Let customers pay us any way they like, safely and in seconds.',
    service: 'Card and bank payments',
    championId: null,
    championName: null,
    departmentId: null,
    departmentName: null,
    teamType: null,
    groupId: null,
    groupName: null,
    groupLevel: null,
    headcount: developers + 3,
    fte: developers + 2.5,
    twoPizza: { verdict: 'pass', label: 'Two-pizza: fits' },
    verdict: 'warn',
    roleGroups: [
      roleGroup('Product owner', [member(`${short} Owner`)]),
      roleGroup('Developer', devs),
      roleGroup('Business analyst', [member(`${short} Analyst`)]),
      roleGroup('Security analyst', [member(`${short} Security`, { allocation: 50, alsoOn: ['Other Team'] })]),
    ],
    findings: [{ severity: 'warn', title: 'Only security analyst on 2 teams', explanation: 'They are the only one.', fix: 'Add another.' }],
    objectives: [],
    sizeFindings: [],
    ...rest,
  };
}

/** Every text drawn, in order. */
export function texts(items: readonly DrawItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
}

/** The vertical extent of the items (text from its baseline up by Inter's ascent, 0.95 em, and down by its descent). */
export function verticalExtent(items: readonly DrawItem[]): { top: number; bottom: number } {
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const [a, b] = item.kind === 'text' ? [item.y - item.size * 0.95, item.y + item.size * 0.25] : item.kind === 'box' || item.kind === 'typeShape' ? [item.y, item.y + item.height] : [Math.min(item.y1, item.y2), Math.max(item.y1, item.y2)];
    top = Math.min(top, a);
    bottom = Math.max(bottom, b);
  }
  return { top, bottom };
}

/** No two texts on the same baseline overlap, measured with the layout's own metrics. */
export function textOverlaps(items: readonly DrawItem[]): string[] {
  const spans = items.flatMap((item) => {
    if (item.kind !== 'text' || item.text === '') return [];
    const width = textWidth(item.text, { size: item.size, weight: item.weight });
    const left = item.anchor === 'end' ? item.x - width : item.anchor === 'middle' ? item.x - width / 2 : item.x;
    return [{ y: Math.round(item.y * 10), left, right: left + width, text: item.text }];
  });
  const problems: string[] = [];
  spans.forEach((a, i) => {
    for (const b of spans.slice(i + 1)) {
      if (a.y === b.y && a.left < b.right - 0.01 && b.left < a.right - 0.01) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  });
  return problems;
}
