import { describe, expect, it, vi } from 'vitest';
import type { Location } from 'react-router';
import { createKeptScreens, sameAddress, type RouterContexts } from '../../renderer/app/keptScreens/store';

const location = (pathname: string, search = '', key = Math.random().toString(36)): Location => ({ pathname, search, hash: '', state: null, key });
const contexts = (at: Location) => ({ location: { location: at, navigationType: 'PUSH' } }) as unknown as RouterContexts;
const container = () => ({ id: Math.random() }) as unknown as HTMLDivElement;

describe('kept screens', () => {
  it('keeps a screen from its first showing, with one container for its whole life', () => {
    const kept = createKeptScreens(container);
    kept.show('/teams', contexts(location('/teams')));
    const first = kept.snapshot().screens.get('/teams')!;
    kept.hide('/teams');
    kept.show('/people', contexts(location('/people')));
    kept.show('/teams', contexts(location('/teams', '?plan=draft')));
    expect(kept.snapshot().shown).toBe('/teams');
    expect([...kept.snapshot().screens.keys()]).toEqual(['/teams', '/people']);
    expect(kept.snapshot().screens.get('/teams')!.container).toBe(first.container);
  });

  it('gives a screen new contexts only when its address changes, so coming back to the same address renders nothing', () => {
    const kept = createKeptScreens(container);
    kept.show('/okrs', contexts(location('/okrs', '?for=everyone', 'a')));
    const before = kept.snapshot().screens.get('/okrs')!;
    kept.hide('/okrs');
    kept.show('/okrs', contexts(location('/okrs', '?for=everyone', 'b')));
    expect(kept.snapshot().screens.get('/okrs')).toBe(before);
    kept.show('/okrs', contexts(location('/okrs', '?for=me', 'c')));
    expect(kept.snapshot().screens.get('/okrs')).not.toBe(before);
    expect(kept.snapshot().screens.get('/okrs')!.contexts.location.location.search).toBe('?for=me');
  });

  it('tells its listeners only of real changes, and hiding another screen changes nothing', () => {
    const kept = createKeptScreens(container);
    const listener = vi.fn();
    kept.subscribe(listener);
    kept.show('/charts', contexts(location('/charts')));
    kept.show('/charts', contexts(location('/charts')));
    kept.hide('/people');
    expect(listener).toHaveBeenCalledTimes(1);
    kept.hide('/charts');
    expect(kept.snapshot().shown).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('compares addresses by path, query, hash and state, not by history entry', () => {
    expect(sameAddress(location('/teams', '?plan=a', 'x'), location('/teams', '?plan=a', 'y'))).toBe(true);
    expect(sameAddress(location('/teams', '?plan=a'), location('/teams', '?plan=b'))).toBe(false);
    expect(sameAddress(location('/teams'), { ...location('/teams'), hash: '#top' })).toBe(false);
  });
});
