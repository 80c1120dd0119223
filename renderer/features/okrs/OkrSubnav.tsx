import { NavLink } from 'react-router';
import { okrPaths, useOkrLink } from './okrLinks';
import styles from './Okr.module.css';

/** The OKR screens of one period: the alignment list and the organisation view. */
export function OkrSubnav() {
  const link = useOkrLink();
  return (
    <nav aria-label="OKR views">
      <ul className={styles.subnav}>
        <li>
          <NavLink to={link(okrPaths.list)} end>
            Objectives
          </NavLink>
        </li>
        <li>
          <NavLink to={link(okrPaths.checkIns)}>Check-ins due</NavLink>
        </li>
        <li>
          <NavLink to={link(okrPaths.organisation)}>Organisation view</NavLink>
        </li>
        <li>
          <NavLink to={link(okrPaths.review)}>Quarter review</NavLink>
        </li>
      </ul>
    </nav>
  );
}
