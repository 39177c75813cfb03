// Where work is kept, as a user meets it: two tabs (and two copies of the file) never silently overwrite
// each other, an autosave this copy cannot read is kept and can be saved to a file, blocked storage says
// "Not saved" from the start, leaving asks only when a change is saved nowhere, a working file through the
// File System Access API (a test double: headless Chromium shows no picker), the caps, and the privacy
// controls on Home.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openApp, click, settle, findItem, screenshot, bundle, useRenderer, defaultRenderer, withoutFileAccess, openWorkspaceFile, workspace } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const nodes = (page) => page.evaluate(() => window.fairterms.ui.nodes());
const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const fairtermsKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fairterms.')).sort());

async function status(page) {
  const s = (await nodes(page)).find((n) => n.role === 'status' && /saved|copy kept/i.test(n.name));
  return s?.name;
}
async function says(page, re) {
  return (await nodes(page)).some((n) => re.test(n.name));
}
async function waitFor(page, predicate, what, timeoutMs = 5000) {
  const start = Date.now();
  for (;;) {
    if (await predicate()) return;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for ' + what);
    await page.waitForTimeout(100);
  }
}

// A context whose pages have no File System Access API (lib.mjs: withoutFileAccess), for the tests of the
// download and file-input paths.
async function contextWithoutFileAccess() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await useRenderer(context, defaultRenderer);
  await withoutFileAccess(context);
  return context;
}

// Clicks a button or checkbox in the content, first moving keyboard focus to it (through the page's
// accessibility mirror) so that the app scrolls it into view.
async function press(page, name) {
  if (!(await findItem(page, name))) {
    await page.getByRole('button', { name, exact: true }).or(page.getByRole('checkbox', { name, exact: true })).first().focus();
    await settle(page);
  }
  await click(page, name);
}

// Types into Home's "Organisation name" (below the first screenful) through its field in the page's
// accessibility mirror, as a keyboard user does; leaving the field commits the text.
async function setOrganisation(page, name) {
  if ((await page.evaluate(() => window.fairterms.ui.screen())) !== 'Home') await click(page, 'Home');
  const field = page.getByRole('textbox', { name: 'Organisation name', exact: true }).first();
  await field.focus();
  await settle(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name, { delay: 5 });
  await page.keyboard.press('Tab');
  await settle(page);
}

test('two tabs: an edit in one is never silently overwritten by the other', async () => {
  const context = await contextWithoutFileAccess();
  const { page: a } = await openApp(browser, { context });
  const { page: b } = await openApp(browser, { context });

  await setOrganisation(a, 'Tab A Trust');
  await waitFor(a, async () => /Tab A Trust/.test(await stored(a, 'fairterms.workspace') ?? ''), "tab A's save");

  // B hears of A's save at once (a storage event), before it changes anything.
  await waitFor(b, () => findItem(b, 'Load the newer work'), 'tab B to offer the newer work');
  assert.equal(await status(b), 'Not saved in this browser: another tab has newer work');
  await screenshot(b, 'storage-two-tabs');

  // B's edit does not overwrite A's saved work...
  await setOrganisation(b, 'Tab B Trust');
  assert.match(await stored(b, 'fairterms.workspace'), /Tab A Trust/);
  assert.doesNotMatch(await stored(b, 'fairterms.workspace'), /Tab B Trust/);
  // ...so reloading A brings A's work back.
  await a.reload();
  await a.waitForFunction(() => window.fairterms && window.fairterms.ui.frames() > 1);
  await settle(a);
  assert.equal((await workspace(a)).organisation?.name, 'Tab A Trust');

  // B keeps its own work as a file, then takes the newer work and carries on as the writer.
  const download = b.waitForEvent('download');
  await press(b, "Save this tab's work to a file");
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  assert.equal(saved.organisation.name, 'Tab B Trust');
  await press(b, 'Load the newer work');
  assert.equal((await workspace(b)).organisation?.name, 'Tab A Trust');
  assert.equal(await status(b), 'Saved in this browser');
  await setOrganisation(b, 'Tab B Trust again');
  assert.match(await stored(b, 'fairterms.workspace'), /Tab B Trust again/);
  // Now A is the one behind, and is told so.
  await waitFor(a, () => findItem(a, 'Load the newer work'), 'tab A to offer the newer work');
  await context.close();
});

