// Limits shared by the page and its worker.

/** Longest stretch of the text (UTF-16 units) shown with highlights; the rest is summarised. */
export const READER_LIMIT = 400_000;
