// Minimal RFC 4180 CSV reader for the benchmark datasets: quoted fields, a chosen separator, CRLF or LF.

export interface CsvCell {
  text: string;
  /** True when the field was written in double quotes (the bank file quotes strings, not numbers). */
  quoted: boolean;
}

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

export function parseCsv(source: string, separator = ","): CsvTable {
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let text = "";
  let quoted = false;
  let inQuotes = false;
  let i = 0;
  const endField = () => {
    row.push({ text, quoted });
    text = "";
    quoted = false;
  };
  while (i < source.length) {
    const c = source[i];
    if (inQuotes) {
      if (c === '"' && source[i + 1] === '"') {
        text += '"';
        i += 2;
        continue;
      }
      if (c === '"') inQuotes = false;
      else text += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      inQuotes = true;
      quoted = true;
    } else if (c === separator) {
      endField();
    } else if (c === "\n" || c === "\r") {
      endField();
      rows.push(row);
      row = [];
      if (c === "\r" && source[i + 1] === "\n") i += 1;
    } else {
      text += c;
    }
    i += 1;
  }
  if (text !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  const [head, ...body] = rows.filter((r) => !(r.length === 1 && r[0].text === ""));
  return { header: head.map((c) => c.text), rows: body };
}
