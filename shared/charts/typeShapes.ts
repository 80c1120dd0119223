import { TEAM_TYPE_INFO } from '../model/teamTypeInfo';
import type { TypeShapeItem } from './drawing';

/** How a type shape is painted: a rounded rectangle or an octagon, with the type's fill and outline. */
export type TypeShapeGeometry =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke: string; strokeWidth: number };

/**
 * The conventional Team Topologies shape of a type inside the item's box, in the proportions of
 * the board's badge (a 20 × 14 box): stream-aligned a wide rounded bar, platform a wide base,
 * enabling a tall rounded bar, complicated-subsystem an octagon.
 */
export function typeShapeGeometry(item: Pick<TypeShapeItem, 'x' | 'y' | 'width' | 'height' | 'teamType'>): TypeShapeGeometry {
  const info = TEAM_TYPE_INFO[item.teamType];
  const sx = item.width / 20;
  const sy = item.height / 14;
  const paint = { fill: info.fill, stroke: info.stroke, strokeWidth: Math.max(0.5, Math.min(sx, sy) * 1.2) };
  const rect = (x: number, y: number, width: number, height: number, radius: number) => ({
    kind: 'rect' as const,
    x: item.x + x * sx,
    y: item.y + y * sy,
    width: width * sx,
    height: height * sy,
    radius: radius * Math.min(sx, sy),
    ...paint,
  });
  switch (info.shape) {
    case 'wide-rounded':
      return rect(1, 3, 18, 8, 4);
    case 'wide-base':
      return rect(1, 2, 18, 10, 1);
    case 'tall-rounded':
      return rect(6, 1, 8, 12, 3);
    case 'octagon': {
      const corners: [number, number][] = [[7, 1], [13, 1], [17, 4], [17, 10], [13, 13], [7, 13], [3, 10], [3, 4]];
      return { kind: 'polygon', points: corners.map(([x, y]) => [item.x + x * sx, item.y + y * sy]), ...paint };
    }
  }
}
