// Sign-in brute-force protection (issue 12), on the shared rate limiter so it holds across
// workers and machines: each client address may try `limits.signInsPerMinutePerIp` times a
// minute; an account (email, known or not, so the answer reveals nothing) is locked after
// `limits.signInFailuresPerAccount` failures in a row, for `limits.signInLockSeconds`, and each
// further lock within a day lasts twice as long, up to an hour. A successful sign-in clears the
// account's failures and locks.
import { createHash } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { rateLimited } from '../rate-limits.ts';

const MAX_LOCK_SECONDS = 3600;

/** Runs `signIn` unless the address or the account is throttled, and counts its outcome. */
export async function throttleSignIn<T>(deps: Pick<Deps, 'limiter' | 'config' | 'log'>, rawEmail: string, clientIp: string, signIn: () => Promise<T>): Promise<T> {
  const email = rawEmail.trim().toLowerCase();
  // Security events name the account by a hash, not the address (logs hold no personal data).
  const account = createHash('sha256').update(email).digest('hex').slice(0, 12);
  const { signInFailuresPerAccount, signInLockSeconds } = deps.config.limits;
  await deps.limiter.take('signInsPerIp', clientIp);
  const failures = deps.limiter.store('signInFailures');
  const locks = deps.limiter.store('signInLocks');
  const current = await failures.get(email);
  if (current && current.consumedPoints >= signInFailuresPerAccount) {
    deps.log.warn({ event: 'sign_in_locked_out', account, clientIp }, 'sign-in refused: account locked');
    throw rateLimited('Too many failed sign-ins for this account: it is locked for a while.', current.msBeforeNext);
  }
  try {
    const result = await signIn();
    await Promise.all([failures.delete(email), locks.delete(email)]);
    return result;
  } catch (error) {
    if (error instanceof KefuError && error.code === 'INVALID_CREDENTIALS') {
      const { consumedPoints } = await failures.penalty(email, 1);
      deps.log.warn({ event: 'sign_in_failed', account, clientIp, failuresInARow: consumedPoints }, 'sign-in failed');
      if (consumedPoints >= signInFailuresPerAccount) {
        const lockNumber = (await locks.penalty(email, 1)).consumedPoints;
        const lockSeconds = Math.min(signInLockSeconds * 2 ** (lockNumber - 1), MAX_LOCK_SECONDS);
        await failures.block(email, lockSeconds);
        deps.log.warn({ event: 'account_locked', account, clientIp, lockSeconds }, 'account locked after failed sign-ins');
      }
    }
    throw error;
  }
}