test('a second copy of fairterms.html in another folder never overwrites silently, and is named', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-copy-'));
  const copy = join(dir, 'fairterms.html');
  copyFileSync(bundle, copy);
  const context = await contextWithoutFileAccess();
  const { page: mine } = await openApp(browser, { context });
  const other = await context.newPage();
  await other.goto('file://' + copy);
  await other.waitForFunction(() => window.fairterms && window.fairterms.ui.frames() > 1, null, { timeout: 30000 });
  await settle(other);

  await setOrganisation(other, 'Written by the other copy');
  await waitFor(mine, () => findItem(mine, 'Load the newer work'), 'the first copy to see the newer work');
  assert.ok(await says(mine, new RegExp('a different copy of fairterms, opened from ' + copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))),
    'the notice names the other copy');
  await setOrganisation(mine, 'Written by the first copy');
  assert.match(await stored(mine, 'fairterms.workspace'), /Written by the other copy/);
  await context.close();
});

for (const [kind, text] of [
  ['damaged', '{"schema": "fairterms/workspace@1", "quotes": ['],
  ['newer-version', JSON.stringify({ schema: 'fairterms/workspace@7', quotes: [], notes: 'written by a later fairterms' })],
]) {
  test(`a ${kind} autosave survives an edit and can be saved to a file`, async () => {
    const context = await contextWithoutFileAccess();
    const { page } = await openApp(browser, { context });
    await page.evaluate((t) => { localStorage.clear(); localStorage.setItem('fairterms.workspace', t); }, text);
    await page.reload();
    await page.waitForFunction(() => window.fairterms && window.fairterms.ui.frames() > 1);
    await settle(page);

    assert.ok(await findItem(page, 'Save the unreadable copy to a file'), 'the unreadable copy is offered at start');
    assert.ok(await says(page, /could not be read|cannot read/), 'the user is told at start');
    await screenshot(page, 'storage-unreadable-' + kind);
    await setOrganisation(page, 'Typed after start');
    assert.equal(await stored(page, 'fairterms.unreadable.1'), text);
    assert.match(await stored(page, 'fairterms.workspace'), /Typed after start/);

    const download = page.waitForEvent('download');
    await press(page, 'Save the unreadable copy to a file');
    assert.equal(readFileSync(await (await download).path(), 'utf8'), text);

    // And it is still kept, and still offered, after another reload.
    await page.reload();
    await page.waitForFunction(() => window.fairterms && window.fairterms.ui.frames() > 1);
    await settle(page);
    assert.equal(await stored(page, 'fairterms.unreadable.1'), text);
    assert.ok(await findItem(page, 'Save the unreadable copy to a file'));
    await context.close();
  });
}

test('blocked storage shows "Not saved" from the start; leaving asks only when a change is saved nowhere', async () => {
  const context = await contextWithoutFileAccess();
  // A browser (or policy) that blocks site data: every use of localStorage throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const { page, consoleErrors } = await openApp(browser, { context });
  assert.equal(await status(page), 'Not saved in this browser');
  await screenshot(page, 'storage-blocked');

  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); d.dismiss(); });
  await setOrganisation(page, 'Nowhere yet');
  assert.equal(await status(page), 'Not saved in this browser');
  await page.close({ runBeforeUnload: true });
  await waitFor(page, async () => dialogs.length > 0, 'the leave question');
  assert.deepEqual(dialogs, ['beforeunload']);
  assert.deepEqual(consoleErrors, []);

  // With storage working, the same edit is saved and leaving asks nothing.
  const ok = await contextWithoutFileAccess();
  const { page: p2 } = await openApp(browser, { context: ok });
  const asked = [];
  p2.on('dialog', (d) => { asked.push(d.type()); d.accept(); });
  await setOrganisation(p2, 'Saved here');
  assert.equal(await status(p2), 'Saved in this browser');
  await p2.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(asked, []);
  await context.close();
  await ok.close();
});

