// Permalinks: the workspace (articles, names, options) carried in the URL fragment, which a
// browser never sends to a server. JSON, compressed with the platform's CompressionStream
// ("deflate-raw", RFC 1951), then base64url (RFC 4648 §5) after "#w=". Reading a link inflates
// at most MAX_INFLATED bytes, so a hostile link cannot fill the memory.
import { transform } from "./streams.js";
import { t } from "./i18n.js";

const PREFIX = "#w=";
/** Longest link made, in characters. Browsers open links of up to about 2 MB, but mail and chat
 * programs cut long ones; past this the page offers the JSON export instead. */
export const LINK_LIMIT = 64_000;
/** Largest workspace a link may unfold to. */
const MAX_INFLATED = 64 * 1024 * 1024;

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("the link holds characters a permalink never has");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The link to `workspace` ({ docs: [{ name, text }], active, options }) on the page at `base`:
 * { url, length }, or { tooLong: true, length } when it would pass LINK_LIMIT.
 */
export async function makeLink(workspace, base) {
  const json = JSON.stringify({ v: 1, docs: workspace.docs, active: workspace.active, options: workspace.options });
  const packed = await transform(new TextEncoder().encode(json), new CompressionStream("deflate-raw"), MAX_INFLATED, "the link");
  const url = `${base}${PREFIX}${toBase64Url(packed)}`;
  return url.length > LINK_LIMIT ? { tooLong: true, length: url.length } : { url, length: url.length };
}

/** Whether `hash` (location.hash) holds a permalink. */
export const isLink = (hash) => hash.startsWith(PREFIX);

/**
 * The workspace a permalink's `hash` carries: { docs, active, options }. Throws an Error that
 * says what is wrong with a damaged or foreign link.
 */
export async function readLink(hash) {
  let json;
  try {
    const bytes = await transform(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream("deflate-raw"), MAX_INFLATED, "the link");
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new Error(t("This link's articles could not be read ({why}); it may have been cut short when it was copied.", { why: t(error.message) }));
  }
  if (!json || json.v !== 1 || !Array.isArray(json.docs)) throw new Error(t("This link was not made by this page: it holds no articles."));
  const docs = json.docs
    .filter((d) => d && typeof d.text === "string")
    .map((d) => ({ name: typeof d.name === "string" ? d.name : null, text: d.text }));
  if (docs.length === 0) throw new Error(t("This link holds no articles."));
  return { docs, active: Number(json.active) || 0, options: json.options && typeof json.options === "object" ? json.options : {} };
}
