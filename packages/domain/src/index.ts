export * from './access/index.js';
export * from './compliance/index.js';
export * from './contracts/index.js';
export * from './errors.js';
export * from './gaps/index.js';
export * from './model/index.js';
export * from './plan/index.js';
