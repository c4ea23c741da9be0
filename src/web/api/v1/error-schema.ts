/** The one error shape of the API, for the OpenAPI document. */
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../../lib/app-error.js';

export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });
