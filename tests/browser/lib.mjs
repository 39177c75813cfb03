// Shared helpers for the browser suite: launch Debian's Chromium offline, open the bundle from file://,
// find widgets by label through window.fairterms.ui.items(), and wait for the render-on-demand loop.
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..');
export const bundle = process.env.FT_BUNDLE ? resolve(process.env.FT_BUNDLE) : resolve(repo, 'dist', 'fairterms.html');
export const bundleUrl = 'file://' + bundle;
export const shotsDir = resolve(repo, 'build', 'screenshots');
mkdirSync(shotsDir, { recursive: true });

// The flags keep Chromium from reaching for the network on its own (updates, sync, field trials), so any
// request the test sees comes from the page.
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export async function launch({ extraArgs = [] } = {}) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: [...chromiumArgs, ...extraArgs] });
}

// The renderer a test asks the page to end up with, by taking away what the browser would otherwise offer:
// 'webgl2' (the browser as it is), 'webgl1' (no WebGL 2), 'canvas2d' (no WebGL at all, as on a machine
// with no usable GPU) or 'none' (not even a 2D context on the app's canvas). FT_RENDERER runs a whole
// suite with one of them.
export const defaultRenderer = process.env.FT_RENDERER || 'webgl2';
const refusedContexts = {
  webgl2: [],
  webgl1: ['webgl2'],
  canvas2d: ['webgl2', 'webgl', 'experimental-webgl'],
  none: ['webgl2', 'webgl', 'experimental-webgl', '2d'],
};

// Runs in the page before its scripts: getContext() answers null for the refused kinds, as a browser
// without them does. A refused '2d' applies to the app's canvas only, so tests can still read pixels.
function refuseContexts(kinds) {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    if (kinds.includes(kind) && (kind !== '2d' || this.id === 'canvas')) return null;
    return original.call(this, kind, ...rest);
  };
}

export async function useRenderer(context, renderer) {
  const kinds = refusedContexts[renderer];
  if (!kinds) throw new Error(`unknown renderer ${renderer}`);
  if (kinds.length) await context.addInitScript(refuseContexts, kinds);
}

// Registers a test twice: with the browser's WebGL and without any WebGL (Canvas 2D). `fn` receives the
// options to pass to openApp.
export function eachRenderer(name, fn, options = {}) {
  test(name, options, () => fn({ renderer: defaultRenderer }));
  if (defaultRenderer !== 'canvas2d') test(name + ' [without WebGL: Canvas 2D]', options, () => fn({ renderer: 'canvas2d' }));
}

// Takes the File System Access API away, as in Firefox and Safari: "Save to file" then downloads and
// "Open workspace…" uses the file input. (Headless Chromium has the API, but its pickers always abort.)
export async function withoutFileAccess(context) {
  await context.addInitScript(() => { window.showSaveFilePicker = undefined; window.showOpenFilePicker = undefined; });
}

// Opens the app in a fresh context. Returns {context, page, requests, consoleErrors}.
export async function openApp(browser, { width = 1280, height = 800, scale = 1, context: existing, renderer = defaultRenderer, fileAccess = true } = {}) {
  let context = existing;
  if (!context) {
    context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, acceptDownloads: true });
    await useRenderer(context, renderer);
    if (!fileAccess) await withoutFileAccess(context);
  }
  const page = await context.newPage();
  page.ftRenderer = renderer;
  const requests = [];
  const consoleErrors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(bundleUrl);
  await page.waitForFunction(() => window.fairterms && window.fairterms.ui.frames() > 1, null, { timeout: 30000 });
  await settle(page);
  return { context, page, requests, consoleErrors };
}

// Waits until no frame has been drawn for `quietMs` (the loop only draws after input).
export async function settle(page, quietMs = 250) {
  let last = await frames(page);
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(quietMs);
    const now = await frames(page);
    if (now === last) return now;
    last = now;
  }
  throw new Error('the app kept drawing frames without input');
}

