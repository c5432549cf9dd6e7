import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import { waitFor } from '../support/wait.js';
import { people, points, roleGrants } from '../../src/db/schema/index.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function publishNews(hh: Harness, text: string) {
  const fabio = await hh.citizen({ firstName: 'Fabio' });
  await fabio.say('/start');
  const [person] = await hh.db.db.select().from(people).where(eq(people.telegramId, fabio.id));
  const [foligno] = await hh.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  await hh.db.db.insert(roleGrants).values({ personId: person!.id, role: 'facilitator', pointId: foligno!.id, displayName: 'Fabio' });
  await fabio.say('/news');
  await fabio.say(text);
  await fabio.press('Senza foto');
  await fabio.press('📢 Pubblica ora');
  return fabio;
}

describe('the DigiPASS channel named by its @username', () => {
  it('is looked up once at start, and posts reach it', async () => {
    h = await harness({ env: { CHANNEL_ID: '@digipass_umbria_test' } });
    const hh = h;
    await publishNews(hh, 'Corso SPID giovedì');
    const post = await hh.channel.waitForPost('Corso SPID giovedì');
    expect(hh.channel.lastPost()).toEqual(post);
    expect(hh.logs()).toContain('channel found');
    hh.expectNoViolations();
  }, 60_000);

  it('a channel that cannot be found is said once in the log; the bot works without it', async () => {
    h = await harness({ env: { CHANNEL_ID: '@no_such_channel' } });
    const hh = h;
    const fabio = await publishNews(hh, 'Solo ai follower');
    await waitFor(() => fabio.botMessages().some((m) => m.text?.startsWith('Invio finito.')), 'the broadcast report');
    expect(hh.logs()).toContain('channel not found: posts to the channel are off');
    expect(hh.channel.posts()).toEqual([]);
    // Telegram answers the look-up of a missing channel with 400: the bot asked once, as it must.
    expect(hh.newViolations().map((v) => `${v.method}: ${v.detail}`)).toEqual(['getChat: Bad Request: chat not found']);
    hh.expectViolations('invalid_request');
  }, 60_000);
});
