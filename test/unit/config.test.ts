import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, createConfig, databaseConfig, loadDotEnv } from '../../src/config.js';

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

  it('tells a set but malformed PUBLIC_URL from a missing one', () => {
    const webhook = { BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_SECRET: 'abc' };
    expect(problems(webhook)).toEqual([expect.stringMatching(/^PUBLIC_URL is required in webhook mode/)]);
    const bad = problems({ ...webhook, PUBLIC_URL: 'notaurl' });
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^PUBLIC_URL must be a full https address/);
    expect(bad[0]).not.toContain('required');
    expect(problems({ ...webhook, PUBLIC_URL: 'ftp://bot.example.org' })[0]).toMatch(/^PUBLIC_URL must be a full https address/);
  });

  it('accepts only an http(s) Bot API root', () => {
    expect(problems({ BOT_TOKEN: token, TELEGRAM_API_ROOT: 'ftp://x' })).toEqual([
      'TELEGRAM_API_ROOT must be an http(s) URL such as https://api.telegram.org',
    ]);
    expect(problems({ BOT_TOKEN: token, TELEGRAM_API_ROOT: 'api.telegram.org' })[0]).toMatch(/^TELEGRAM_API_ROOT must be an http\(s\) URL/);
    expect(createConfig({ BOT_TOKEN: token, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' }).apiRoot).toBe('http://127.0.0.1:8081');
  });

  it('explains a wrong LOG_LEVEL, the privacy texts and numbers in plain words of its own', () => {
    expect(problems({ BOT_TOKEN: token, LOG_LEVEL: 'loud' })).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ]);
    const long = 'x'.repeat(301);
    expect(problems({ BOT_TOKEN: token, PRIVACY_CONTROLLER: long, PRIVACY_DPO_CONTACT: long })).toEqual([
      'PRIVACY_CONTROLLER must be at most 300 characters',
      'PRIVACY_DPO_CONTACT must be at most 300 characters',
    ]);
    expect(problems({ BOT_TOKEN: token, OPEN_DATA_LICENCE: 'x'.repeat(201) })).toEqual(['OPEN_DATA_LICENCE must be at most 200 characters']);
    expect(problems({ BOT_TOKEN: token, PORT: '70000' })).toEqual(['PORT must be a port number, from 0 to 65535']);
    expect(problems({ BOT_TOKEN: token, RETENTION_DAYS: '0' })[0]).toMatch(/^RETENTION_DAYS must be a whole number of days .*, from 1 to 3650$/);
    expect(problems({ BOT_TOKEN: token, RATE_LIMIT_PER_MINUTE: '1.5' })[0]).toMatch(/^RATE_LIMIT_PER_MINUTE must be a whole number/);
    // None of zod's own wording reaches a person configuring the bot.
    const all = [
      ...problems({ BOT_TOKEN: token, LOG_LEVEL: 'loud', PORT: '-1', PRIVACY_CONTROLLER: long, CONVERSATION_TIMEOUT_MINUTES: '-3', FLOOD_RATE_SCALE: '0' }),
    ];
    expect(all).toHaveLength(5);
    for (const p of all) expect(p).not.toMatch(/Invalid|Too big|Too small|expected|received/);
  });

  it('gives the scripts only the database settings, with the same rules', () => {
    expect(databaseConfig({ BOT_TOKEN: '', BOT_MODE: 'webhook' })).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(databaseConfig({ DATABASE_URL: 'postgres://u@h/db', DATA_DIR: '' })).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(databaseConfig({ DATA_DIR: '/var/lib/digipass' })).toEqual({ kind: 'pglite', dataDir: '/var/lib/digipass' });
    expect(() => databaseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      databaseConfig({ DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as ConfigError).problems).toEqual(['DATABASE_URL must start with postgres:// (leave it unset for the embedded database)']);
    }
  });

  it('reads .env from the working directory without overriding the real environment', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'digipass-dotenv-'));
    const keys = ['DIGIPASS_TEST_FROM_FILE', 'DIGIPASS_TEST_BOTH', 'DIGIPASS_TEST_EMPTY'] as const;
    const saved = keys.map((k) => process.env[k]);
    try {
      expect(loadDotEnv(dir)).toBeUndefined();
      writeFileSync(path.join(dir, '.env'), 'DIGIPASS_TEST_FROM_FILE=file\nDIGIPASS_TEST_BOTH=file\nDIGIPASS_TEST_EMPTY=file\n');
      delete process.env.DIGIPASS_TEST_FROM_FILE;
      process.env.DIGIPASS_TEST_BOTH = 'real';
      process.env.DIGIPASS_TEST_EMPTY = '';
      expect(loadDotEnv(dir)).toBe(path.join(dir, '.env'));
      expect(process.env.DIGIPASS_TEST_FROM_FILE).toBe('file');
      expect(process.env.DIGIPASS_TEST_BOTH).toBe('real');
      expect(process.env.DIGIPASS_TEST_EMPTY).toBe('');
    } finally {
      keys.forEach((k, i) => {
        if (saved[i] === undefined) delete process.env[k];
        else process.env[k] = saved[i];
      });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
