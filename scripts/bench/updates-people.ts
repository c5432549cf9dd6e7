/**
 * Simulated people for `npm run bench:updates`: each sends a message, waits for the bot's
 * complete answer, checks it, and sends the next. Each person does one kind of thing (their
 * index modulo the four kinds), so a booking conversation in progress never swallows
 * another kind's message and every latency belongs to one kind.
 *
 * "Complete answer" is exact per step: the number of bot messages (and, for a pressed button,
 * the callback answer) that step makes, counted from the emulator's events as they happen.
 * No quiet-period timeouts inflate the latency; a message beyond the expected ones is counted
 * as a stray, so a wrong expectation shows up as errors instead of skewed figures.
 */
import { performance } from 'node:perf_hooks';
import type { ChatMessage, Delivery, Emulator, EmulatorEvent } from '../../src/sandbox/emulator/index.js';
import { bookCb } from '../../src/bot/features/booking/codec.js';
import { loadLocales } from '../../src/locales/load.js';
import { loadReferenceData } from '../../src/db/seed/reference-data.js';
import type { BotKind } from './updates-bot.js';

export const KINDS = ['location', 'town', 'start', 'booking'] as const;
export type Kind = (typeof KINDS)[number];

/** How long a step may wait for its answer before it counts as an error. */
const ANSWER_TIMEOUT_MS = 10_000;
/** The only reference point with published desk hours: the one real data lets anyone book at. */
const BOOKABLE_TOWN = 'Allerona';

interface Need {
  messages: number;
  callbackAnswer: boolean;
}

export interface Answer {
  messages: ChatMessage[];
  /** performance.now() when the last expected piece arrived. */
  at: number;
}

interface Waiter {
  need: Need;
  messages: ChatMessage[];
  answered: boolean;
  resolve(a: Answer): void;
  timer: NodeJS.Timeout;
}

/** What one bot sends to each person, matched against the step each person is waiting on. */
export class Inbox {
  private readonly waiting = new Map<number, Waiter>();
  private readonly off: Array<() => void>;
  /** Bot messages or callback answers nobody was waiting for: a wrong expectation, or a late answer. */
  stray = 0;

  constructor(
    emu: Emulator,
    private readonly botId: number,
  ) {
    this.off = [
      emu.on('message', (e) => this.onMessage(e)),
      emu.on('callback_answer', (e) => this.onCallbackAnswer(e)),
    ];
  }

  /** Call before the person acts, so that no part of the answer can arrive unseen. */
  expect(chatId: number, need: Need): Promise<Answer> {
    if (this.waiting.has(chatId)) throw new Error(`person ${chatId} is already waiting for an answer`);
    return new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(chatId);
        reject(new Error('timeout'));
      }, ANSWER_TIMEOUT_MS);
      this.waiting.set(chatId, { need, messages: [], answered: false, resolve, timer });
    });
  }

  /** The person's action failed before reaching the bot: nothing is coming. */
  cancel(chatId: number): void {
    const w = this.waiting.get(chatId);
    if (!w) return;
    clearTimeout(w.timer);
    this.waiting.delete(chatId);
  }

  close(): void {
    for (const off of this.off) off();
  }

  private onMessage(e: EmulatorEvent): void {
    if (e.type !== 'message' || e.botId !== this.botId || !e.message.from?.is_bot) return;
    const w = this.waiting.get(e.chatId);
    if (!w) {
      this.stray++;
      return;
    }
    w.messages.push(e.message);
    this.settle(e.chatId, w);
  }

  private onCallbackAnswer(e: EmulatorEvent): void {
    if (e.type !== 'callback_answer' || e.botId !== this.botId) return;
    const w = this.waiting.get(e.chatId);
    if (!w || !w.need.callbackAnswer || w.answered) {
      this.stray++;
      return;
    }
    w.answered = true;
    this.settle(e.chatId, w);
  }

  private settle(chatId: number, w: Waiter): void {
    if (w.messages.length < w.need.messages || (w.need.callbackAnswer && !w.answered)) return;
    const at = performance.now();
    clearTimeout(w.timer);
    this.waiting.delete(chatId);
    w.resolve({ messages: w.messages, at });
  }
}

