import { existsSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startDemo, type Demo } from '../../../src/sandbox/demo.js';
import { DEMO_PERSONAS } from '../../../src/sandbox/demo-data.js';

/**
 * `npm run demo` end to end: the web chat in a real (headless) Chromium talks to the real bot
 * through the Telegram emulator. The browser part needs Debian's chromium at /usr/bin/chromium
 * and is skipped, saying so, without it; the server part always runs.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`[demo browser test] SKIPPED: ${CHROMIUM} not found. Install Debian's "chromium" package to run it.`);
}
const RESULTS = path.resolve('test-results');

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo({ port: 0, dataDir: null, quiet: true });
});
afterAll(async () => {
  await demo?.stop();
});

describe('the demo server', () => {
  it('serves the page, the demo info and the emulator client API through its proxy', async () => {
    const page = await fetch(`${demo.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('data-testid="persona-screen"');

    const info = (await (await fetch(`${demo.url}/demo/api/info`)).json()) as {
      bot: { id: number; username: string };
      channel: { id: number; title: string };
      personas: { key: string; id: number; role: string; label: { it: string } }[];
      comuni: { name: string; lat: number; lon: number }[];
      languages: { code: string; name: string }[];
    };
    expect(info.bot.username).toBe('DigiPassUmbriaBot');
    expect(info.personas.map((p) => [p.key, p.id])).toEqual([
      ['facilitator', DEMO_PERSONAS.facilitator.telegramId],
      ['coordinator', DEMO_PERSONAS.coordinator.telegramId],
      ['admin', DEMO_PERSONAS.admin.telegramId],
    ]);
    expect(info.personas[0]?.label.it).toBe('Fabio, facilitatore di DigiPASS Foligno');
    expect(info.comuni).toHaveLength(92);
    expect(info.comuni.find((c) => c.name === 'Foligno')?.lat).toBeCloseTo(42.95, 1);
    expect(info.languages.map((l) => l.code)).toEqual(['it', 'en', 'ro', 'sq', 'ar', 'uk', 'es']);
    expect(JSON.stringify(info)).not.toMatch(/\d+:[A-Za-z0-9_-]{20,}/);

    const state = (await (await fetch(`${demo.url}/sandbox/api/state`)).json()) as {
      bots: { id: number }[];
      users: { id: number }[];
      channels: { id: number; title: string; adminBotIds: number[] }[];
    };
    expect(state.bots.map((b) => b.id)).toEqual([info.bot.id]);
    expect(state.users.map((u) => u.id)).toEqual(info.personas.map((p) => p.id));
    expect(state.channels).toEqual([{ id: info.channel.id, title: 'DigiPASS Umbria (demo)', username: null, adminBotIds: [info.bot.id] }]);

    // Only loopback Host names: a guard against DNS rebinding (fetch cannot set Host, node:http can).
    const foreign = await new Promise<number>((resolve, reject) => {
      const req = request(`${demo.url}/demo/api/info`, { headers: { host: 'example.org' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(foreign).toBe(403);
  });
});

describe.skipIf(!hasChromium)('the demo in a browser', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const watch = (page: Page): void => {
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
  };
  /** Waits for a bot bubble containing `text` (the page updates from the event stream). */
  const botSays = async (page: Page, text: string): Promise<Locator> => {
    const bubble = page.locator('[data-testid="message"][data-from="bot"]', { hasText: text }).last();
    await bubble.waitFor({ timeout: 15_000 });
    return bubble;
  };

  it('lets a new citizen talk to the bot: welcome, language, town search, location', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'it-IT', reducedMotion: 'reduce' });
    const page = await context.newPage();
    watch(page);
    await page.goto(demo.url);

    await expect(page.getByTestId('demo-banner').textContent()).resolves.toContain('no real data is sent anywhere');
    await page.getByTestId('persona-facilitator').waitFor();
    await page.getByTestId('citizen-name').fill('Giulia');
    await page.getByTestId('citizen-lang-it').check();
    await page.getByTestId('citizen-start').click();

    const input = page.getByTestId('message-input');
    await input.fill('/start');
    await input.press('Enter');
    await page.locator('[data-testid="message"][data-from="me"]', { hasText: '/start' }).waitFor();
    const welcome = await botSays(page, 'Ciao Giulia!');
    // Rendered from entities: the name is bold, and the text is text.
    await expect(welcome.locator('strong', { hasText: 'Giulia' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('messages').getAttribute('role')).resolves.toBe('log');

    await page.getByTestId('reply-button').filter({ hasText: '🌐 Lingua' }).click();
    await botSays(page, 'Scegli la lingua:');
    await page.getByTestId('messages').getByTestId('inline-button').filter({ hasText: /^English$/ }).click();
    await botSays(page, 'Done! I will write to you in English.');
    await page.getByTestId('reply-button').filter({ hasText: '🌐 Language' }).waitFor();

    await input.fill('Foligno');
    await page.getByTestId('send-button').click();
    const town = await botSays(page, 'DigiPASS Foligno');
    await expect(town.getByTestId('inline-button').count()).resolves.toBeGreaterThan(0);

    // The location picker: a comune's centre, answered with the nearest points and a venue card.
    await page.getByTestId('location-button').click();
    await page.getByTestId('location-comune').selectOption({ label: 'Foligno (PG)' });
    await page.getByTestId('location-send-comune').click();
    const venue = page.locator('[data-testid="message"][data-from="bot"] .place-card').last();
    await venue.waitFor({ timeout: 15_000 });
    await expect(venue.locator('a[href^="https://www.openstreetmap.org/"]').count()).resolves.toBe(1);

    await expect(page.getByTestId('channel').textContent()).resolves.toContain('Canale DigiPASS Umbria');
    await page.screenshot({ path: path.join(RESULTS, 'demo.png'), fullPage: true });

    // The renderer never turns message text into markup; entity offsets are UTF-16 units.
    // (A string, so the test runner does not rewrite the page's dynamic import.)
    const rendered = (await page.evaluate(`(async () => {
      const { renderText } = await import('/render.js');
      const html = (text, entities) => {
        const div = document.createElement('div');
        div.append(renderText(document, text, entities));
        return div.innerHTML;
      };
      return {
        hostile: html('<img src=x onerror=alert(1)> & <b>x</b>', [{ type: 'bold', offset: 0, length: 4 }]),
        emoji: html('😀 ciao 👋 bold!', [{ type: 'bold', offset: 11, length: 4 }]),
        overlap: html('abcdefghij', [
          { type: 'bold', offset: 0, length: 5 },
          { type: 'italic', offset: 3, length: 5 },
        ]),
        link: html('qui e là', [
          { type: 'text_link', offset: 0, length: 3, url: 'javascript:alert(1)' },
          { type: 'text_link', offset: 6, length: 2, url: 'https://www.regione.umbria.it/' },
        ]),
      };
    })()`)) as { hostile: string; emoji: string; overlap: string; link: string };
    expect(rendered.hostile).toBe('<strong>&lt;img</strong> src=x onerror=alert(1)&gt; &amp; &lt;b&gt;x&lt;/b&gt;');
    expect(rendered.emoji).toBe('😀 ciao 👋 <strong>bold</strong>!');
    expect(rendered.overlap).toBe('<strong>abc<em>de</em></strong><em>fgh</em>ij');
    expect(rendered.link).toBe(
      '<span class="link-dropped">qui</span> e <a href="https://www.regione.umbria.it/" target="_blank" rel="noopener noreferrer">là</a>',
    );

    // The same chat at 200% zoom (half the CSS width, twice the pixels), resumed after a reload.
    // (Browser-side code as strings: this project's TypeScript has no DOM types.)
    const me = (await page.evaluate("sessionStorage.getItem('digipass-demo-me')")) as string | null;
    expect(me).toContain('Giulia');
    const zoomed = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, locale: 'it-IT', reducedMotion: 'reduce' });
    await zoomed.addInitScript({ content: `sessionStorage.setItem('digipass-demo-me', ${JSON.stringify(me)});` });
    const small = await zoomed.newPage();
    watch(small);
    await small.goto(demo.url);
    await botSays(small, 'Done! I will write to you in English.');
    // No horizontal scrolling at 200%.
    const overflow = (await small.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await small.screenshot({ path: path.join(RESULTS, 'demo-zoom200.png'), fullPage: true });
    await zoomed.close();
    await context.close();

    expect(pageErrors).toEqual([]);
    expect(demo.emulator.violations.map((v) => `${v.method}: ${v.kind}: ${v.detail}`)).toEqual([]);
  }, 60_000);
});
