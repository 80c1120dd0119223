import { useEffect, useMemo } from 'react';
import { chartCards } from '../../../shared/charts';
import { quarterOf } from '../../../shared/model';
import { comparisonChartDrawing } from '../../../shared/scenarios';
import { useChartData } from '../../db';
import { DrawingItems } from '../../ui/charts/DrawingItems';
import { FONT_FAMILY } from '../../ui/charts/chartPalette';
import styles from './ComparisonPrint.module.css';

/**
 * One plan's organisation chart on its own A4 landscape sheet of the comparison's PDF: the chart's
 * one-page overview drawing (vector, text stays text). Says when it is drawn, so the print view
 * is ready only once every plan's chart is.
 */
export function PlanChartSheet({ planId, name, today, onDrawn }: { planId: string; name: string; today: string; onDrawn: (planId: string) => void }) {
  const data = useChartData(planId, quarterOf(today).id, today, { withOkrs: false, completeHealth: true });
  const drawing = useMemo(() => {
    if (!data) return undefined;
    const cards = chartCards({
      teams: data.teams, memberships: data.memberships, people: data.people, roles: data.roles, departments: data.departments,
      teamNames: new Map(data.teams.map((t) => [t.id, t.name])), health: data.health.byTeam, sizeLimits: data.settings.sizeLimits, objectives: [],
    });
    return comparisonChartDrawing(cards);
  }, [data]);
  useEffect(() => {
    if (drawing) onDrawn(planId);
  }, [drawing, planId, onDrawn]);
  const { x, y, width, height } = drawing?.viewBox ?? { x: 0, y: 0, width: 1, height: 1 };
  return (
    <section className={styles.chartSheet} aria-label={`Organisation chart of ${name}`}>
      <h2 className={styles.chartTitle}>Organisation chart — {name}</h2>
      {drawing ? (
        drawing.teams === 0 ? <p>This plan has no teams.</p> : (
          <svg
            xmlns="http://www.w3.org/2000/svg"
            className={styles.chartDrawing}
            viewBox={`${x} ${y} ${width} ${height}`}
            preserveAspectRatio="xMidYMin meet"
            fontFamily={FONT_FAMILY}
            textRendering="geometricPrecision"
            role="img"
            aria-label={`Organisation chart of ${name}: ${drawing.teams.toLocaleString('en-US')} teams`}
          >
            <DrawingItems items={drawing.items} />
          </svg>
        )
      ) : <p>Drawing the chart…</p>}
    </section>
  );
}