/** One thing a person does, what completes the bot's answer, and what a right answer looks like. */
interface Step {
  need: Need;
  act(): Promise<Delivery>;
  /** A problem with the answer, or undefined when it is the expected one. */
  check(a: Answer): string | undefined;
}

type Button = { text: string; callback_data?: string };

function buttonsOf(m: ChatMessage): Button[] {
  const markup = m.reply_markup as { inline_keyboard?: Button[][] } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}

/** The newest message of an answer with a button whose data passes `test`, and that data. */
function findButton(a: Answer | undefined, test: (data: string) => boolean): { messageId: number; data: string } | undefined {
  for (const m of [...(a?.messages ?? [])].reverse()) {
    const b = buttonsOf(m).find((x) => x.callback_data !== undefined && test(x.callback_data));
    if (b?.callback_data !== undefined) return { messageId: m.message_id, data: b.callback_data };
  }
  return undefined;
}

/** A wrong booking answer, named by its step and the start of what the bot said. */
const unexpected = (step: string, a: Answer) => `booking step "${step}" got "${(a.messages.at(-1)?.text ?? '').slice(0, 40)}…"`;

const bookAction = (a: NonNullable<ReturnType<typeof bookCb.unpack>>['a']) => (data: string) => bookCb.unpack(data)?.a === a;

/**
 * The booking conversation as a repeatable loop: /book, the town, the point, then the service
 * and Back in turn, and Cancel, so the conversation (replayed by the plugin on every update)
 * stays as long as a real booking. Cancel, not a new /book: a command halts a conversation in
 * progress and the bot then also says the booking expired, one message more. The numbers are
 * the bot messages each step makes; a pressed button also gets its callback answer.
 */
const BOOKING_LOOP = [
  { step: 'book', messages: 1 },
  { step: 'town', messages: 1 },
  { step: 'point', messages: 1 },
  { step: 'service', messages: 2 },
  { step: 'back', messages: 1 },
  { step: 'service', messages: 2 },
  { step: 'back', messages: 1 },
  { step: 'service', messages: 2 },
  { step: 'stop', messages: 1 },
] as const;
const RECOVER = -1;

/** Reference data, read once: where people stand and which towns they type. */
export interface Places {
  towns: string[];
  spots: Array<{ latitude: number; longitude: number }>;
  /** The first line of the bot's "something went wrong" answer, to tell it from a real one. */
  errorLine: string;
}

export function loadPlaces(): Places {
  const comuni = loadReferenceData().comuni;
  const errorLine = loadLocales().plain('it')('error-generic').split('\n')[0]!.trim();
  return {
    towns: comuni.map((c) => c.name),
    // A little off each comune's centre, so the nearest-point search does not see one spot only.
    spots: comuni.map((c, i) => ({ latitude: c.lat + ((i % 7) - 3) * 0.01, longitude: c.lon + ((i % 5) - 2) * 0.01 })),
    errorLine,
  };
}

export class Person {
  private turn = 0;
  /** Position in BOOKING_LOOP; RECOVER after a failed step. */
  private loop = 0;
  private last: Answer | undefined;

  constructor(
    private readonly emu: Emulator,
    private readonly token: string,
    private readonly bot: BotKind,
    readonly id: number,
    private readonly firstName: string,
    readonly kind: Kind,
    private readonly places: Places,
  ) {}

  /** The next step, given the last answer. After a failed step, a booking starts over. */
  next(): Step {
    const n = this.turn++;
    switch (this.kind) {
      case 'location': {
        const spot = this.places.spots[(this.id + n) % this.places.spots.length]!;
        return {
          need: { messages: 2, callbackAnswer: false },
          act: () => this.emu.sendLocation(this.token, this.id, spot),
          check: (a) => this.notError(a) ?? (a.messages[1]?.venue ? undefined : 'no venue after the list'),
        };
      }
      case 'town': {
        const town = this.places.towns[(this.id + n) % this.places.towns.length]!;
        return this.say(town, 1, () => undefined);
      }
      case 'start':
        // The welcome greets the person by name.
        return this.say('/start', 1, (a) => (a.messages[0]?.text?.includes(this.firstName) ? undefined : 'no welcome'));
      case 'booking':
        return this.bookingStep();
    }
  }

