export * from './inputs.js';
export * from './model.js';
export * from './outputs.js';
