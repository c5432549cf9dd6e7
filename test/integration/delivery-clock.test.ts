import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../support/harness.js';
import { waitFor } from '../support/wait.js';
import { sendLater } from '../../src/jobs/queue.js';

// The business clock stands still a day behind the wall clock, as in the booking tests.
const frozen = new Date(Date.now() - 24 * 3_600_000);
let h: Harness;
beforeAll(async () => {
  // One message per chat, refilled slowly: a second reply in a row gets a short retry_after.
  h = await harness({ clock: () => frozen, limits: { perChatBurst: 1, perChatPerSecond: 0.5 } });
});
afterAll(async () => {
  await h?.close();
});

describe('the sender paces on the wall clock, whatever the business clock says', () => {
  it('after a reply waited out a 2-second retry_after, a queued message still goes out in seconds', async () => {
    const p = await h.citizen({ firstName: 'Orsola' });
    await p.say('/start');
    await p.say('/help'); // 429 with retry_after 2: the gate records a pause until now + 2 s (wall clock)
    expect(p.botMessages()).toHaveLength(2);
    h.emulator.setLimits({ perChatBurst: 1, perChatPerSecond: 1 }); // Telegram's own rate again: no further 429
    await sendLater(h.db.db, p.id, { method: 'sendMessage', params: { text: 'Promemoria di prova' } }, frozen);
    // Measured against the frozen clock that pause would look a day long, and the message would wait a day.
    const m = await waitFor(() => p.botMessages().find((x) => x.text === 'Promemoria di prova'), 'the queued message', 10_000);
    expect(m.text).toBe('Promemoria di prova');
    h.expectNoViolations();
  });
});