// The File System Access API as Chrome gives it, with the files kept in the page (window.__files) so the
// test can read what was written. showSaveFilePicker answers with `save`, showOpenFilePicker with `open`.
function fileAccessDouble({ save, open }) {
  const files = (window.__files = { ...(open ? { [open.name]: open.text } : {}) });
  window.__writes = [];
  const handle = (name) => ({
    kind: 'file',
    name,
    getFile: async () => new File([files[name] ?? ''], name, { type: 'application/json' }),
    createWritable: async () => {
      let text = '';
      return {
        write: async (data) => { text += typeof data === 'string' ? data : await new Blob([data]).text(); },
        close: async () => { files[name] = text; window.__writes.push(name); },
      };
    },
    queryPermission: async () => 'granted',
    requestPermission: async () => 'granted',
  });
  window.showSaveFilePicker = async () => handle(save);
  window.showOpenFilePicker = async () => [handle(open.name)];
}

test('a working file: "Save to file" and "Open workspace…" keep every change in the chosen file', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await useRenderer(context, defaultRenderer);
  const colleague = { schema: 'fairterms/workspace@1', organisation: { name: 'Colleague NHS Trust' } };
  await context.addInitScript(fileAccessDouble, { save: 'northfield.json', open: { name: 'colleague.json', text: JSON.stringify(colleague) } });
  const { page, consoleErrors } = await openApp(browser, { context });
  const files = () => page.evaluate(() => window.__files);

  await click(page, 'Save to file');
  await waitFor(page, async () => (await files())['northfield.json'], 'the working file to be written');
  assert.deepEqual(JSON.parse((await files())['northfield.json']), await workspace(page));
  await waitFor(page, async () => (await says(page, /^Working file: northfield\.json — written at \d\d:\d\d$/)), 'the header to name the file');
  await screenshot(page, 'storage-working-file');

  // Every change reaches the file after a pause in typing.
  await setOrganisation(page, 'Northfield NHS Trust');
  await waitFor(page, async () => /Northfield NHS Trust/.test((await files())['northfield.json']), 'the change to be written');
  assert.deepEqual(JSON.parse((await files())['northfield.json']), await workspace(page));

  // Opening a file through the picker makes it the working file; its next change is written to it.
  await click(page, 'Open workspace\u2026');
  await waitFor(page, async () => (await workspace(page)).organisation?.name === 'Colleague NHS Trust', 'the opened file');
  await waitFor(page, async () => says(page, /^Working file: colleague\.json/), 'the header to name the opened file');
  await setOrganisation(page, 'Colleague NHS Trust, edited');
  await waitFor(page, async () => /edited/.test((await files())['colleague.json']), 'the opened file to be written');
  assert.match((await files())['northfield.json'], /Northfield NHS Trust/);   // the first file is left as it was
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the caps: a workspace file over them is refused naming the place in words and the cap; the JS API agrees with the pointer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-caps-'));
  const context = await contextWithoutFileAccess();
  const { page } = await openApp(browser, { context });
  const before = await workspace(page);
  for (const [part, n, words, place] of [['quotes', 501, '/quotes: must hold at most 500 quotes, not 501', 'Quotes'],
    ['value_scenarios', 201, '/value_scenarios: must hold at most 200 value scenarios, not 201', 'Value scenarios']]) {
    const doc = { schema: 'fairterms/workspace@1', [part]: Array.from({ length: n }, () => ({})) };
    const file = join(dir, part + '.json');
    writeFileSync(file, JSON.stringify(doc));
    await openWorkspaceFile(page, file);
    const [pointer, message] = words.split(': ');
    // On screen the place is named in words ("Quotes: must hold ..."), never the pointer; the JS API keeps it.
    assert.ok(await says(page, new RegExp(place + ': ' + message)), `the refusal names ${place} and the cap`);
    assert.ok(!(await says(page, new RegExp(' at ' + pointer))), 'no JSON pointer on screen');
    assert.deepEqual(await workspace(page), before);
    const api = JSON.parse(await page.evaluate((t) => window.fairterms.validate(t), JSON.stringify(doc)));
    assert.deepEqual(api.error, { pointer, message });
  }
  const assets = { schema: 'fairterms/workspace@1', assessment: { assets: Array.from({ length: 2001 }, (_, i) => ({ id: 'a' + i })) } };
  const api = JSON.parse(await page.evaluate((t) => window.fairterms.validate(t), JSON.stringify(assets)));
  assert.deepEqual(api.error, { pointer: '/assessment/assets', message: 'must hold at most 2000 data assets, not 2001' });
  await context.close();
});

