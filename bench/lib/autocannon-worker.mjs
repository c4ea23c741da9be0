// Runs autocannon (programmatic API) in a worker thread, so the load generator does not
// share the server's event loop: the server under test keeps one core to itself.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

// Off the main thread autocannon returns encoded histograms; aggregateResult decodes them.
const result = autocannon.aggregateResult([await autocannon(workerData)], workerData);
parentPort.postMessage({
  // Per-second samples are not aggregated off the main thread: rate = completed / elapsed.
  requestsPerSecond: result.requests.total / result.duration,
  total: result.requests.total,
  ok2xx: result['2xx'],
  non2xx: result.non2xx,
  status200: result.statusCodeStats['200']?.count ?? 0,
  errors: result.errors,
  timeouts: result.timeouts,
  latencyP50: result.latency.p50,
  latencyP99: result.latency.p99,
  durationSeconds: result.duration,
});
