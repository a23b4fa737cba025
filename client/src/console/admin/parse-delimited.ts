// Rows of cells from text pasted out of a spreadsheet, or a CSV file's text. Spreadsheets copy a
// row per line with cells separated by tabs, and put a cell that holds a tab, a line break or a
// quote in quotes (a quote inside doubled), so a multi-line answer stays one cell. Text with no
// tab outside quotes is read as CSV (commas). A quote that never closes is taken as typed.

/** The rows and their cells, blank rows included (as one empty cell), so row numbers match the sheet's. */
export function parseDelimited(text: string): string[][] {
  const withQuotes = parse(text, true);
  return withQuotes ?? parse(text, false)!;
}

function parse(text: string, quotes: boolean): string[][] | null {
  const delimiter = hasTabOutsideQuotes(text, quotes) ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quotes && char === '"' && cell === '') {
      const close = closingQuote(text, i + 1);
      if (close === -1) return null;
      cell = text.slice(i + 1, close).replace(/""/g, '"');
      i = close + 1;
      continue;
    }
    if (char === delimiter) endCell();
    else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else cell += char;
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** Index of the quote that closes a quoted cell opened before `from` ("" is a quote inside it), or -1. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return i;
  }
  return -1;
}

function hasTabOutsideQuotes(text: string, quotes: boolean): boolean {
  if (!quotes) return text.includes('\t');
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '\t' && !inQuotes) return true;
  }
  return false;
}
