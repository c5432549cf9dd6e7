export * from './queue.js';
export * from './worker.js';
export * from './sender.js';
export * from './gate.js';
