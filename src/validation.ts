// Input validation for every mutation: zod schemas live beside the domain function that uses
// them; failures become BAD_USER_INPUT with one issue per field.
import type { z } from 'zod';
import { badInput, type KefuError } from './errors.ts';

export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badInputOf(result.error);
}

/** A zod failure as BAD_USER_INPUT, one issue per field. */
export function badInputOf(error: z.ZodError): KefuError {
  return badInput(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
}
