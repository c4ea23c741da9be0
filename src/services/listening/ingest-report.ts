/** What `humas ingest …` prints: where items went, what was read, what was skipped and why. */
import type { ImportSummary } from '../../connectors/shared/import-report.js';

export interface IngestReport extends ImportSummary {
  source: { id: number; name: string } | null;
  accepted: number;
  duplicates: number;
  /** Items the pipeline refused after the connector read them. */
  refused: number;
  dryRun: boolean;
  /** Feeds only: recoverable damage found while reading. */
  bozo?: { reason: string | null };
}
