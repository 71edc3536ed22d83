export * from './can.js';
export * from './permissions.js';
export * from './roles.js';
