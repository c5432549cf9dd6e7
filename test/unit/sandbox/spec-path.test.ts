import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC_PATH, SpecValidator, loadSpec } from '../../../src/sandbox/emulator/spec.js';

describe('the Bot API spec the emulator validates against', () => {
  const start = process.cwd();
  afterEach(() => process.chdir(start));

  it('is found beside the emulator, whatever the working directory', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'digipass-cwd-'));
    try {
      process.chdir(elsewhere);
      expect(DEFAULT_SPEC_PATH).toBe(path.join(start, 'src/sandbox/emulator/spec/telegram-bot-api.json'));
      const spec = new SpecValidator(loadSpec());
      expect(() => spec.validate('sendMessage', { chat_id: 1 })).toThrow(/text/);
      expect(spec.validate('sendMessage', { chat_id: 1, text: 'ciao' })).toMatchObject({ chat_id: 1, text: 'ciao' });
    } finally {
      process.chdir(start);
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
