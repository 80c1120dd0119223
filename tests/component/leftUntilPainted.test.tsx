import { act, render } from '@testing-library/react';
import { Activity, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLeftUntilPainted } from '../../renderer/ui/useLeftUntilPainted';
import { afterNextPaint } from '../../renderer/ui/afterNextPaint';

/** Frames drawn by hand: animation callbacks queued until `drawFrame`. */
function framesByHand(): { drawFrame: () => void } {
  let queued: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    queued.push(callback);
    return queued.length;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  return {
    drawFrame() {
      const now = queued;
      queued = [];
      for (const callback of now) callback(performance.now());
    },
  };
}

/** The tasks queued behind the frame (a MessageChannel's message) have run. */
const tasksAfterFrame = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const log: string[] = [];
function Probe({ name }: { name: string }) {
  useEffect(() => {
    log.push(`${name} on`);
    return () => void log.push(`${name} off`);
  }, [name]);
  return <p>{name}</p>;
}

function Screens({ shown }: { shown: string }) {
  const left = useLeftUntilPainted(shown);
  return (
    <>
      {['a', 'b', 'c'].map((name) => (
        <Activity key={name} mode={name === shown || name === left ? 'visible' : 'hidden'}>
          <Probe name={name} />
        </Activity>
      ))}
    </>
  );
}

describe('the kept screen just left', () => {
  it('is hidden (its effects stop) only once the screen shown instead has been painted', async () => {
    const { drawFrame } = framesByHand();
    log.length = 0;
    const view = render(<Screens shown="a" />);
    expect(log).toEqual(['a on']);
    act(() => view.rerender(<Screens shown="b" />));
    expect(log).toEqual(['a on', 'b on']);
    await act(tasksAfterFrame);
    expect(log).toEqual(['a on', 'b on']);
    act(drawFrame);
    await act(tasksAfterFrame);
    expect(log).toEqual(['a on', 'b on', 'a off']);
  });

  it('is hidden at once when a key is pressed before that paint, so nothing on it answers the key', () => {
    framesByHand();
    log.length = 0;
    const view = render(<Screens shown="a" />);
    act(() => view.rerender(<Screens shown="b" />));
    expect(log).toEqual(['a on', 'b on']);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n' }));
    expect(log).toEqual(['a on', 'b on', 'a off']);
  });

  it('leaves only the last screen waiting when the address moves twice before a paint', async () => {
    const { drawFrame } = framesByHand();
    log.length = 0;
    const view = render(<Screens shown="a" />);
    act(() => view.rerender(<Screens shown="b" />));
    act(() => view.rerender(<Screens shown="c" />));
    expect(log).toEqual(['a on', 'b on', 'a off', 'c on']);
    act(drawFrame);
    await act(tasksAfterFrame);
    expect(log).toEqual(['a on', 'b on', 'a off', 'c on', 'b off']);
  });

  it('is never hidden when the user comes straight back to it', async () => {
    const { drawFrame } = framesByHand();
    log.length = 0;
    const view = render(<Screens shown="a" />);
    act(() => view.rerender(<Screens shown="b" />));
    act(() => view.rerender(<Screens shown="a" />));
    act(drawFrame);
    await act(tasksAfterFrame);
    expect(log).toEqual(['a on', 'b on', 'b off']);
  });
});

describe('afterNextPaint', () => {
  it('runs after the next frame, not before', async () => {
    const { drawFrame } = framesByHand();
    const ran = vi.fn();
    afterNextPaint(ran);
    await tasksAfterFrame();
    expect(ran).not.toHaveBeenCalled();
    drawFrame();
    expect(ran).not.toHaveBeenCalled();
    await tasksAfterFrame();
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('runs anyway in a window drawing no frames (minimised), a quarter of a second later', () => {
    framesByHand();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ran = vi.fn();
    afterNextPaint(ran);
    vi.advanceTimersByTime(249);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled, and only once otherwise', async () => {
    const { drawFrame } = framesByHand();
    const cancelled = vi.fn();
    afterNextPaint(cancelled)();
    const ran = vi.fn();
    afterNextPaint(ran);
    drawFrame();
    await tasksAfterFrame();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cancelled).not.toHaveBeenCalled();
    expect(ran).toHaveBeenCalledTimes(1);
  });
});
