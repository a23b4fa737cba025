import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExpirySchedule } from './expiry-schedule.ts';

describe('createExpirySchedule', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('runs each item once its second has come, earliest first, and never a deleted one', () => {
    const expired: string[] = [];
    const schedule = createExpirySchedule<string>((item) => expired.push(item));
    schedule.add('late', 1_005_000);
    schedule.add('early', 1_002_000);
    schedule.add('gone', 1_002_000);
    schedule.add('also late', 1_005_000);
    schedule.delete('gone', 1_002_000);
    vi.advanceTimersByTime(1_999);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['early']);
    vi.advanceTimersByTime(3_000);
    expect(expired).toEqual(['early', 'late', 'also late']);
  });

  it('runs an item whose time has passed at once, and waits past setTimeout’s ~24.8-day limit', () => {
    const expired: string[] = [];
    const schedule = createExpirySchedule<string>((item) => expired.push(item));
    schedule.add('past', 999_000);
    expect(expired).toEqual(['past']);
    const thirtyDays = 30 * 24 * 3600 * 1000;
    schedule.add('token', 1_000_000 + thirtyDays);
    vi.advanceTimersByTime(thirtyDays - 1000);
    expect(expired).toEqual(['past']);
    vi.advanceTimersByTime(1000);
    expect(expired).toEqual(['past', 'token']);
  });
});
