// Reads CLINC150 (Larson et al. 2019, CC BY 3.0) from a user-supplied data_full.json. The
// dataset is never copied into the repo. Its "oos" label becomes our out_of_scope class.
import { readFile } from 'node:fs/promises';
import { OUT_OF_SCOPE } from '../model/intent-model.ts';
import type { IntentDataset, LabelledText } from './labelled-text.ts';

const SPLITS = ['train', 'val', 'test', 'oos_train', 'oos_val', 'oos_test'] as const;

export async function loadClinc150(pathToDataFullJson: string): Promise<IntentDataset> {
  const raw = JSON.parse(await readFile(pathToDataFullJson, 'utf8')) as Record<string, unknown>;
  const split = (key: (typeof SPLITS)[number]): LabelledText[] => {
    const rows = raw[key];
    if (!Array.isArray(rows)) {
      throw new Error(`${pathToDataFullJson} has no "${key}" array; expected CLINC150's data_full.json (keys ${SPLITS.join(', ')}).`);
    }
    return rows.map((row: unknown) => {
      if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') {
        throw new Error(`${pathToDataFullJson}: "${key}" rows must be [text, intent], got ${JSON.stringify(row)}.`);
      }
      return { text: row[0], intent: row[1] === 'oos' ? OUT_OF_SCOPE : row[1], language: 'en' as const };
    });
  };
  return {
    name: 'clinc150-full',
    train: [...split('train'), ...split('oos_train')],
    validation: [...split('val'), ...split('oos_val')],
    test: [...split('test'), ...split('oos_test')],
  };
}
