// Bytes through a platform transform stream (CompressionStream, DecompressionStream) with a
// bound on what comes out, so that a hostile archive or link cannot fill the memory.
import { t } from "./i18n.js";

/**
 * The bytes `stream` makes of `bytes`, at most `limit` of them; past it the stream is cancelled
 * and an Error says "`what` unfolds to more than N MiB".
 */
export async function transform(bytes, stream, limit, what) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(t("{what} unfolds to more than {n} MiB", { what: t(what), n: limit / 1024 / 1024 }));
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
