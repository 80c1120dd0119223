import { createKeptScreens } from './store';
import styles from '../AppLayout.module.css';

/** The app's kept screens (one window, one set). */
export const keptScreens = createKeptScreens(() => {
  const container = document.createElement('div');
  container.className = styles.screenSlot!;
  return container;
});
