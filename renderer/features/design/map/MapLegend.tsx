import { TEAM_TYPES } from '../../../../shared/model';
import { TEAM_TYPE_INFO } from '../../../../shared/model/teamTypeInfo';
import { LINK_STYLES, NO_TYPE_PAINT, SILO_STROKE, shapePath } from '../../../../shared/design/mapGeometry';
import styles from './CollaborationMap.module.css';

/** How to read the map: team types by shape and colour, links by line, the silo mark. */
export function MapLegend() {
  return (
    <ul className={styles.legend} aria-label="How to read the map">
      {[...TEAM_TYPES, null].map((type) => {
        const paint = type ? TEAM_TYPE_INFO[type] : { label: 'No type', ...NO_TYPE_PAINT };
        return (
          <li key={type ?? 'none'}>
            <svg width="28" height="20" viewBox="-1 -1 28 20" aria-hidden="true" focusable="false">
              <path d={shapePath(type, 26, type === 'enabling' ? 18 : 14)} transform={type === 'enabling' ? undefined : 'translate(0 2)'} fill={paint.fill} stroke={paint.stroke} strokeWidth={1.2} />
            </svg>
            {paint.label}
          </li>
        );
      })}
      <li>
        <svg width="28" height="20" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
          <rect x="2" y="2" width="24" height="16" rx="5" fill="none" stroke={SILO_STROKE} strokeWidth={2} strokeDasharray="5 3" />
        </svg>
        Silo
      </li>
      {Object.entries(LINK_STYLES).map(([kind, style]) => (
        <li key={kind}>
          <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
            <line x1={style.heads === 'both' ? 8 : 2} y1="7" x2={style.heads === 'none' ? 38 : 31} y2="7" stroke={style.stroke} strokeWidth={style.width} strokeDasharray={style.dash || undefined} />
            {style.heads !== 'none' ? <path d="M39,7L30,2.5L30,11.5Z" fill={style.stroke} /> : null}
            {style.heads === 'both' ? <path d="M1,7L10,2.5L10,11.5Z" fill={style.stroke} /> : null}
          </svg>
          {style.label}
        </li>
      ))}
    </ul>
  );
}
