export * from './ikk-coach-hours.js';
export * from './reminders.js';
