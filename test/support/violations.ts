import { afterAll, afterEach, expect } from 'vitest';
import type { Emulator, Violation, ViolationKind } from '../../src/sandbox/emulator/index.js';

/**
 * Every integration test ends with the emulator having seen nothing Telegram would reject.
 *
 * Importing this module (the harness does) registers, for the importing test file, an
 * `afterEach` that checks every watched emulator for violations recorded since the previous
 * check, and then moves the checkpoint on: a violation a test caused on purpose is charged to
 * that test alone, never to the ones after it. A test that causes one on purpose says so with
 * `allowViolations(...)` (tolerated in this test only) or `expectViolations(...)` (must happen).
 * An `afterAll` does the same for what happens after the last test (set-up and shut-down).
 */

/** The test file this module's hooks were registered for (vitest isolates modules per file). */
const hookedFile = expect.getState().testPath;
const watched = new Set<WatchState>();

export interface ViolationWatch {
  /** This test may cause violations of these kinds (consumed when the test ends). */
  allowViolations(...kinds: ViolationKind[]): void;
  /**
   * This test caused violations of exactly these kinds (each at least once, nothing else) since
   * the last check: asserted now, and the checkpoint moves past them.
   */
  expectViolations(...kinds: ViolationKind[]): void;
  /** Nothing Telegram would reject since the last check (besides what this test allowed). */
  expectNoViolations(): void;
  /** Violations since the last check, for a test's own assertions. */
  newViolations(): Violation[];
  /** The emulator is closed: checked once more at the end of the current test, then forgotten. */
  release(): void;
}

interface WatchState {
  readonly emulator: Emulator;
  readonly name: string;
  checkpoint: number;
  allowed: Set<ViolationKind>;
  /** Tolerated in every test (e.g. 429s a sender honoured, in a test at Telegram's real rates). */
  readonly always: ReadonlySet<ViolationKind>;
  released: boolean;
}

const show = (v: Violation) => `${v.method}: ${v.kind}: ${v.detail}`;

function fresh(w: WatchState): Violation[] {
  return w.emulator.violations.slice(w.checkpoint);
}

function unexpected(w: WatchState): string[] {
  return fresh(w)
    .filter((v) => !w.allowed.has(v.kind) && !w.always.has(v.kind))
    .map(show);
}

/** Throws unless the current test file has the after-each check (it always does once this module is imported by it). */
export function assertViolationHookRegistered(): void {
  const current = expect.getState().testPath;
  if (current !== undefined && current !== hookedFile) {
    throw new Error(
      `the emulator's violation check is registered for ${String(hookedFile)}, not for ${current}: run the tests with isolated modules (vitest's default)`,
    );
  }
}

/** True when this module's hooks are registered for the running test file. */
export function violationHookRegistered(): boolean {
  return hookedFile !== undefined && hookedFile === expect.getState().testPath;
}

/**
 * Watches an emulator a test file built itself (a harness watches its own). `allow` lists kinds
 * tolerated in every test of the file; prefer `allowViolations` in the one test that needs it.
 */
export function watchViolations(emulator: Emulator, opts: { name?: string; allow?: ViolationKind[] } = {}): ViolationWatch {
  assertViolationHookRegistered();
  const w: WatchState = {
    emulator,
    name: opts.name ?? 'emulator',
    checkpoint: 0,
    allowed: new Set(),
    always: new Set(opts.allow ?? []),
    released: false,
  };
  watched.add(w);
  return {
    allowViolations(...kinds) {
      for (const k of kinds) w.allowed.add(k);
    },
    expectViolations(...kinds) {
      const got = fresh(w);
      const gotKinds = new Set(got.map((v) => v.kind));
      const missing = kinds.filter((k) => !gotKinds.has(k));
      const others = got.filter((v) => !kinds.includes(v.kind) && !w.allowed.has(v.kind) && !w.always.has(v.kind)).map(show);
      expect({ missing, others }, `violations expected: ${kinds.join(', ')}; recorded: ${JSON.stringify(got.map(show))}`).toEqual({ missing: [], others: [] });
      w.checkpoint = w.emulator.violations.length;
    },
    expectNoViolations() {
      expect(unexpected(w)).toEqual([]);
    },
    newViolations: () => fresh(w),
    release() {
      w.released = true;
    },
  };
}

function settle(when: string): void {
  const problems: string[] = [];
  for (const w of watched) {
    for (const p of unexpected(w)) problems.push(`${w.name}: ${p}`);
    w.checkpoint = w.emulator.violations.length;
    w.allowed.clear();
    if (w.released) watched.delete(w);
  }
  expect(problems, `the emulator recorded violations ${when} (Telegram would reject these calls; a test that causes one on purpose declares it with allowViolations/expectViolations)`).toEqual([]);
}

afterEach(() => settle('in this test'));
afterAll(() => {
  try {
    settle('after the last test (in set-up or shut-down)');
  } finally {
    watched.clear();
  }
});
