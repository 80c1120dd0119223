import type { InteractionMode, TeamType } from './design';

export interface TeamTypeInfo {
  label: string;
  /** One line, after Team Topologies (Skelton & Pais, 2019). */
  definition: string;
  /** The conventional shape: a wide rounded bar, a wide base, a tall bar, an octagon. */
  shape: 'wide-rounded' | 'wide-base' | 'tall-rounded' | 'octagon';
  /** Conventional colours: fill and outline (stream yellow, platform blue, enabling purple, subsystem orange). */
  fill: string;
  stroke: string;
  /** Short mark for dense places (cards, CSV-free tables). */
  abbreviation: string;
}

export const TEAM_TYPE_INFO: Readonly<Record<TeamType, TeamTypeInfo>> = {
  'stream-aligned': {
    label: 'Stream-aligned',
    definition: 'Delivers a flow of change for one part of the business, end to end.',
    shape: 'wide-rounded',
    fill: '#ffedb8',
    stroke: '#c99a06',
    abbreviation: 'SA',
  },
  platform: {
    label: 'Platform',
    definition: 'Provides internal services other teams consume as a service, so they can move faster.',
    shape: 'wide-base',
    fill: '#d6e6f7',
    stroke: '#3f79b8',
    abbreviation: 'PL',
  },
  enabling: {
    label: 'Enabling',
    definition: 'Specialists who help other teams learn a capability, then step away.',
    shape: 'tall-rounded',
    fill: '#e9dcf2',
    stroke: '#8a5aa8',
    abbreviation: 'EN',
  },
  'complicated-subsystem': {
    label: 'Complicated-subsystem',
    definition: 'Owns a part that needs deep specialist knowledge, so other teams need not.',
    shape: 'octagon',
    fill: '#fbdcc8',
    stroke: '#c0612b',
    abbreviation: 'CS',
  },
};

export const INTERACTION_MODE_INFO: Readonly<Record<InteractionMode, { label: string; definition: string }>> = {
  collaboration: { label: 'Collaboration', definition: 'Two teams work closely together for a limited time to discover something new.' },
  'x-as-a-service': { label: 'X-as-a-service', definition: 'One team consumes what another provides, with little collaboration.' },
  facilitating: { label: 'Facilitating', definition: 'One team helps another learn or remove an obstacle.' },
};

/** "Platform", or "No type" for a team without one. */
export function teamTypeLabel(type: TeamType | null | undefined): string {
  return type ? TEAM_TYPE_INFO[type].label : 'No type';
}
