import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FSI, PDI } from '../../shared/bidi';
import { chartCards, layoutCard } from '../../shared/charts';
import { DEFAULT_SETTINGS, LIVE_PLAN_ID, ROLE_IDS, type Team } from '../../shared/model';
import { organisationHealth, teamSize } from '../../shared/rules';
import { DrawingItems } from '../../renderer/features/charts/DrawingItems';
import { TeamCard } from '../../renderer/features/teams/TeamCard';
import { UserText } from '../../renderer/ui/UserText';
import { membership } from '../unit/rules/factories';
import { defaultDepartments, emptyPlan, person, team } from '../unit/rules/orgFactories';

const RLO = '\u202e';
const HOSTILE = `Payments${RLO} Platform`;

describe('UserText', () => {
  it('puts user text in a <bdi>, so an override inside it cannot reach the text after it', () => {
    const { container } = render(
      <p>
        <UserText>{HOSTILE}</UserText> · 5 people
      </p>,
    );
    const bdi = container.querySelector('p > bdi');
    expect(bdi?.textContent).toBe(HOSTILE);
    // The text after the name is a sibling of the isolate, not inside it.
    expect(bdi?.nextSibling?.textContent).toBe(' · 5 people');
  });
});

describe('a team card with a right-to-left override in the team’s name', () => {
  it('shows the name, service and mission isolated, and the size line after them unaffected', () => {
    const hostile: Team = { ...team('evil', HOSTILE, { services: [`Cards${RLO} and banks`], mission: `Pay${RLO} fast` }), planId: LIVE_PLAN_ID };
    render(
      <MemoryRouter>
        <TeamCard team={hostile} groups={[]} size={teamSize([])} limits={DEFAULT_SETTINGS.sizeLimits} health={undefined} search="" density="comfortable" />
      </MemoryRouter>,
    );
    const card = screen.getByRole('article');
    const isolated = [...card.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual([HOSTILE, `Cards${RLO} and banks`, `Pay${RLO} fast`]);
    expect(within(card).getByRole('link').querySelector('bdi')?.textContent).toBe(HOSTILE);
    expect(card.querySelector('p bdi')?.parentElement?.textContent).toBe(`Owns: Cards${RLO} and banks`);
    // No override outside an isolate: the size line and the button labels keep their order.
    expect(within(card).getByText('0/10 · 0 FTE').querySelector('bdi')).toBeNull();
    expect(within(card).getByRole('button', { name: `Rename ${FSI}${HOSTILE}${PDI}` })).toBeInTheDocument();
  });
});

describe('chart SVG with a right-to-left override in names', () => {
  it('wraps every user text in FSI … PDI inside its <text> element', () => {
    const hostileTeam = team('evil', HOSTILE, { services: [`Cards${RLO} and banks`] });
    const ana = person('ana', `Ana${RLO} Lima`);
    const memberships = [membership({ teamId: 'team:evil', personId: 'person:ana', roleId: ROLE_IDS.productOwner })];
    const plan = emptyPlan({ teams: [hostileTeam], memberships, people: [ana] });
    const [content] = chartCards({
      teams: [hostileTeam],
      memberships,
      people: [ana],
      roles: plan.roles,
      departments: defaultDepartments(),
      teamNames: new Map([[hostileTeam.id, hostileTeam.name]]),
      health: organisationHealth(plan).byTeam,
      sizeLimits: DEFAULT_SETTINGS.sizeLimits,
    });
    const [card] = layoutCard(content!, 186, { objectives: 'list', maxHeight: Number.POSITIVE_INFINITY });
    const svg = renderToStaticMarkup(
      <svg xmlns="http://www.w3.org/2000/svg">
        <DrawingItems items={card!.items} />
      </svg>,
    );
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(texts).toContain(`${FSI}${HOSTILE}${PDI}`);
    expect(texts).toContain(`${FSI}Ana${RLO} Lima${PDI}`);
    expect(texts).toContain(`Owns: ${FSI}Cards${RLO} and banks${PDI}`);
    // Every override in the drawing is closed by a PDI before its <text> ends.
    for (const text of texts.filter((t) => t.includes(RLO))) expect(text.lastIndexOf(PDI)).toBeGreaterThan(text.lastIndexOf(RLO));
  });
});
