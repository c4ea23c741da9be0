/** One short line from a zod error: the failing field path and message, never the offending value. */
import type { z } from 'zod';

export function zodReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
