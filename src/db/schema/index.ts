export * from './reference.js';
export * from './people.js';
export * from './activity.js';
export * from './system.js';
export * from './delivery.js';
