// The Value share screen in the real bundle: driven through its labels, its figures checked against
// window.fairterms.value(), and the JS API checked against the `fairterms value` CLI byte for byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, openApp, click, typeInto, items, settle, screenshot, repo } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const cli = [process.env.FT_CLI, ...['native-debug', 'native-release'].map((d) => resolve(repo, 'build', d, 'fairterms'))]
  .filter(Boolean).find(existsSync);

async function findPrefix(page, prefix) {
  return (await items(page)).find((it) => it.label.startsWith(prefix));
}

// Scrolls the content area from the top until a widget whose label starts with `prefix` is fully visible.
async function reveal(page, prefix) {
  await page.mouse.move(760, 500);
  await page.mouse.wheel(0, -20000);
  await settle(page, 120);
  const height = page.viewportSize().height;
  for (let i = 0; i < 80; i++) {
    const it = await findPrefix(page, prefix);
    if (it && it.y > 70 && it.y + it.h < height - 10) return it;
    await page.mouse.wheel(0, 200);
    await settle(page, 120);
  }
  const last = await findPrefix(page, prefix);
  await screenshot(page, 'value-reveal-failed');
  throw new Error(`no widget labelled "${prefix}..." fully visible while scrolling; last seen: ${JSON.stringify(last)}`);
}

// Reveals a widget, then scrolls on until it sits near the top, so what follows it is on screen.
async function bringToTop(page, prefix) {
  let it = await reveal(page, prefix);
  for (let i = 0; i < 20 && it && it.y > 160; i++) {
    await page.mouse.wheel(0, 100);
    await settle(page, 120);
    it = await findPrefix(page, prefix);
  }
}

async function revealAndClick(page, label) { await reveal(page, label); await click(page, label); }
async function revealAndType(page, label, text) { await reveal(page, label); await typeInto(page, label, text); }

async function figure(page, title) {
  const it = await reveal(page, title + ': ');
  return it.label.slice(title.length + 2);
}

