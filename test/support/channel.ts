import type { ChatMessage, Emulator } from '../../src/sandbox/emulator/index.js';
import { waitFor } from './wait.js';

/** What a subscriber of the DigiPASS channel sees: its posts, each as last edited, deleted ones gone. */
export class ChannelReader {
  constructor(
    private readonly emu: Emulator,
    private readonly token: string,
    readonly id: number,
  ) {}

  posts(): ChatMessage[] {
    return this.emu.messages(this.token, this.id);
  }

  /** The newest post; throws when the channel is empty. */
  lastPost(): ChatMessage {
    const last = this.posts().at(-1);
    if (!last) throw new Error('nothing has been posted to the channel');
    return last;
  }

  /** The text a subscriber reads: a post's text, or its caption. */
  static shown(m: ChatMessage): string {
    return m.text ?? m.caption ?? '';
  }

  /** Waits for a post whose text (or caption) contains `text`, or matches the expression. */
  async waitForPost(text: string | RegExp, timeoutMs?: number): Promise<ChatMessage> {
    const matches = (m: ChatMessage) => {
      const shown = ChannelReader.shown(m);
      return typeof text === 'string' ? shown.includes(text) : text.test(shown);
    };
    return waitFor(() => this.posts().find(matches), `a channel post showing ${String(text)}`, timeoutMs);
  }
}
