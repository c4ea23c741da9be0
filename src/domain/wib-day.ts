/** The calendar day in WIB (UTC+7, no daylight saving) — the day engagement is counted under. */
const WIB_OFFSET_MS = 7 * 3_600_000;

export function wibDay(at: Date | number = Date.now()): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  return new Date(ms + WIB_OFFSET_MS).toISOString().slice(0, 10);
}
