// A workspace-style FAQ set for `kefu bot eval --faq FILE`: the entries a team saves in its
// knowledge base, plus visitor messages labelled with the entry that should answer them (or null
// for off-topic) and a tune / heldout split. Validated with zod; a bad file is BAD_USER_INPUT
// with one issue per problem, so the CLI can print them all and exit 2.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { KefuError, type InputIssue } from '../../errors.ts';
import { parseInput } from '../../validation.ts';

const LANGUAGES = ['zh', 'en'] as const;
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

const faqEntrySchema = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'use lower-case letters, digits, ".", "_" or "-" (at most 80)'),
    language: z.enum(LANGUAGES),
    question: text(2000),
    alternates: z.array(text(2000)).max(50).default([]),
    answer: text(8000),
  })
  .strict();

const faqMessageSchema = z
  .object({
    text: text(2000),
    language: z.enum(LANGUAGES),
    expect: z.string().nullable(),
    split: z.enum(['tune', 'heldout']),
  })
  .strict();

export const faqSetSchema = z
  .object({
    name: text(200),
    description: z.string().max(2000).default(''),
    entries: z.array(faqEntrySchema).min(1, 'add at least one entry').max(2000),
    messages: z.array(faqMessageSchema).min(1, 'add at least one message').max(20_000),
  })
  .strict()
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.entries.forEach((entry, index) => {
      const id = `${entry.key}/${entry.language}`;
      if (seen.has(id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['entries', index, 'key'], message: `a second ${entry.language} entry for key "${entry.key}"` });
      seen.add(id);
    });
    const keys = new Set(set.entries.map((entry) => entry.key));
    set.messages.forEach((message, index) => {
      if (message.expect === null) return;
      if (!keys.has(message.expect)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['messages', index, 'expect'], message: `no entry has key "${message.expect}"` });
      } else if (!seen.has(`${message.expect}/${message.language}`)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['messages', index, 'expect'], message: `key "${message.expect}" has no ${message.language} entry` });
      }
    });
  });

export type FaqSet = z.output<typeof faqSetSchema>;
export type FaqEntry = FaqSet['entries'][number];
export type FaqMessage = FaqSet['messages'][number];
export type FaqSplit = FaqMessage['split'] | 'all';

/** Validates an already-parsed FAQ set; throws BAD_USER_INPUT listing every problem. */
export function parseFaqSet(input: unknown): FaqSet {
  return parseInput(faqSetSchema, input);
}

/** Reads and validates one FAQ set file; any problem (unreadable, not JSON, invalid) is BAD_USER_INPUT naming the file. */
export async function loadFaqSet(path: string): Promise<FaqSet> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw badFaqFile(path, [{ path: '', message: `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw badFaqFile(path, [{ path: '', message: `not valid JSON (${(error as Error).message})` }]);
  }
  try {
    return parseFaqSet(json);
  } catch (error) {
    if (!(error instanceof KefuError)) throw error;
    throw badFaqFile(path, error.extensions.issues ?? []);
  }
}

function badFaqFile(path: string, issues: InputIssue[]): KefuError {
  const shown = issues.slice(0, 20).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
  return new KefuError('BAD_USER_INPUT', `Invalid FAQ file ${path}: ${shown.join('; ')}`, { issues });
}
