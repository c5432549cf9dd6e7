import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every integration test ends with a check that the emulator saw nothing Telegram would reject.
 * The check is an `afterEach` registered by test/support/violations.ts for each file that
 * imports it: the harness does, so every file that builds a harness gets it; a file that starts
 * an emulator (or a demo, or a fleet of bot processes) itself must hand it to `watchViolations`.
 * The emulator's own tests (test/integration/emulator/) cause violations on purpose and read them.
 */
const ROOT = path.resolve('test/integration');
const OWN_TESTS = path.join(ROOT, 'emulator');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p === OWN_TESTS ? [] : testFiles(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** A file's code without comments, so a mention in prose does not count. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

const files = testFiles(ROOT);

describe('the no-violation check covers every integration test', () => {
  it('finds the integration test files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('is registered by the harness itself, before it builds anything', () => {
    const harness = code(path.resolve('test/support/harness.ts'));
    expect(harness).toMatch(/from '\.\/violations\.js'/);
    const body = harness.slice(harness.indexOf('export async function harness('));
    expect(body.indexOf('assertViolationHookRegistered()')).toBeGreaterThan(0);
    expect(body.indexOf('assertViolationHookRegistered()')).toBeLessThan(body.indexOf('createTestDatabase('));
    expect(body).toMatch(/watchViolations\(emulator/);
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f), f]))('%s', (_name, file) => {
    const src = code(file);
    if (/\bharness\(/.test(src)) {
      expect(src, 'a file that builds a harness imports it from test/support').toMatch(/from '(\.\.\/)+support\/harness\.js'/);
    }
    const own = src.match(/\b(startEmulator|startFleet|startDemo)\(/);
    if (own) {
      expect(src, `a file that calls ${own[1]}() itself watches that emulator: watchViolations(...) from test/support/violations.ts`).toMatch(
        /\bwatchViolations\(/,
      );
    }
  });
});
