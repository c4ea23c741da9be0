/**
 * Progress of long work: a bar with rate and ETA on a terminal; otherwise one structured log
 * line every few seconds (counts and rows per second), so logs stay quiet and parseable.
 */
import cliProgress from 'cli-progress';
import type { Logger } from '../lib/logger.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function createProgress(label: string, logger: Logger, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let startedBar = false;
    return {
      update(done, total) {
        const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
        if (!startedBar) {
          bar.start(total, done, { rate });
          startedBar = true;
        } else bar.update(done, { rate });
      },
      stop() {
        if (startedBar) bar.stop();
      },
    };
  }
  let lastLog = 0;
  let firstDone: number | undefined;
  return {
    update(done, total) {
      firstDone ??= done;
      const now = Date.now();
      if (now - lastLog < 2000 && done < total) return;
      lastLog = now;
      const perSecond = Math.round((done - firstDone) / Math.max(0.001, (now - started) / 1000));
      logger.info({ task: label, done, total, perSecond }, 'progress');
    },
    stop() {},
  };
}
