/**
 * One CSV cell (RFC 4180 quoting), safe to open in a spreadsheet: a cell starting with
 * = + - @ (or a tab or carriage return, which some spreadsheets skip before a formula) is
 * prefixed with an apostrophe so it is shown as text, never run as a formula (OWASP
 * "CSV injection").
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