test('"Open workspace…" over unsaved work asks first, and an opened file says so once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-open-'));
  const file = join(dir, 'northfield.json');
  writeFileSync(file, JSON.stringify({ schema: 'fairterms/workspace@1', organisation: { name: 'Northfield NHS Trust' } }));
  const context = await contextWithoutFileAccess();
  const { page } = await openApp(browser, { context });
  await setOrganisation(page, 'Unsaved Trust');
  let chose = false;
  page.on('filechooser', () => { chose = true; });
  await click(page, 'Open workspace\u2026');
  assert.equal(chose, false, 'no file picker before the question is answered');
  assert.ok(await says(page, /replaces everything here.*Ctrl\+Z or the Undo button/), 'it says how to undo');
  await screenshot(page, 'storage-open-asks');
  await press(page, 'Cancel');
  assert.equal((await workspace(page)).organisation?.name, 'Unsaved Trust');

  await click(page, 'Open workspace\u2026');
  const chooser = page.waitForEvent('filechooser');
  await press(page, 'Open anyway');
  await (await chooser).setFiles(file);
  await page.waitForTimeout(300);
  await settle(page);
  assert.equal((await workspace(page)).organisation?.name, 'Northfield NHS Trust');
  const toasts = (await nodes(page)).filter((n) => n.region === 'messages' && /Opened/.test(n.name));
  assert.equal(toasts.length, 1, JSON.stringify(toasts.map((t) => t.name)));
  await context.close();
});

test('privacy: Home says other local pages can read the browser copy; keep no copy; clear all data', async () => {
  const context = await contextWithoutFileAccess();
  const { page } = await openApp(browser, { context });
  assert.ok(await says(page, /Other pages opened from files on this computer in the same browser can read/));
  await page.evaluate(() => localStorage.setItem('another.page', 'not ours'));
  await setOrganisation(page, 'Private Trust');
  assert.ok((await fairtermsKeys(page)).includes('fairterms.workspace'));

  // Keep no copy: the work leaves the browser, stays out of it, and the choice is remembered.
  await press(page, 'Keep no copy in this browser');
  assert.equal(await stored(page, 'fairterms.workspace'), null);
  await setOrganisation(page, 'Private Trust, edited');
  assert.equal(await stored(page, 'fairterms.workspace'), null);
  assert.equal(await status(page), 'No copy kept in this browser');
  page.on('dialog', (d) => d.accept());
  await page.reload();
  await page.waitForFunction(() => window.fairterms && window.fairterms.ui.frames() > 1);
  await settle(page);
  assert.equal(await status(page), 'No copy kept in this browser');
  assert.equal((await nodes(page)).find((n) => n.role === 'checkbox' && n.name === 'Keep no copy in this browser')?.checked, true);
  await press(page, 'Keep no copy in this browser');
  await setOrganisation(page, 'Kept again');
  assert.match(await stored(page, 'fairterms.workspace'), /Kept again/);

  // Clear all data asks first, then removes every key fairterms wrote and nothing else.
  await press(page, 'Clear all data in this browser');
  assert.ok((await fairtermsKeys(page)).length > 0, 'nothing is removed before the answer');
  await screenshot(page, 'storage-clear-asks');
  await press(page, 'Clear all data');
  assert.deepEqual(await fairtermsKeys(page), []);
  assert.equal(await stored(page, 'another.page'), 'not ours');
  await page.waitForTimeout(300);
  assert.deepEqual(await fairtermsKeys(page), [], 'nothing is written back without a change');
  await context.close();
});
