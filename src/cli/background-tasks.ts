/**
 * Work that runs beside the HTTP server in `humas serve` (pipeline worker, schedulers),
 * started in one place so shutdown stops all of it. Capabilities add their tasks here.
 */
import { startSourcePoller } from '../connectors/polling/start-source-poller.js';
import { createPipelineSink } from '../connectors/shared/create-pipeline-sink.js';
import { createPipelineWorker } from '../pipeline/worker/pipeline-worker.js';
import { startRetentionTask } from '../security/personal-data/start-retention-task.js';
import { startNewsroomTasks } from '../services/syndication/start-syndication-worker.js';
import { startAlertTask } from '../services/alerts/start-alert-task.js';
import type { BackgroundTask } from '../web/serve-http.js';
import type { Runtime } from './runtime.js';

export async function startBackgroundTasks(runtime: Runtime): Promise<BackgroundTask[]> {
  // On PGlite the worker shares the one connection with web requests: smaller batches keep
  // requests from waiting long behind a batch.
  const pipeline = createPipelineWorker(runtime.db, {
    logger: runtime.logger,
    ...(runtime.db.kind === 'pglite' ? { batchSize: 200 } : {}),
  }).start();
  const poller = startSourcePoller({ db: runtime.db, logger: runtime.logger, sink: createPipelineSink(runtime.db), env: process.env });
  const deps = { ...runtime, keyring: runtime.keyring() };
  return [poller, pipeline, startRetentionTask(deps), ...startNewsroomTasks(deps, process.env), startAlertTask(deps)];
}
