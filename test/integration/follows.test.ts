import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import { follows, people } from '../../src/db/schema/index.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h?.close();
});

const followsOf = async (tg: number) => {
  const [p] = await h.db.db.select().from(people).where(eq(people.telegramId, tg));
  return (await h.db.db.select().from(follows).where(eq(follows.personId, p!.id))).map((f) => (f.pointId !== null ? `point` : `zone ${f.zoneNumber}`));
};

describe('/follow: the points and zones a citizen follows', () => {
  it('lists them, follows a whole zone, and stops following with one tap', async () => {
    const rita = await h.citizen({ firstName: 'Rita' });
    await rita.say('/follow');
    expect(rita.lastText()).toContain('Non segui ancora nessun punto.');

    await rita.say('Foligno');
    await rita.press(/DigiPASS Foligno/);
    await rita.press('🔔 Segui questo punto');
    await rita.say('/follow');
    expect(rita.lastText()).toContain('📍 DigiPASS Foligno');

    await rita.press('🗺 Segui una zona intera');
    await rita.press(/^8 · /);
    expect(rita.botMessages().at(-2)!.text).toBe('Fatto: ora segui questa zona.');
    expect(rita.lastText()).toMatch(/🗺 Zona sociale 8 · .+ \(tutti i suoi punti\)/);
    expect(await followsOf(rita.id)).toEqual(['point', 'zone 8']);

    await rita.press('🔕 Non seguire più DigiPASS Foligno');
    expect(await followsOf(rita.id)).toEqual(['zone 8']);
    h.expectNoViolations();
  });

  it("a forged button touches only the presser's own follows", async () => {
    const ugo = await h.citizen({ firstName: 'Ugo' });
    const vera = await h.citizen({ firstName: 'Vera' });
    await vera.say('/follow');
    await vera.press('🗺 Segui una zona intera');
    await vera.press(/^8 · /);
    await ugo.say('/follow');
    // Ugo presses "stop following zone 8" (which only Vera follows) and a zone that does not exist.
    await h.emulator.pressButton(h.token, ugo.id, ugo.botMessages().at(-1)!.message_id, 'fl:z:8', { forge: true });
    await h.emulator.pressButton(h.token, ugo.id, ugo.botMessages().at(-1)!.message_id, 'fl:a:99', { forge: true });
    expect(ugo.lastText()).toBe('Questo pulsante non è più valido. Scrivi /start per ricominciare.');
    expect(await followsOf(vera.id)).toEqual(['zone 8']);
    expect(await followsOf(ugo.id)).toEqual([]);
    h.expectNoViolations();
  });
});
