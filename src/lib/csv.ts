/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF between records. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const field = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
