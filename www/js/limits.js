// Limits shared by the page and its worker.

/** Longest stretch of the text (UTF-16 units) shown with highlights; the rest is summarised. About
 * 25,000 words, longer than any news article. With 400,000 the longest main-thread task of a 50 MB
 * paste was 260 ms (the reader's layout); with this, 111 ms (measured back to back, Chromium). */
export const READER_LIMIT = 150_000;

/** The same for a text that looks like binary data (the statistics' "binary" note): its
 * replacement and control characters lay out ten times slower than words (a 30 MB file's reader
 * took 460-1,100 ms of layout with READER_LIMIT), and there is nothing to read in them. */
export const BINARY_READER_LIMIT = 10_000;
