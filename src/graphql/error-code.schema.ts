import { ErrorCode } from '../errors.ts';
import { builder } from './builder.ts';

// Documents the catalogue in the SDL so clients get every code (and how to fix it) as a type.
builder.enumType('ErrorCode', {
  description: 'Value of extensions.code on every GraphQL error Kefu returns.',
  values: Object.fromEntries(Object.entries(ErrorCode).map(([code, howToFix]) => [code, { description: howToFix }])) as Record<keyof typeof ErrorCode, { description: string }>,
});
