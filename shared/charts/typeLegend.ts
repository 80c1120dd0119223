import { TEAM_TYPES, type TeamType } from '../model/design';
import { TEAM_TYPE_INFO } from '../model/teamTypeInfo';
import type { ChartCardContent } from './chartCard';
import { text, typeShape, type DrawItem } from './drawing';

/** The team types on a chart, in the conventional order (stream-aligned, platform, enabling, complicated-subsystem). */
export function chartTeamTypes(cards: readonly Pick<ChartCardContent, 'teamType'>[]): TeamType[] {
  const present = new Set(cards.map((c) => c.teamType));
  return TEAM_TYPES.filter((type) => present.has(type));
}

/** A legend row's glyph for a type: its shape and its name. */
export function typeGlyph(type: TeamType, x: number, y: number): DrawItem[] {
  return [typeShape(x, y - 1, 20, 14, type), text(x + 24, y + 9, TEAM_TYPE_INFO[type].label, 8, 600, 'text')];
}

/** The legend's words for a type: its one-line definition. */
export function typeDefinition(type: TeamType): string {
  return `${TEAM_TYPE_INFO[type].label} team: ${TEAM_TYPE_INFO[type].definition}`;
}
