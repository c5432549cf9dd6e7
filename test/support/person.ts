import type { Emulator, ChatMessage } from '../../src/sandbox/emulator/index.js';

type InlineButton = { text: string; callback_data?: string; url?: string };

/** A simulated person in a private chat with the bot: says, shares, presses, reads. */
export class SimulatedPerson {
  constructor(
    private readonly emu: Emulator,
    private readonly token: string,
    readonly id: number,
  ) {}

  /** Sends a text (commands get their entity) and waits until the bot has handled it. */
  async say(text: string): Promise<void> {
    await this.emu.sendText(this.token, this.id, text);
  }

  async shareLocation(latitude: number, longitude: number): Promise<void> {
    await this.emu.sendLocation(this.token, this.id, { latitude, longitude });
  }

  /** Sends a photo (image bytes) and returns the file_id of its largest size, as a bot would keep it. */
  async sendPhoto(bytes: Uint8Array, caption?: string): Promise<string> {
    const d = await this.emu.sendPhoto(this.token, this.id, { bytes, ...(caption !== undefined ? { caption } : {}) });
    const sizes = d.update.message?.photo;
    if (!sizes || sizes.length === 0) throw new Error('the photo was not sent');
    return sizes.at(-1)!.file_id;
  }

  /** Messages in the chat as last edited, both directions. */
  messages(): ChatMessage[] {
    return this.emu.messages(this.token, this.id);
  }

  /** Messages from the bot only. */
  botMessages(): ChatMessage[] {
    return this.messages().filter((m) => m.from?.is_bot);
  }

  lastBotMessage(): ChatMessage {
    const all = this.botMessages();
    const last = all[all.length - 1];
    if (!last) throw new Error('the bot has sent nothing yet');
    return last;
  }

  lastText(): string {
    const m = this.lastBotMessage();
    return m.text ?? m.caption ?? '';
  }

  /** Labels of the reply keyboard the person sees now. */
  replyKeyboard(): string[] {
    const kb = this.emu.replyKeyboard(this.token, this.id);
    return kb ? kb.keyboard.flat().map((b) => (typeof b === 'string' ? b : b.text)) : [];
  }

  /** Inline buttons of the newest bot message that has any. */
  inlineButtons(): InlineButton[] {
    const withKb = [...this.botMessages()].reverse().find((m) => inlineRows(m).length > 0);
    return withKb ? inlineRows(withKb).flat() : [];
  }

  /**
   * Presses a button by its label: an inline button on the newest message showing it,
   * otherwise a reply-keyboard button (which sends its text, or the location it asks for).
   */
  async press(label: string | RegExp, location?: { latitude: number; longitude: number }): Promise<void> {
    const matches = (t: string) => (typeof label === 'string' ? t === label : label.test(t));
    for (const m of [...this.botMessages()].reverse()) {
      const button = inlineRows(m).flat().find((b) => matches(b.text));
      if (button?.callback_data !== undefined) {
        await this.emu.pressButton(this.token, this.id, m.message_id, button.callback_data);
        return;
      }
      if (button) throw new Error(`"${button.text}" is not a callback button`);
    }
    const kb = this.emu.replyKeyboard(this.token, this.id);
    const reply = kb?.keyboard.flat().find((b) => matches(typeof b === 'string' ? b : b.text));
    if (reply) {
      const b = typeof reply === 'string' ? { text: reply } : reply;
      if ('request_location' in b && b.request_location) {
        if (!location) throw new Error(`"${b.text}" asks for a location: pass one`);
        await this.shareLocation(location.latitude, location.longitude);
      } else {
        await this.say(b.text);
      }
      return;
    }
    throw new Error(`No button "${String(label)}" visible. Inline: ${JSON.stringify(this.inlineButtons().map((b) => b.text))}; reply: ${JSON.stringify(this.replyKeyboard())}`);
  }
}

function inlineRows(m: ChatMessage): InlineButton[][] {
  const markup = m.reply_markup as { inline_keyboard?: InlineButton[][] } | undefined;
  return markup?.inline_keyboard ?? [];
}
