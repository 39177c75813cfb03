// The renderer choice: WebGL 2, else WebGL 1, else Canvas 2D, and the app and its JS API whatever the
// browser can draw with. Canvas 2D must look like WebGL: screenshots of every screen are compared pixel
// by pixel. (The main flows run without WebGL in the other suites, through eachRenderer in lib.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, openApp, useRenderer, bundleUrl, click, canvasStats, settle, shotsDir } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const screens = ['Home', 'Readiness', 'Data assets', 'Strategy', 'Quote', 'Value share'];
const renderer = (page) => page.evaluate(() => window.fairterms.ui.renderer());
const samplePixel = (page, x, y) => page.evaluate(([px, py]) => {
  const src = document.getElementById('canvas');
  const c = document.createElement('canvas');
  c.width = src.width; c.height = src.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(src, 0, 0);
  return Array.from(ctx.getImageData(px * devicePixelRatio, py * devicePixelRatio, 1, 1).data).slice(0, 3);
}, [x, y]);

for (const [name, why] of [
  ['webgl2', /offers WebGL 2/],
  ['webgl1', /WebGL 2 is unavailable/],
  ['canvas2d', /WebGL 2 and WebGL 1 are unavailable/],
]) {
  test(`renderer ${name}: chosen, explained through ui.renderer(), and drawing the app`, async () => {
    const { page, context, consoleErrors } = await openApp(browser, { renderer: name });
    const chosen = await renderer(page);
    assert.equal(chosen.name, name);
    assert.match(chosen.reason, why);
    const stats = await canvasStats(page);
    assert.ok(stats.colours > 20, `only ${stats.colours} colours on the canvas`);
    assert.deepEqual(await samplePixel(page, 300, 6), [0x00, 0x5e, 0xb8], 'the NHS blue header');
    await click(page, 'Quote', { window: 'navigation' });
    assert.equal(await page.evaluate(() => window.fairterms.ui.screen()), 'Quote');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
}

test('Chromium launched with --disable-3d-apis: Canvas 2D, usable by mouse and through the JS API', async () => {
  const bare = await launch({ extraArgs: ['--disable-3d-apis'] });
  try {
    // The browser itself has no WebGL here, so nothing is taken away by the test ('webgl2' adds no script).
    const { page, consoleErrors } = await openApp(bare, { renderer: 'webgl2' });
    assert.equal(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl')), false);
    assert.equal((await renderer(page)).name, 'canvas2d');
    assert.equal(await page.evaluate(() => document.getElementById('loading')), null, 'the loading message is gone');
    await click(page, 'Value share', { window: 'navigation' });
    assert.equal(await page.evaluate(() => window.fairterms.ui.screen()), 'Value share');
    const version = await page.evaluate(() => window.fairterms.version());
    assert.match(version, /"version"/);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await bare.close();
  }
});

test('with nothing to draw with, the page explains and window.fairterms still works', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await useRenderer(context, 'none');
  const page = await context.newPage();
  await page.goto(bundleUrl);
  await page.waitForFunction(() => window.fairterms !== undefined, null, { timeout: 30000 });
  assert.deepEqual(await renderer(page), {
    name: 'none', reason: 'WebGL 2, WebGL 1 and Canvas 2D are all unavailable in this browser',
  });
  const text = await page.locator('#loading').innerText();
  assert.match(text, /cannot draw in this browser/);
  assert.match(text, /window\.fairterms\) still works/);
  const request = { users: 2, duration_months: 12, datasets: [] };
  const answer = JSON.parse(await page.evaluate((r) => window.fairterms.validate(JSON.stringify(r)), request));
  assert.ok(answer.error || answer.valid !== undefined || answer.ok !== undefined, JSON.stringify(answer));
  assert.match(await page.evaluate(() => window.fairterms.version()), /"version"/);
  assert.ok(JSON.parse(await page.evaluate(() => window.fairterms.ui.workspace())).schema);
  assert.equal(await page.evaluate(() => window.fairterms.ui.frames()), 0);
  await context.close();
});

// Decodes two PNG screenshots in the page (createImageBitmap) and counts the pixels whose colour differs
// by more than `threshold` levels in some channel. Also returns the pair side by side as a PNG data URL.
async function comparePngs(page, a, b, threshold) {
  return page.evaluate(async ([a64, b64, limit]) => {
    const decode = async (b64s) => {
      const bytes = Uint8Array.from(atob(b64s), (ch) => ch.charCodeAt(0));
      return createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    };
    const [ia, ib] = [await decode(a64), await decode(b64)];
    const w = ia.width, h = ia.height;
    const both = document.createElement('canvas');
    both.width = w * 2; both.height = h;
    const ctx = both.getContext('2d');
    ctx.drawImage(ia, 0, 0);
    ctx.drawImage(ib, w, 0);
    const pa = ctx.getImageData(0, 0, w, h).data, pb = ctx.getImageData(w, 0, w, h).data;
    let differing = 0;
    for (let i = 0; i < pa.length; i += 4) {
      if (Math.abs(pa[i] - pb[i]) > limit || Math.abs(pa[i + 1] - pb[i + 1]) > limit || Math.abs(pa[i + 2] - pb[i + 2]) > limit) differing++;
    }
    return { fraction: differing / (w * h), width: w, height: h, sideBySide: both.toDataURL('image/png') };
  }, [a.toString('base64'), b.toString('base64'), threshold]);
}

test('Canvas 2D looks like WebGL: on every screen at most 2% of pixels differ by more than 16 levels', async (t) => {
  const gl = await openApp(browser, { renderer: 'webgl2' });
  const c2d = await openApp(browser, { renderer: 'canvas2d' });
  assert.equal((await renderer(c2d.page)).name, 'canvas2d');
  const results = {};
  let previous = null;   // the WebGL shot of the screen before, to show the comparison can tell screens apart
  for (const screen of screens) {
    for (const app of [gl, c2d]) {
      await click(app.page, screen, { window: 'navigation' });
      await app.page.mouse.move(4, 795);   // off every widget, so nothing is drawn hovered
      await settle(app.page);
    }
    const [a, b] = [await gl.page.screenshot(), await c2d.page.screenshot()];
    const cmp = await comparePngs(gl.page, a, b, 16);
    if (previous) {
      const other = await comparePngs(gl.page, previous, b, 16);
      assert.ok(other.fraction > 0.02, `${screen} vs the screen before: only ${(other.fraction * 100).toFixed(2)}% differ`);
    }
    previous = a;
    assert.equal(cmp.width, 1280);
    assert.equal(cmp.height, 800);
    results[screen] = (cmp.fraction * 100).toFixed(2) + '%';
    const file = 'renderers-' + screen.toLowerCase().replace(/ /g, '-') + '-webgl-vs-canvas2d.png';
    writeFileSync(resolve(shotsDir, file), Buffer.from(cmp.sideBySide.split(',')[1], 'base64'));
    assert.ok(cmp.fraction <= 0.02, `${screen}: ${(cmp.fraction * 100).toFixed(2)}% of pixels differ (see build/screenshots/${file})`);
  }
  t.diagnostic('pixels differing by more than 16 levels, Canvas 2D vs WebGL: ' + JSON.stringify(results));
  console.log('renderer pixel differences:', JSON.stringify(results));
  await gl.context.close();
  await c2d.context.close();
});
