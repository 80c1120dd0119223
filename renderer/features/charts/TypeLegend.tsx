import { TEAM_TYPE_INFO, type TeamType } from '../../../shared/model';
import { TeamTypeShape } from '../../ui/TeamTypeBadge';
import styles from './Charts.module.css';

/** What each team type's shape on the chart means: the types present, each with its one-line definition. */
export function TypeLegend({ types }: { types: readonly TeamType[] }) {
  if (types.length === 0) return null;
  return (
    <ul className={styles.typeLegend} aria-label="Team types on this chart">
      {types.map((type) => (
        <li key={type} title={TEAM_TYPE_INFO[type].definition}>
          <TeamTypeShape type={type} />
          <strong>{TEAM_TYPE_INFO[type].label}</strong>
          <span className={styles.muted}>{TEAM_TYPE_INFO[type].definition}</span>
        </li>
      ))}
    </ul>
  );
}
