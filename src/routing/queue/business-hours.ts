// Business hours per workspace: weekly open intervals in the workspace's IANA timezone.
import { z } from 'zod';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use 24-hour HH:MM, e.g. 09:00');

export const businessHoursSchema = z.object({
  timezone: z.string().refine(isTimeZone, 'Use an IANA timezone such as Asia/Shanghai or Europe/Berlin'),
  intervals: z
    .array(z.object({ day: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday'), open: time, close: time }).refine((i) => i.open < i.close, 'open must be before close'))
    .max(50),
  outOfHoursReply: z.string().trim().min(1).max(2000),
});

export type BusinessHours = z.infer<typeof businessHoursSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** true when `at` falls inside an interval; no business hours configured means always open. */
export function isWithinBusinessHours(hours: unknown, at: Date): boolean {
  const parsed = businessHoursSchema.safeParse(hours);
  if (!parsed.success) return true;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: parsed.data.timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = WEEKDAYS[parts.weekday!];
  const clock = `${parts.hour}:${parts.minute}`;
  return parsed.data.intervals.some((i) => i.day === day && i.open <= clock && clock < i.close);
}