// What autosave holds. Typing is one undo step, stored once it ends (leaving the field, Enter or a 1 s
// pause), so this waits out the pause first.
const savedWorkspace = async (page) => {
  await page.waitForTimeout(1200);
  await settle(page);
  return page.evaluate(() => JSON.parse(localStorage.getItem('fairterms.workspace')));
};
const formatGbp = (pence) => {
  const sign = pence < 0 ? '-' : '';
  const a = Math.abs(pence);
  const pounds = Math.floor(a / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}£${pounds}.${String(a % 100).padStart(2, '0')}`;
};

test('the example is shown with live figures that match window.fairterms.value()', async () => {
  const { page, context, requests, consoleErrors } = await openApp(browser);
  await click(page, 'Value share', { window: 'navigation' });
  assert.equal(await figure(page, 'NHS share'), '40.0%');
  assert.equal(await figure(page, 'Royalty rate'), '6%');
  await page.mouse.wheel(0, -20000);
  await settle(page);
  await screenshot(page, 'value');

  // A user adds a trust's contribution and gives it weight 4: 10 NHS of 19 in all.
  const pvBefore = await figure(page, 'Present value');
  await revealAndClick(page, 'Add NHS contribution');
  await revealAndType(page, 'Organisation, row 7', 'East Trust');
  await revealAndType(page, 'Weight, row 7', '4');
  const ws = await savedWorkspace(page);
  const request = ws.value_scenarios[0].request;
  assert.equal(request.contributions[6].org, 'East Trust');
  assert.equal(request.contributions[6].weight, '4');
  const out = JSON.parse(await page.evaluate((r) => window.fairterms.value(r), JSON.stringify(request)));
  assert.equal(out.nhs_share, '0.526316');
  assert.equal(await figure(page, 'NHS share'), '52.6%');   // one decimal place on screen; the engine keeps 0.526316
  const pvAfter = await figure(page, 'Present value');
  assert.equal(pvAfter, formatGbp(out.total.pv_pence));
  assert.notEqual(pvAfter, pvBefore);
  assert.equal(await figure(page, 'Expected total'), formatGbp(out.total.expected_pence));
  assert.deepEqual(out.split.map((s) => s.org), ['North Trust', 'South Trust', 'East Trust']);

  // The downloads are the engine's documents for exactly this scenario.
  await reveal(page, 'Download result (JSON)');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download result (JSON)')]);
  const downloaded = readFileSync(await download.path(), 'utf8');
  assert.equal(downloaded, await page.evaluate((r) => window.fairterms.value(r), JSON.stringify(request)));

  // Results: the chart with its table, scrolled into view.
  await bringToTop(page, 'In-kind years');
  await screenshot(page, 'value-results');
  await reveal(page, 'Download CSV');
  await screenshot(page, 'value-split');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:')), []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('bad input is refused inline and the inputs are kept', async () => {
  const { page, context } = await openApp(browser);
  await click(page, 'Value share', { window: 'navigation' });
  await revealAndType(page, 'Weight, row 1', 'abc');
  await revealAndType(page, 'Data attribution (%)', '-5');
  await screenshot(page, 'value-refused');
  // Nothing was accepted, so the untouched example is still not in the workspace.
  const ws = await savedWorkspace(page);
  assert.ok(!ws || !ws.value_scenarios, 'a refused entry changed the workspace');
  // All weights zero: the engine refuses; the inputs stay and the results pause.
  for (let row = 1; row <= 6; row++) await revealAndType(page, `Weight, row ${row}`, '0');
  const saved = (await savedWorkspace(page)).value_scenarios[0].request;
  assert.deepEqual(saved.contributions.map((c) => c.weight), ['0', '0', '0', '0', '0', '0']);
  const err = JSON.parse(await page.evaluate((r) => window.fairterms.value(r), JSON.stringify(saved)));
  assert.equal(err.error.pointer, '/contributions');
  assert.equal(await findPrefix(page, 'NHS share: '), undefined);
  await page.mouse.wheel(0, -20000);
  await settle(page);
  await screenshot(page, 'value-paused');
  await context.close();
});

test('window.fairterms.value() equals the CLI byte for byte, in every format', async () => {
  assert.ok(cli, 'the native CLI has been built');
  const dir = mkdtempSync(join(tmpdir(), 'ft-value-'));
  const { page, context } = await openApp(browser);
  for (const name of ['imaging-consortium', 'long-horizon']) {
    const text = readFileSync(resolve(repo, 'tests', 'golden', `${name}.value.json`), 'utf8');
    const file = join(dir, `${name}.json`);
    writeFileSync(file, text);
    for (const format of ['json', 'html', 'csv']) {
      const expected = execFileSync(cli, ['value', file, '--format', format], { encoding: 'utf8' });
      const actual = await page.evaluate(([t, f]) => window.fairterms.value(t, f), [text, format]);
      assert.equal(actual, expected, `${name} as ${format}`);
    }
  }
  await context.close();
});

test('looks right on a high-density screen: full-density canvas, widgets found where they are drawn', async () => {
  const { page, context } = await openApp(browser, { width: 1280, height: 800, scale: 2 });
  await click(page, 'Value share', { window: 'navigation' });
  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
  });
  assert.equal(canvas.width, canvas.cssWidth * 2, 'two device pixels per CSS pixel');
  assert.equal(canvas.height, canvas.cssHeight * 2);
  await bringToTop(page, 'In-kind years');
  const it = await findPrefix(page, 'In-kind years');
  assert.ok(it && it.x >= 0 && it.x + it.w <= 1280 && it.y >= 0 && it.y + it.h <= 800,
    `the widget's rectangle is in CSS pixels inside the 1280x800 window: ${JSON.stringify(it)}`);
  // A click at that rectangle reaches the widget: typing a figure there changes the stored scenario.
  const before = JSON.stringify((await savedWorkspace(page)) ?? {});
  await typeInto(page, it.label, '7');
  assert.notEqual(JSON.stringify(await savedWorkspace(page)), before, 'typing at the reported rectangle changed the workspace');
  await screenshot(page, 'value-2x');
  await context.close();
});
