// Reads BANKING77 (Casanueva et al. 2020, CC BY 4.0) train.csv / test.csv from a user-supplied
// folder. The dataset is never copied into the repo. It has no out-of-scope class.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IntentDataset, LabelledText } from './labelled-text.ts';

export async function loadBanking77(dir: string): Promise<IntentDataset> {
  const read = async (file: string): Promise<LabelledText[]> => {
    const path = join(dir, file);
    const [header, ...rows] = parseCsv(await readFile(path, 'utf8'));
    if (header?.[0] !== 'text' || header[1] !== 'category') {
      throw new Error(`${path} must start with the header "text,category", got ${JSON.stringify(header)}.`);
    }
    return rows.map(([text, category]) => ({ text: text!, intent: category!, language: 'en' as const }));
  };
  return { name: 'banking77', train: await read('train.csv'), validation: [], test: await read('test.csv') };
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. Skips blank lines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') { row.push(field); field = ''; }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += char;
  }
  row.push(field);
  if (row.length > 1 || row[0] !== '') rows.push(row);
  return rows;
}
