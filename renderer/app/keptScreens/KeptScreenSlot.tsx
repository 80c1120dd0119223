import { useLayoutEffect, useRef } from 'react';
import { Outlet } from 'react-router';
import { keptScreens } from './keptScreens';
import styles from '../AppLayout.module.css';

/** Where the routed screen goes in <main>: a screen of the router (<Outlet/>), or the kept screen the host puts in the slot. */
export function KeptScreenSlot() {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    keptScreens.setSlot(slot.current);
    return () => keptScreens.setSlot(null);
  }, []);
  return (
    <>
      <div ref={slot} className={styles.screenSlot} />
      <Outlet />
    </>
  );
}
