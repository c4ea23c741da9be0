/** Kinds of Indonesian personal data the platform detects and redacts, with their placeholders. */
export const PII_TYPES = ['NIK', 'KK', 'NPWP', 'TELEPON', 'EMAIL', 'REKENING'] as const;
export type PiiType = (typeof PII_TYPES)[number];
export type PiiCounts = Partial<Record<PiiType, number>>;
