/**
 * When a point's news may go out later: a moment people type ("domani 10", "12/3 15:30",
 * "lunedì 9"), read in Rome's time, in the future and not too far ahead. Pure: `now` is an argument.
 */
import { parseDateTime } from './event-input.js';
import { addDays, isoWeekday, localDateInRome, romeInstant } from './time.js';

/** A scheduled news further ahead than this is probably a typo (a wrong month or year). */
export const NEWS_SCHEDULE_MAX_DAYS = 60;

export type PublishAtProblem = 'unreadable' | 'past' | 'too-far';

/** Why a moment cannot be used, or undefined when it can: strictly after `now`, within the limit. */
export function publishAtProblem(at: Date, now: Date, maxDays = NEWS_SCHEDULE_MAX_DAYS): Exclude<PublishAtProblem, 'unreadable'> | undefined {
  if (at.getTime() <= now.getTime()) return 'past';
  if (at.getTime() - now.getTime() > maxDays * 24 * 3_600_000) return 'too-far';
  return undefined;
}

/**
 * What a facilitator typed, as an instant; or why it cannot be used, so the question is
 * asked again with the right hint.
 */
export function readPublishAt(input: string, now: Date, maxDays = NEWS_SCHEDULE_MAX_DAYS): { at: Date } | { problem: PublishAtProblem } {
  const local = parseDateTime(input, localDateInRome(now));
  if (!local) return { problem: 'unreadable' };
  const at = romeInstant(local.date, local.minutes);
  const problem = publishAtProblem(at, now, maxDays);
  return problem ? { problem } : { at };
}

/**
 * One-tap choices, the usual ones: tomorrow morning, tomorrow afternoon, next Monday
 * morning (the start of the week, when people plan it). In order, without repeats.
 */
export function publishAtSuggestions(now: Date): Date[] {
  const today = localDateInRome(now);
  const tomorrow = addDays(today, 1);
  const toMonday = ((8 - isoWeekday(today)) % 7) || 7;
  const candidates = [romeInstant(tomorrow, 9 * 60), romeInstant(tomorrow, 17 * 60), romeInstant(addDays(today, toMonday), 9 * 60)];
  const out: Date[] = [];
  for (const c of candidates) if (!out.some((d) => d.getTime() === c.getTime()) && !publishAtProblem(c, now)) out.push(c);
  return out;
}
