/** CSV as spreadsheets open it (RFC 4180: comma-separated, CRLF, quoted when needed); no I/O, so the console builds it too. */

/** One CSV field, quoted when it must be; null and undefined are empty. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and the rows, each line ended by CRLF. */
export const csv = (header: readonly string[], rows: readonly (readonly unknown[])[]) =>
  [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
