/**
 * Work that runs beside the HTTP server in `humas serve` (pipeline worker, schedulers),
 * started in one place so shutdown stops all of it. Capabilities add their tasks here.
 */
import type { Runtime } from './runtime.js';
import type { BackgroundTask } from '../web/serve-http.js';

export async function startBackgroundTasks(_runtime: Runtime): Promise<BackgroundTask[]> {
  return [];
}
