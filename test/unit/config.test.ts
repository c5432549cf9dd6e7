import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../../src/config.js';

const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0';

function problems(env: Record<string, string | undefined>): string[] {
  try {
    createConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('configuration', () => {
  it('needs only the token and defaults to polling on the embedded database in ./data', () => {
    const c = createConfig({ BOT_TOKEN: token });
    expect(c.mode).toEqual({ kind: 'polling' });
    expect(c.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(c.apiRoot).toBe('https://api.telegram.org');
    expect(c.http.port).toBe(8080);
    expect(c.adminTelegramIds).toEqual([]);
  });

  it('uses PostgreSQL when DATABASE_URL is set and strips a trailing slash from the API root', () => {
    const c = createConfig({
      BOT_TOKEN: token,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9000/',
      ADMIN_TELEGRAM_IDS: '111, 222',
      CHANNEL_ID: '-1001234567890',
    });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(c.apiRoot).toBe('http://127.0.0.1:9000');
    expect(c.adminTelegramIds).toEqual([111, 222]);
    expect(c.channelId).toBe(-1001234567890);
  });

  it('reads the retention period and the booking limits, with the documented defaults', () => {
    const d = createConfig({ BOT_TOKEN: token });
    expect(d.retentionDays).toBe(90);
    expect(d.booking).toEqual({ maxFutureBookings: 2, cancelUntilHours: 2, minNoticeMinutes: 120 });
    const c = createConfig({ BOT_TOKEN: token, RETENTION_DAYS: '30', BOOKING_MAX_FUTURE: '3', BOOKING_CANCEL_HOURS: '24', BOOKING_MIN_NOTICE_MINUTES: '60' });
    expect(c.retentionDays).toBe(30);
    expect(c.booking).toEqual({ maxFutureBookings: 3, cancelUntilHours: 24, minNoticeMinutes: 60 });
    expect(problems({ BOT_TOKEN: token, RETENTION_DAYS: 'soon' }).join()).toMatch(/^RETENTION_DAYS must be a whole number of days/);
    expect(problems({ BOT_TOKEN: token, BOOKING_MAX_FUTURE: '0' }).join()).toMatch(/^BOOKING_MAX_FUTURE/);
  });

  it('names the missing token and says what it is', () => {
    const p = problems({});
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^BOT_TOKEN is required/);
  });

  it('requires PUBLIC_URL and WEBHOOK_SECRET in webhook mode, naming both', () => {
    const p = problems({ BOT_TOKEN: token, BOT_MODE: 'webhook' });
    expect(p.some((x) => x.startsWith('PUBLIC_URL'))).toBe(true);
    expect(p.some((x) => x.startsWith('WEBHOOK_SECRET'))).toBe(true);
    const ok = createConfig({
      BOT_TOKEN: token,
      BOT_MODE: 'webhook',
      PUBLIC_URL: 'https://bot.example.org/',
      WEBHOOK_SECRET: 'abc_DEF-123',
    });
    expect(ok.mode).toEqual({ kind: 'webhook', publicUrl: 'https://bot.example.org', secret: 'abc_DEF-123' });
  });

  it('rejects bad values with the variable named', () => {
    expect(problems({ BOT_TOKEN: 'not-a-token' })[0]).toMatch(/^BOT_TOKEN must look like/);
    expect(problems({ BOT_TOKEN: token, BOT_MODE: 'push' })[0]).toMatch(/^BOT_MODE must be "polling" or "webhook"/);
    expect(problems({ BOT_TOKEN: token, PORT: 'eighty' })[0]).toMatch(/^PORT /);
    expect(problems({ BOT_TOKEN: token, DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL must start with postgres/);
    expect(problems({ BOT_TOKEN: token, ADMIN_TELEGRAM_IDS: '12,abc' })[0]).toMatch(/^ADMIN_TELEGRAM_IDS .*"abc"/);
    expect(problems({ BOT_TOKEN: token, LOG_LEVEL: 'loud' })[0]).toMatch(/^LOG_LEVEL /);
    expect(
      problems({ BOT_TOKEN: token, BOT_MODE: 'webhook', PUBLIC_URL: 'https://x.org', WEBHOOK_SECRET: 'has space' })[0],
    ).toMatch(/^WEBHOOK_SECRET must be/);
  });
});
