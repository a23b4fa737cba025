// Input validation for every mutation: zod schemas live beside the domain function that uses
// them; failures become BAD_USER_INPUT with one issue per field.
import { z } from 'zod';
import { badInput, type KefuError } from './errors.ts';

// zod's own words for a length ("String must contain at most 500 character(s)") read like a
// program's; where a schema gives no message of its own, the limit is said plainly. Set once for
// the process: every parse comes through this module.
z.setErrorMap((issue, context) => {
  if (issue.code === 'too_big' && issue.type === 'string') return { message: `Use at most ${issue.maximum} characters.` };
  if (issue.code === 'too_small' && issue.type === 'string') return { message: issue.minimum === 1 ? 'This may not be empty.' : `Use at least ${issue.minimum} characters.` };
  if (issue.code === 'too_big' && issue.type === 'array') return { message: `Give at most ${issue.maximum} items.` };
  if (issue.code === 'too_small' && issue.type === 'array') return { message: `Give at least ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}.` };
  return { message: context.defaultError };
});

export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badInputOf(result.error);
}

/** A zod failure as BAD_USER_INPUT, one issue per field. */
export function badInputOf(error: z.ZodError): KefuError {
  return badInput(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
}
