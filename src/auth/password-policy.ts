// What a new agent password must be (createWorkspace, createAgent, changePassword, resetPassword):
// at least 10 characters, not only whitespace, and not one of the common passwords shipped in
// common-passwords.txt (compared case-insensitively, ignoring surrounding whitespace).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 200;

let commonPasswords: Set<string> | undefined;

function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith('#')),
  );
  return commonPasswords.has(password.trim().toLowerCase());
}

/** The zod schema of a new password, with one clear message per rule. */
export function newPasswordSchema() {
  return z
    .string()
    .max(PASSWORD_MAX_LENGTH, `Use a password of at most ${PASSWORD_MAX_LENGTH} characters`)
    .refine((p) => [...p].length >= PASSWORD_MIN_LENGTH, `Use a password of at least ${PASSWORD_MIN_LENGTH} characters`)
    .refine((p) => p.trim().length > 0, 'Use a password that is not only spaces')
    .refine((p) => !isCommonPassword(p), 'This password is one of the most common ones; choose another (a few unrelated words work well)');
}
