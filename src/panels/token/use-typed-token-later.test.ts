import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTypedTokenLater, MAX_WAIT_MS, QUIET_MS } from './use-typed-token-later';

function setUp() {
  const taken: string[] = [];
  const markPending = vi.fn();
  const events = new EventTarget();
  const paints: Array<() => void> = [];
  const later = createTypedTokenLater({
    take: (text) => taken.push(text),
    markPending,
    events,
    afterNextPaint: (then) => paints.push(then),
  });
  /** The frame is painted: the callbacks waiting for it run. */
  const paint = () => paints.splice(0).forEach((then) => then());
  return { taken, markPending, events, later, paint };
}

describe('typed text reaches the store once typing pauses, a burst as one change', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes only the last text of a burst, QUIET_MS after its last key, and marks pending once', () => {
    const { taken, markPending, later } = setUp();
    for (const text of ['a', 'ab', 'abc']) {
      later.schedule(text);
      vi.advanceTimersByTime(QUIET_MS - 1);
    }
    expect(taken).toEqual([]);
    expect(markPending).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(taken).toEqual(['abc']);
    // The next burst is pending again from its first key.
    later.schedule('abcd');
    expect(markPending).toHaveBeenCalledTimes(2);
  });

  it('continuous typing still reaches the store every MAX_WAIT_MS', () => {
    const { taken, later } = setUp();
    let text = '';
    for (let elapsed = 0; elapsed < MAX_WAIT_MS + 100; elapsed += 50) {
      text += 'x';
      later.schedule(text);
      vi.advanceTimersByTime(50);
    }
    expect(taken.map((t) => t.length)).toEqual([MAX_WAIT_MS / 50]);
  });

  it('a press or a focus elsewhere takes the text at once, and then nothing is taken twice', () => {
    const { taken, events, later } = setUp();
    later.schedule('typed');
    events.dispatchEvent(new Event('pointerdown'));
    expect(taken).toEqual(['typed']);
    later.schedule('typed more');
    events.dispatchEvent(new Event('focusin'));
    expect(taken).toEqual(['typed', 'typed more']);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    events.dispatchEvent(new Event('pointerdown'));
    expect(taken).toEqual(['typed', 'typed more']);
  });

  it('cancel drops the scheduled text, and flush with nothing scheduled takes nothing', () => {
    const { taken, events, later } = setUp();
    later.schedule('dropped');
    later.cancel();
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    events.dispatchEvent(new Event('focusin'));
    later.flush();
    expect(taken).toEqual([]);
  });

  it('a paste is taken after the next paint, without waiting for typing to pause', () => {
    const { taken, markPending, later, paint } = setUp();
    later.scheduleSoon('pasted token');
    expect(taken).toEqual([]);
    expect(markPending).toHaveBeenCalledTimes(1);
    paint();
    expect(taken).toEqual(['pasted token']);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(taken).toEqual(['pasted token']);
  });

  it('a paint meant for an older paste takes nothing typed after it, and a cancelled paste is never taken', () => {
    const { taken, later, paint } = setUp();
    later.scheduleSoon('first paste');
    later.flush();
    later.schedule('typed after');
    paint();
    expect(taken).toEqual(['first paste']);
    vi.advanceTimersByTime(QUIET_MS);
    expect(taken).toEqual(['first paste', 'typed after']);
    later.scheduleSoon('dropped');
    later.cancel();
    paint();
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(taken).toEqual(['first paste', 'typed after']);
  });
});
