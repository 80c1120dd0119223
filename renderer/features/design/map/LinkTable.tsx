import { useState } from 'react';
import type { MapLink } from '../../../../shared/design/collaborationGraph';
import { LINK_STYLES } from '../../../../shared/design/mapGeometry';
import { UserText } from '../../../ui/UserText';
import styles from './CollaborationMap.module.css';

const KIND_WORDS: Record<MapLink['kind'], string> = {
  collaboration: 'Collaboration',
  'x-as-a-service': 'X-as-a-service',
  facilitating: 'Facilitating',
  'shared-objective': 'Shared objective',
};

/**
 * The map's text alternative: every link as a row (from, to, kind, what it is about). Built only
 * when opened, so a map of thousands of links opens fast.
 */
export function LinkTable({ links, nameOf }: { links: readonly MapLink[]; nameOf: ReadonlyMap<string, string> }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="map-links" className={styles.section}>
      <h2 id="map-links">Links as a table</h2>
      <button type="button" className={styles.clear} aria-expanded={open} aria-controls="map-link-table" onClick={() => setOpen(!open)}>
        {open ? 'Hide the table' : `Show all ${links.length.toLocaleString('en-US')} links as a table`}
      </button>
      {open ? (
        <table id="map-link-table" className={styles.table} aria-label="Links of the collaboration map">
          <thead>
            <tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Link</th><th scope="col">About</th></tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={l.id}>
                <td><UserText>{nameOf.get(l.from) ?? ''}</UserText></td>
                <td><UserText>{nameOf.get(l.to) ?? ''}</UserText></td>
                <td title={LINK_STYLES[l.kind].label}>{KIND_WORDS[l.kind]}{l.directed ? ' (provider → consumer)' : ' (both ways)'}</td>
                <td><UserText>{l.detail.join('; ')}</UserText></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
