/** What a card's clipped member area hides: members (chips) and required roles nobody holds ("+ Add"). */
export interface HiddenCardItems {
  members: number;
  gaps: number;
}

export const NOTHING_HIDDEN: HiddenCardItems = { members: 0, gaps: 0 };

export interface CardItemBox {
  kind: 'member' | 'gap';
  bottom: number;
}

/**
 * The items of a card that do not fit above `visibleBottom` (the bottom edge of its member area):
 * an item cut off half-way counts as hidden, since its name cannot be read.
 */
export function hiddenCardItems(visibleBottom: number, items: Iterable<CardItemBox>): HiddenCardItems {
  let members = 0;
  let gaps = 0;
  for (const item of items) {
    if (item.bottom <= visibleBottom + 0.5) continue;
    if (item.kind === 'member') members++;
    else gaps++;
  }
  return members === 0 && gaps === 0 ? NOTHING_HIDDEN : { members, gaps };
}

export function sameHidden(a: HiddenCardItems, b: HiddenCardItems): boolean {
  return a.members === b.members && a.gaps === b.gaps;
}

/** "+3 more", "1 missing", "+3, 1 missing": what the card's footer says (the link's label says it in full). */
export function hiddenSummary(hidden: HiddenCardItems): string {
  if (hidden.gaps === 0) return `+${hidden.members} more`;
  if (hidden.members === 0) return `${hidden.gaps} missing`;
  return `+${hidden.members}, ${hidden.gaps} missing`;
}

/** The footer link's accessible name: what is not shown and where to see it (the card names the team). */
export function hiddenLabel(hidden: HiddenCardItems): string {
  const parts: string[] = [];
  if (hidden.members > 0) parts.push(`${hidden.members} more member${hidden.members === 1 ? '' : 's'}`);
  if (hidden.gaps > 0) parts.push(`${hidden.gaps} missing role${hidden.gaps === 1 ? '' : 's'}`);
  return `${parts.join(' and ')} not shown on the card: open the team`;
}
