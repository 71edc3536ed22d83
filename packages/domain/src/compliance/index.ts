export * from './ikk-coach-hours.js';
