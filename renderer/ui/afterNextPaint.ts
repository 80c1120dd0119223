/** How long a hidden window (no frames drawn) holds back the work: then it runs without waiting for a paint. */
const NO_FRAME_WITHIN_MS = 250;

/**
 * Runs `callback` once the next frame has been painted: a task queued from the frame's animation
 * callbacks runs after the frame is drawn. A window drawing no frames (minimised, in the
 * background) runs it after a short while instead. Returns a cancel.
 */
export function afterNextPaint(callback: () => void): () => void {
  let done = false;
  let channel: MessageChannel | undefined;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(() => {
    channel = new MessageChannel();
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  });
  const timer = setTimeout(run, NO_FRAME_WITHIN_MS);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel?.port1.close();
  }
  return cancel;
}
