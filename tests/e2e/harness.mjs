// What the end-to-end tests share: the release page served from www/ by .ci/static_server.py on
// a free port of 127.0.0.1, and Debian's Chromium driven by playwright-core.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import net from "node:net";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(path.join(root, ".ci/package.json"));
const { chromium } = require("playwright-core");

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Starts the server and the browser: { base, browser, stop }. */
export async function startPage() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn("python3", [path.join(root, ".ci/static_server.py"), path.join(root, "www"), String(port)], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try { await fetch(base); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  // Contexts block the page's service worker unless a test asks for it (the offline test): a
  // worker answering from its cache would hide what the server sends and what tests route.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: "block", ...options });
  return { base, browser, stop: async () => { await browser.close(); server.kill(); } };
}

/**
 * A new context (`options` as Playwright takes them) and page at `base`, once the page has
 * analysed its first text: { context, page, problems }, `problems` collecting page errors and
 * console errors.
 */
export async function openPage(browser, base, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.analysed >= "1", null, { timeout: 20_000 });
  return { context, page, problems };
}
