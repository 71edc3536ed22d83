/** How long the undo stays on screen: a few seconds, well inside what the API allows (VALIDATION_UNDO_SECONDS). */
export const UNDO_VISIBLE_MS = 10_000;
