/**
 * Reads the deployment's officials file for `humas analyze --officials PATH`: who holds which
 * office at which agency, and when, so that their names count as mentions of the agency.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../lib/app-error.js';
import { NATIONAL_AGENCIES, type OfficialAlias } from '../nlp/index.js';

const AGENCY_CODES = new Set(NATIONAL_AGENCIES.map((a) => a.code));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const ZOfficial = z
  .object({
    name: z.string().trim().min(2),
    title: z.string().trim().min(1).optional(),
    /** A national agency code ("kemenkes") or a region code for a regional government ("32.73"). */
    agencyCode: z.string().refine((code) => AGENCY_CODES.has(code) || /^\d{2}(\.\d{2})?$/.test(code), { message: 'unknown agency code' }),
    validFrom: z.string().regex(ISO_DATE, 'validFrom must be YYYY-MM-DD'),
    validTo: z.string().regex(ISO_DATE, 'validTo must be YYYY-MM-DD').nullable().optional(),
    aliases: z.array(z.string().trim().min(2)).default([]),
  })
  .strict()
  .refine((o) => o.validTo === undefined || o.validTo === null || o.validTo >= o.validFrom, { message: 'validTo is before validFrom' });

export const ZOfficialsFile = z.array(ZOfficial);
export type Official = z.infer<typeof ZOfficial>;

/** The first problem zod found, as "[2].agencyCode: unknown agency code". */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}

/** Name and aliases of every official in office on `date` (YYYY-MM-DD), as analyzer aliases. */
export function getOfficialAliases(officials: readonly Official[], date: string): OfficialAlias[] {
  return officials
    .filter((o) => o.validFrom <= date && (o.validTo === undefined || o.validTo === null || date <= o.validTo))
    .flatMap((o) => [o.name, ...o.aliases].map((alias) => ({ alias, agencyCode: o.agencyCode })));
}

/** Reads and validates PATH; any problem is one line naming the file and the first fault. */
export function readOfficials(path: string): Official[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'not valid JSON' : 'no such file';
    throw new AppError('validation_failed', `cannot read --officials ${path}: ${reason}`);
  }
  const parsed = ZOfficialsFile.safeParse(raw);
  if (!parsed.success) throw new AppError('validation_failed', `invalid --officials ${path}: ${describeIssue(parsed.error)}`);
  return parsed.data;
}
