// Loads the demo shop's bilingual FAQ (src/bot/data/knowledge.json), used to seed a new
// workspace's knowledge base and in tests of the similar-question index.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const knowledgeSchema = z.array(z.object({
  id: z.string().min(1),
  language: z.enum(['zh', 'en']),
  question: z.string().min(1),
  alternates: z.array(z.string().min(1)),
  answer: z.string().min(1),
  tags: z.array(z.string().min(1)),
}));

export type DemoKnowledgeEntry = z.infer<typeof knowledgeSchema>[number];

export async function loadDemoKnowledge(file = new URL('../data/knowledge.json', import.meta.url)): Promise<DemoKnowledgeEntry[]> {
  const parsed = knowledgeSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file instanceof URL ? file.pathname : file} is invalid: ${parsed.error.message}`);
  return parsed.data;
}
