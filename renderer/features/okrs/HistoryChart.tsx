import { format } from 'date-fns';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { CheckIn, KeyResult, PeriodRange } from '../../../shared/model';
import { dayToTime, historyPoints, monthTicks, pacePoints, timeDomain } from './chartSeries';
import { formatValue } from './okrFormat';
import styles from './KeyResultPage.module.css';
import { formatDay, formatDayShort } from '../../ui/dates';

// SVG presentation attributes cannot read CSS custom properties: these mirror tokens.css.
const COLOURS = { value: '#1f5fbf', pace: '#4d5968', confidence: '#8a5a00', grid: '#d5dae1', today: '#b3261e' };
// Recharts sizes a responsive chart through its style prop (set through the CSSOM, allowed by the CSP).
const CHART_SIZE = { width: '100%', height: 340 };

export interface HistoryChartProps {
  keyResult: KeyResult;
  period: PeriodRange;
  /** The check-ins that count (corrected ones left out), oldest first. */
  checkIns: readonly CheckIn[];
  today: string;
}

/** Value over time against the expected pace, with the owner's confidence on its own 0–10 axis. */
export function HistoryChart({ keyResult, period, checkIns, today }: HistoryChartProps) {
  const points = historyPoints(checkIns);
  // An unknown start counts from the first check-in.
  const pace = pacePoints(keyResult, period, checkIns[0]?.value);
  const domain = timeDomain(period, points);
  const todayTime = dayToTime(today);
  const paceName = keyResult.metric === 'stayAbove' || keyResult.metric === 'stayBelow' ? 'Line to hold' : 'Expected pace';
  const valueTick = (v: number) => (keyResult.metric === 'milestone' ? (v >= 1 ? 'Done' : 'Not done') : formatValue(v, keyResult.unit));
  return (
    <figure className={styles.chart} aria-labelledby="history-chart-caption">
      <figcaption id="history-chart-caption" className="visually-hidden">
        Chart of {keyResult.title}: {points.length} check-ins against the {paceName.toLowerCase()}, with confidence. The same data is listed
        in the table of check-ins.
      </figcaption>
      <LineChart responsive style={CHART_SIZE} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={COLOURS.grid} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="t"
          domain={domain}
          ticks={monthTicks(domain)}
          scale="time"
          tickFormatter={(t: number) => formatDayShort(format(t, 'yyyy-MM-dd'))}
          allowDuplicatedCategory={false}
        />
        <YAxis yAxisId="value" tickFormatter={valueTick} width={80} domain={keyResult.metric === 'milestone' ? [0, 1] : ['auto', 'auto']} ticks={keyResult.metric === 'milestone' ? [0, 1] : undefined} />
        <YAxis yAxisId="confidence" orientation="right" domain={[0, 10]} ticks={[0, 5, 10]} width={40} label={{ value: 'Confidence', angle: 90, position: 'insideRight', fill: COLOURS.confidence }} />
        <Tooltip
          labelFormatter={(t) => formatDay(format(Number(t), 'yyyy-MM-dd'))}
          formatter={(value, name) => (name === 'Confidence' ? `${String(value)} of 10` : valueTick(Number(value)))}
        />
        <Legend itemSorter={null} />
        {todayTime >= domain[0] && todayTime <= domain[1] ? (
          <ReferenceLine yAxisId="value" x={todayTime} stroke={COLOURS.today} strokeDasharray="2 2" label={{ value: 'Today', position: 'top', fill: COLOURS.today }} />
        ) : null}
        <Line yAxisId="value" data={points} dataKey="value" name="Value" stroke={COLOURS.value} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} type={keyResult.metric === 'milestone' ? 'stepAfter' : 'linear'} />
        {pace.length > 0 ? (
          <Line yAxisId="value" data={pace} dataKey="expected" name={paceName} stroke={COLOURS.pace} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        ) : null}
        <Line yAxisId="confidence" data={points} dataKey="confidence" name="Confidence" stroke={COLOURS.confidence} strokeDasharray="2 3" dot={{ r: 3, fill: COLOURS.confidence }} isAnimationActive={false} />
      </LineChart>
    </figure>
  );
}
