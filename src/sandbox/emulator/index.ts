/**
 * A strict local Telegram Bot API emulator for integration tests and the demo
 * web chat. See `startEmulator`, the `Emulator` interface and README.md beside
 * this file (what is emulated, and where the sandbox is stricter than Telegram).
 */
export { startEmulator } from './emulator.js';
export type {
  BotInfo,
  BotSummary,
  CallbackAnswer,
  CallRecord,
  ChatMessage,
  Delivery,
  EmulatedFile,
  Emulator,
  EmulatorEvent,
  EmulatorEventType,
  EmulatorOptions,
  FloodLimits,
  StoredCommands,
  TgChat,
  TgUser,
  Violation,
  ViolationKind,
} from './types.js';
export { DEFAULT_LIMITS, FloodController, TokenBucket } from './limits.js';
export { parseHtml, EntityParseError } from './text/html.js';
export { parseMarkdownV2 } from './text/markdown.js';
export { formatText } from './text/format.js';
export { loadSpec, SpecValidator } from './spec.js';
export { EMULATED_METHODS } from './methods/index.js';