  /**
   * Remembers the answer (a booking's next button is on it). After a failure a booking starts
   * over, first with /cancel: it always makes one message, whether a conversation was going or
   * not, where /book would make one more in a conversation (see BOOKING_LOOP).
   */
  answered(a: Answer | undefined): void {
    this.last = a;
    if (a === undefined) this.loop = RECOVER;
  }

  private bookingStep(): Step {
    if (this.loop === RECOVER) {
      this.loop = 0;
      return this.say('/cancel', 1, () => undefined);
    }
    const at = BOOKING_LOOP[this.loop]!;
    this.loop = (this.loop + 1) % BOOKING_LOOP.length;
    if (at.step === 'book') return this.say('/book', at.messages, (a) => (findButton(a, bookAction('stop')) ? undefined : unexpected('/book', a)));
    if (at.step === 'town') return this.say(BOOKABLE_TOWN, at.messages, (a) => (findButton(a, bookAction('pt')) ? undefined : unexpected(`town ${BOOKABLE_TOWN}`, a)));
    // The echo bot's buttons say how many messages to send; the real bot's are the booking's own.
    const target =
      this.bot === 'echo'
        ? findButton(this.last, (d) => d === `echo:${at.messages}`)
        : findButton(this.last, bookAction(at.step === 'point' ? 'pt' : at.step === 'service' ? 'sv' : at.step));
    // What the answer must offer: the day list has Back, the service list services; Cancel ends it.
    const expectNext = at.step === 'service' ? bookAction('back') : at.step === 'stop' ? undefined : bookAction('sv');
    return {
      need: { messages: at.messages, callbackAnswer: true },
      act: () =>
        target
          ? this.emu.pressButton(this.token, this.id, target.messageId, target.data)
          : Promise.reject(new Error(`no button for the booking step "${at.step}"`)),
      check: (a) => this.notError(a) ?? (this.bot === 'echo' || !expectNext || findButton(a, expectNext) ? undefined : unexpected(at.step, a)),
    };
  }

  private say(text: string, messages: number, check: (a: Answer) => string | undefined): Step {
    return {
      need: { messages, callbackAnswer: false },
      act: () => this.emu.sendText(this.token, this.id, text),
      check: (a) => this.notError(a) ?? (this.bot === 'echo' ? undefined : check(a)),
    };
  }

  private notError(a: Answer): string | undefined {
    return a.messages.some((m) => (m.text ?? '').startsWith(this.places.errorLine)) ? 'the bot answered with its error message' : undefined;
  }
}

/** One finished step: when it started and ended (performance.now()), and its problem if any. */
export interface Sample {
  kind: Kind;
  start: number;
  end: number;
  error?: string;
}

/**
 * Runs every person until `keepGoing()` says stop (checked before each step); each finished
 * step goes to `record`. Resolves when every person has finished their last step.
 */
export async function drive(people: readonly Person[], inbox: Inbox, keepGoing: () => boolean, record: (s: Sample) => void): Promise<void> {
  await Promise.all(
    people.map(async (p) => {
      while (keepGoing()) {
        const step = p.next();
        const answer = inbox.expect(p.id, step.need);
        const start = performance.now();
        // With long polling the delivery settles only at the bot's next getUpdates: wait for the
        // answer, but give up at once when the action itself failed (and only while this step
        // is the one waiting: a late failure must not cancel the next step's wait).
        let waiting = true;
        const failed = step.act().then(
          () => new Promise<never>(() => {}),
          (err: unknown) => {
            if (waiting) inbox.cancel(p.id);
            throw err;
          },
        );
        try {
          const a = await Promise.race([answer, failed]);
          waiting = false;
          const problem = step.check(a);
          record({ kind: p.kind, start, end: a.at, ...(problem ? { error: problem } : {}) });
          p.answered(problem ? undefined : a);
        } catch (err) {
          waiting = false;
          answer.catch(() => {});
          record({ kind: p.kind, start, end: performance.now(), error: err instanceof Error ? err.message : String(err) });
          p.answered(undefined);
        }
      }
    }),
  );
}
