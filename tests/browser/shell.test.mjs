// The application shell: offline, private, styled, navigable, idle when untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, openApp, bundleUrl, click, canvasStats, frames, settle, screenshot, findItem, repo, eachRenderer } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('opens from file:// and makes no request but the file itself', async () => {
  const { page, requests, consoleErrors, context } = await openApp(browser);
  await click(page, 'Readiness');
  await click(page, 'Home');
  assert.deepEqual(requests, [bundleUrl]);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the Content-Security-Policy blocks any connection the page might try', async () => {
  const { page, context } = await openApp(browser);
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    let fetched = 'allowed';
    try { await fetch('http://127.0.0.1:9/never'); } catch (e) { fetched = 'blocked'; }
    const img = new Image();
    const imgDone = new Promise((r) => { img.onerror = () => r('blocked'); img.onload = () => r('allowed'); });
    img.src = 'http://127.0.0.1:9/pixel.png';
    const imageResult = await imgDone;
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, imageResult, violations };
  });
  assert.equal(outcome.fetched, 'blocked');
  assert.equal(outcome.imageResult, 'blocked');
  assert.ok(outcome.violations.includes('connect-src'), JSON.stringify(outcome.violations));
  assert.ok(outcome.violations.includes('img-src'), JSON.stringify(outcome.violations));
  await context.close();
});

test('renders the styled shell: NHS blue header, real content, not blank', async () => {
  const { page, context } = await openApp(browser);
  const stats = await canvasStats(page);
  assert.ok(stats.colours > 20, `only ${stats.colours} colours on the canvas`);
  const header = await page.evaluate(() => {
    const src = document.getElementById('canvas');
    const c = document.createElement('canvas');
    c.width = src.width; c.height = src.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(src, 0, 0);
    return Array.from(ctx.getImageData(300 * devicePixelRatio, 6, 1, 1).data);   // header background, left of the buttons
  });
  assert.deepEqual(header.slice(0, 3), [0x00, 0x5e, 0xb8]);
  await screenshot(page, 'home');
  await context.close();
});

eachRenderer('every navigation entry opens a different screen', async (r) => {
  const { page, context } = await openApp(browser, r);
  const seen = new Map();
  for (const label of ['Readiness', 'Data assets', 'Strategy', 'Quote', 'Value share', 'Home']) {
    const before = await canvasStats(page);
    await click(page, label, { window: 'navigation' });
    const after = await canvasStats(page);
    assert.equal(await page.evaluate(() => window.fairterms.ui.screen()), label);
    assert.notEqual(after.hash, before.hash, `the screen did not change after clicking ${label}`);
    seen.set(label, after.hash);
    await screenshot(page, 'nav-' + label.toLowerCase().replace(/ /g, '-'));
  }
  assert.equal(new Set(seen.values()).size, seen.size, 'two screens look identical');
  await context.close();
});

eachRenderer('draws nothing while idle and reacts to the first input', async (r) => {
  const { page, context } = await openApp(browser, r);
  const start = await frames(page);
  await page.waitForTimeout(2000);
  assert.equal(await frames(page), start, 'frames were drawn with no input');
  const quote = await findItem(page, 'Quote', { window: 'navigation' });
  await page.mouse.click(quote.x + quote.w / 2, quote.y + quote.h / 2);
  // How soon is bench.sh's business; here only that the input wakes the loop (generous on a loaded machine).
  await page.waitForFunction((n) => window.fairterms.ui.frames() > n, start, { timeout: 10000 });
  await settle(page);
  const selected = await findItem(page, 'Quote', { window: 'navigation' });
  assert.ok(selected, 'Quote is still listed');
  await context.close();
});

eachRenderer('keyboard: Tab moves through the navigation and Enter opens an entry', async (r) => {
  const { page, context } = await openApp(browser, r);
  await click(page, 'Home', { window: 'navigation' });   // a click gives the entry's mirror element focus
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim());
  assert.match(await focusedName(), /^Home/);
  await page.keyboard.press('Tab');
  await settle(page);
  assert.match(await focusedName(), /^Readiness/, 'Tab moves to the next navigation entry');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(await page.evaluate(() => window.fairterms.ui.screen()), 'Readiness');
  await page.keyboard.press('Shift+Tab');
  await settle(page);
  assert.match(await focusedName(), /^Home/, 'Shift+Tab moves back');
  await screenshot(page, 'keyboard-focus');
  await context.close();
});

eachRenderer('crisp on high-density screens: the canvas backing store follows devicePixelRatio', async (r) => {
  for (const scale of [1, 2, 3]) {
    const { page, context } = await openApp(browser, { width: 1000, height: 700, scale, ...r });
    const stats = await canvasStats(page);
    assert.equal(stats.width, 1000 * scale);
    assert.equal(stats.height, 700 * scale);
    // Widgets are still reported in CSS pixels, so the same label sits at the same place at any density.
    const save = await findItem(page, 'Save to file');
    assert.ok(save.x > 700 && save.x < 1000, `Save to file at x=${save.x}`);
    if (scale === 2) await screenshot(page, 'home-2x');
    await context.close();
  }
});

test('window.fairterms.version() matches the CLI byte for byte', async () => {
  const cli = ['native-debug', 'native-release'].map((d) => resolve(repo, 'build', d, 'fairterms')).find(existsSync);
  assert.ok(cli, 'the native CLI has been built');
  const expected = execFileSync(cli, ['version'], { encoding: 'utf8' });
  const { page, context } = await openApp(browser);
  assert.equal(await page.evaluate(() => window.fairterms.version()), expected);
  const err = JSON.parse(await page.evaluate(() => window.fairterms.validate('{oops')));
  assert.equal(err.error.pointer, '');
  assert.match(err.error.message, /not valid JSON/);
  await context.close();
});

test('resizing the window relays out the app', async () => {
  const { page, context } = await openApp(browser, { width: 1280, height: 800 });
  const wide = await findItem(page, 'Save to file');
  await page.setViewportSize({ width: 1024, height: 700 });
  await settle(page);
  const narrow = await findItem(page, 'Save to file');
  assert.ok(narrow.x < wide.x, 'the header button moved with the window edge');
  await context.close();
});
