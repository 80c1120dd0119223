import { TEAM_TYPE_INFO, type TeamType, type TeamTypeInfo } from '../../shared/model';
import styles from './TeamTypeBadge.module.css';

/** The conventional Team Topologies shape of a type, drawn in a 20×14 box (SVG attributes, no inline style). */
export function TeamTypeShape({ type, size = 14 }: { type: TeamType; size?: number }) {
  const info = TEAM_TYPE_INFO[type];
  return (
    <svg width={(size * 20) / 14} height={size} viewBox="0 0 20 14" aria-hidden="true" focusable="false" className={styles.shape}>
      {shapeOf(info)}
    </svg>
  );
}

function shapeOf(info: TeamTypeInfo) {
  const paint = { fill: info.fill, stroke: info.stroke, strokeWidth: 1.5 };
  switch (info.shape) {
    case 'wide-rounded':
      return <rect x="1" y="3" width="18" height="8" rx="4" {...paint} />;
    case 'wide-base':
      return <rect x="1" y="2" width="18" height="10" rx="1" {...paint} />;
    case 'tall-rounded':
      return <rect x="6" y="1" width="8" height="12" rx="3" {...paint} />;
    case 'octagon':
      return <polygon points="7,1 13,1 17,4 17,10 13,13 7,13 3,10 3,4" {...paint} />;
  }
}

/** A team's type as its shape and name, with the one-line definition as its description. */
export function TeamTypeBadge({ type, withDefinition = false, compact = false }: { type: TeamType | null | undefined; withDefinition?: boolean; compact?: boolean }) {
  if (!type) return null;
  const info = TEAM_TYPE_INFO[type];
  if (compact) {
    // Dense cards: the shape alone, named for screen readers and on hover.
    return (
      <span className={styles.badge} role="img" aria-label={`${info.label} team`} title={`${info.label}: ${info.definition}`}>
        <TeamTypeShape type={type} />
      </span>
    );
  }
  return (
    <span className={styles.badge} title={info.definition}>
      <TeamTypeShape type={type} />
      <span>{info.label}</span>
      {withDefinition ? <span className={styles.definition}> — {info.definition}</span> : null}
    </span>
  );
}
