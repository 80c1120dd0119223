import { memo } from 'react';
import { typeShapeGeometry, type DrawItem } from '../../../shared/charts';
import { BOX_COLOURS, LINE_COLOURS, TEXT_COLOURS } from './chartPalette';

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A drawing's items as SVG elements, styled with presentation attributes only (no classes, no
 * inline styles), so a serialised chart is a complete SVG file and the strict CSP is satisfied.
 */
export const DrawingItems = memo(function DrawingItems({ items, minTextSize = 0 }: { items: readonly DrawItem[]; minTextSize?: number }) {
  return (
    <>
      {items.map((item, index) => {
        if (item.kind === 'text') {
          // On screen, text that would be smaller than readable is left out (the chart switches level instead).
          if (item.size < minTextSize) return null;
          return (
            <text
              key={index}
              x={round(item.x)}
              y={round(item.y)}
              fontSize={item.size}
              fontWeight={item.weight}
              fill={TEXT_COLOURS[item.tone]}
              textAnchor={item.anchor === 'end' ? 'end' : item.anchor === 'middle' ? 'middle' : undefined}
            >
              {item.text}
            </text>
          );
        }
        if (item.kind === 'line') {
          const colour = LINE_COLOURS[item.tone];
          return (
            <line
              key={index}
              x1={round(item.x1)}
              y1={round(item.y1)}
              x2={round(item.x2)}
              y2={round(item.y2)}
              stroke={colour.stroke}
              strokeWidth={colour.width}
              strokeDasharray={item.dashed ? '4 3' : undefined}
            />
          );
        }
        if (item.kind === 'typeShape') {
          const shape = typeShapeGeometry(item);
          const paint = { fill: shape.fill, stroke: shape.stroke, strokeWidth: round(shape.strokeWidth) };
          return shape.kind === 'rect' ? (
            <rect key={index} x={round(shape.x)} y={round(shape.y)} width={round(shape.width)} height={round(shape.height)} rx={round(shape.radius)} {...paint} />
          ) : (
            <polygon key={index} points={shape.points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ')} {...paint} />
          );
        }
        const colour = BOX_COLOURS[item.tone];
        return (
          <rect
            key={index}
            x={round(item.x)}
            y={round(item.y)}
            width={round(Math.max(0, item.width))}
            height={round(Math.max(0, item.height))}
            rx={item.radius}
            fill={colour.fill}
            stroke={colour.stroke ?? undefined}
            strokeWidth={colour.stroke ? colour.strokeWidth : undefined}
            strokeDasharray={item.dashed ? '2.5 1.5' : undefined}
          />
        );
      })}
    </>
  );
});
