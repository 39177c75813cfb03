// The renderer choice: WebGL 2, else WebGL 1, else Canvas 2D, and the app and its JS API whatever the
// browser can draw with. Canvas 2D must look like WebGL: screenshots of every screen are compared pixel
// by pixel. (The main flows run without WebGL in the other suites, through eachRenderer in lib.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, openApp, useRenderer, bundleUrl, click, canvasStats, settle, shotsDir, findItem } from './lib.mjs';

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

// Keeps what the canvas shows now (`keep`), or counts the pixels that differ from what was kept by more than
// `tolerance` levels in a channel, with the device-pixel box around them and the largest difference seen.
const canvasDiff = (page, keep, tolerance = 0) => page.evaluate(([keepIt, tolerance]) => {
  const src = document.getElementById('canvas');
  const c = document.createElement('canvas');
  c.width = src.width; c.height = src.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(src, 0, 0);
  const d = new Uint32Array(ctx.getImageData(0, 0, c.width, c.height).data.buffer);
  if (keepIt) { window.ftKeptPixels = d; return null; }
  const k = window.ftKeptPixels;
  let differing = 0, x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1, levels = 0;
  for (let i = 0; i < d.length; i++) {
    if (d[i] === k[i]) continue;
    let by = 0;
    for (let s = 0; s < 24; s += 8) by = Math.max(by, Math.abs(((d[i] >>> s) & 255) - ((k[i] >>> s) & 255)));
    levels = Math.max(levels, by);
    if (by <= tolerance) continue;
    differing++;
    const x = i % c.width, y = Math.floor(i / c.width);
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return { differing, levels, box: [x0, y0, x1, y1] };
}, [keep, tolerance]);

// Canvas 2D redraws only the part of the canvas a frame changes (web/canvas2d_damage.h). Whatever it leaves
// alone must already be right: after each step below, what the canvas shows is compared with a whole redraw
// of the same frame, pixel for pixel.
for (const scale of [1, 2]) {
  test(`Canvas 2D at device pixel ratio ${scale}: redrawing only what changed leaves the canvas exactly as a whole redraw`, async () => {
    const { page, context, consoleErrors } = await openApp(browser, { renderer: 'canvas2d', scale });
    const counts = () => page.evaluate(() => window.ftCanvas2D.counts());
    const steps = [];
    let maxLevels = 0;
    const check = async (what) => {
      await settle(page, 150);
      await canvasDiff(page, true);
      const c = await counts();
      await page.evaluate(() => window.fairterms.ui.timeFrames(1));   // the same frame, drawn whole
      // Skia anti-aliases a straight edge cut by the clip a level differently now and then, beside that edge:
      // invisible. (A slanted or curved edge it cuts differs by far more: the rectangle grows so none is cut.)
      const { differing, levels, box } = await canvasDiff(page, false, 2);
      maxLevels = Math.max(maxLevels, levels);
      assert.equal(differing, 0, `${what}: ${differing} pixels differ from a whole redraw by more than 2 levels (up to ${levels}), within x ${box[0]}-${box[2]}, ` +
                                 `y ${box[1]}-${box[3]} (device pixels); the last redraw was ${JSON.stringify(c.last)}`);
      const share = c.lastShare;
      steps.push([what, share]);
    };
    const before = await counts();
    const nav = (name) => findItem(page, name, { window: 'navigation' });
    const centre = (it) => [it.x + it.w / 2, it.y + it.h / 2];
    // Hover on and off a navigation entry; press on one, hold, and let go elsewhere (nothing is chosen).
    const quote = await nav('Quote');
    await page.mouse.move(...centre(quote));
    await check('hovering a navigation entry');
    await page.mouse.down();
    await check('pressing it');
    await page.mouse.move(4, 795);
    await page.mouse.up();
    await check('letting go off it');
    // A new screen, then its widgets hovered and a text field typed into.
    await click(page, 'Quote', { window: 'navigation' });
    await check('a new screen');
    const buttons = (await page.evaluate(() => window.fairterms.ui.items())).filter((i) => i.window.includes('content') && i.w > 40 && i.h > 20);
    for (const b of buttons.slice(0, 4)) {
      await page.mouse.move(...centre(b));
      await check(`hovering "${b.label}"`);
    }
    await click(page, 'Home', { window: 'navigation' });
    const field = (await page.evaluate(() => window.fairterms.ui.nodes())).find((n) => n.role === 'textbox' && n.w > 0);
    assert.ok(field, 'a text field on Home');
    await page.mouse.click(field.x + field.w / 2, field.y + field.h / 2);
    await page.keyboard.type('Trust');
    await check('typing into a text field');
    await page.keyboard.press('Tab');
    await check('leaving it');
    // Found by a tester: a redrawn rectangle that cut through a curved or slanted edge (a combo's arrow beside a
    // hovered card, radio circles above a field being typed in) left that edge's pixels up to 23 levels off.
    await click(page, 'Value share', { window: 'navigation' });
    const card = await findItem(page, 'NHS share: 40.0%');
    assert.ok(card, 'the NHS share card on Value share');
    await page.mouse.move(...centre(card));
    await check('hovering a figure card beside the contributions table');
    await click(page, 'Data assets', { window: 'navigation' });
    await click(page, 'Add data asset');
    const assetName = (await page.evaluate(() => window.fairterms.ui.nodes())).find((n) => n.role === 'textbox' && n.name === 'Asset name');
    assert.ok(assetName, 'the new asset\'s name field');
    await page.mouse.click(assetName.x + 10, assetName.y + assetName.h / 2);
    for (const ch of 'Te') {
      await page.keyboard.type(ch);
      await check(`typing "${ch}" under the asset's radio buttons`);
    }
    // Scrolling moves everything in the content area, and partly redraws it where the lists allow.
    await click(page, 'Readiness', { window: 'navigation' });
    await page.mouse.move(700, 500);
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, 120);
      await check(`scrolling, notch ${i + 1}`);
    }
    const after = await counts();
    assert.ok(after.partial > before.partial, `no partial redraw happened: ${JSON.stringify(after)}`);
    const hover = steps.find(([what]) => what === 'hovering a navigation entry');
    assert.ok(hover[1] < 0.05, `hovering a navigation entry redrew ${(hover[1] * 100).toFixed(1)}% of the canvas`);
    assert.deepEqual(consoleErrors, []);
    console.log(`partial redraws at ratio ${scale} (pixels differed from a whole redraw by up to ${maxLevels} levels): ` + steps.map(([w, s]) => `${w} ${(s * 100).toFixed(1)}%`).join('; '));
    await context.close();
  });
}
