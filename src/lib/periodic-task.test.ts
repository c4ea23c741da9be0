import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger.js';
import { startPeriodicTask } from './periodic-task.js';

afterEach(() => vi.useRealTimers());

describe('startPeriodicTask', () => {
  it('runs first after the delay, then on every interval, never two runs at once, and stop waits for the run', async () => {
    vi.useFakeTimers();
    let started = 0;
    let release: () => void = () => {};
    const task = startPeriodicTask({
      name: 't',
      firstAfterMs: 10,
      everyMs: 100,
      logger: createLogger({ level: 'silent' }),
      failureMessage: 'failed',
      run: () => {
        started++;
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    await vi.advanceTimersByTimeAsync(9);
    expect(started).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(300); // still running: ticks are skipped
    expect(started).toBe(1);
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toBe(1);
  });

  it('keeps going after a failed run', async () => {
    vi.useFakeTimers();
    let runs = 0;
    const task = startPeriodicTask({
      name: 't',
      firstAfterMs: 1,
      everyMs: 10,
      logger: createLogger({ level: 'silent' }),
      failureMessage: 'failed',
      run: async () => {
        runs++;
        throw new Error('boom');
      },
    });
    await vi.advanceTimersByTimeAsync(25);
    expect(runs).toBe(3);
    await task.stop();
  });
});