export const frames = (page) => page.evaluate(() => window.fairterms.ui.frames());
export const items = (page) => page.evaluate(() => window.fairterms.ui.items());

export const nodes = (page) => page.evaluate(() => window.fairterms.ui.nodes());

// The widget labelled `label`: first from ImGui's item log, else a text field from the semantics nodes (a
// multi-line field drawn for the DOM editor is described there, not logged as an ImGui item; a combo whose
// label is hidden is logged under its id). Only text fields and combos: other nodes (a level's description,
// a heading) share labels with the widgets tests look for.
// Rectangles are CSS px.
export async function findItem(page, label, { window: win } = {}) {
  const all = await items(page);
  const it = all.find((i) => i.label === label && (!win || i.window.includes(win)));
  if (it || win) return it;
  const n = (await nodes(page)).find((x) => (x.role === 'textbox' || x.role === 'combobox') && x.name === label && x.w > 0 && x.h > 0);
  return n && { label: n.name, id: n.id, window: '', x: n.x, y: n.y, w: n.w, h: n.h, flags: 0 };
}

// Clicks the centre of the widget labelled `label`, then waits for the app to settle.
export async function click(page, label, opts = {}) {
  const it = await findItem(page, label, opts);
  if (!it) {
    const labels = (await items(page)).map((i) => i.label).join(' | ');
    throw new Error(`no widget labelled "${label}" on screen; visible: ${labels}`);
  }
  await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
  await settle(page);
  return it;
}

// Clicks a text field, selects all and types `text`.
export async function typeInto(page, label, text, opts = {}) {
  await click(page, label, opts);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 5 });
  await settle(page);
}

// A cheap fingerprint of what is on the canvas, to tell that a screen changed.
export async function canvasStats(page) {
  return page.evaluate(() => {
    const src = document.getElementById('canvas');
    const c = document.createElement('canvas');
    c.width = src.width; c.height = src.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(src, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let hash = 0; const colours = new Set();
    for (let i = 0; i < d.length; i += 4 * 7) {
      const v = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
      colours.add(v);
      hash = (hash * 31 + v) >>> 0;
    }
    return { hash, colours: colours.size, width: c.width, height: c.height };
  });
}

export async function screenshot(page, name) {
  const suffix = page.ftRenderer && page.ftRenderer !== 'webgl2' ? '-' + page.ftRenderer : '';
  await page.screenshot({ path: resolve(shotsDir, name + suffix + '.png') });
}

// The stored workspace as an object (window.fairterms.ui.workspace()).
export const workspace = (page) => page.evaluate(() => JSON.parse(window.fairterms.ui.workspace()));

// A workspace file as a colleague would have saved it: one named quote (the golden DARS request) plus the
// given parts, written as `name` in a fresh temporary folder. Returns its path.
export function writeSampleWorkspace(name, parts = {}) {
  const request = JSON.parse(readFileSync(resolve(repo, 'tests', 'golden', 'dars-noncommercial.quote.json'), 'utf8'));
  const ws = { schema: 'fairterms/workspace@1', ...parts, quotes: [{ name: 'Imported quote for the registry study', request }] };
  return writeTemp(name, JSON.stringify(ws, null, 2));
}

// Writes `text` as `name` in a fresh temporary folder and returns its path.
export function writeTemp(name, text) {
  const file = join(mkdtempSync(join(tmpdir(), 'ft-')), name);
  writeFileSync(file, text);
  return file;
}

// Opens a workspace file through "Open workspace…" and its file input (the path of browsers without the File
// System Access API; headless pickers cancel). Opening over work kept in no file asks first (issue 11); the
// answer here is "Open anyway".
export async function openWorkspaceFile(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'Open workspace\u2026');
  if (await findItem(page, 'Open anyway')) await click(page, 'Open anyway');
  await (await chooser).setFiles(file);
  await page.waitForTimeout(300);
  await settle(page);
}
