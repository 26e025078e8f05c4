import { readFileSync } from "node:fs";

/**
 * Reads a CSV file with a header row into objects of strings (RFC 4180 quoting). Small on purpose:
 * the demo has no dependency beyond kinerja.
 */
export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  const [header, ...data] = rows;
  if (header === undefined) return [];
  return data.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i] ?? ""])));
}
