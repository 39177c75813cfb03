// The workspace as a user keeps it: autosaved across a reload, saved to a file, opened from a file
// (with Undo), and a bad file refused with the current work untouched. These are the download and file-input
// paths (browsers without the File System Access API); storage.test.mjs covers the working file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openApp, click, settle, screenshot, eachRenderer, workspace, writeSampleWorkspace, writeTemp,
  openWorkspaceFile } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

eachRenderer('open a workspace file, keep it across a reload, undo the open', async (r) => {
  const file = writeSampleWorkspace('colleague.json');

  const { page, context } = await openApp(browser, { ...r, fileAccess: false });
  const before = await workspace(page);
  await openWorkspaceFile(page, file);
  const opened = await workspace(page);
  assert.ok(opened.quotes.some((q) => q.name === 'Imported quote for the registry study'), JSON.stringify(opened.quotes?.map((q) => q.name)));
  await screenshot(page, 'workspace-opened');

  // Undo (Ctrl+Z) puts back what was there before the open.
  await page.keyboard.press('Control+z');
  await settle(page);
  assert.deepEqual(await workspace(page), before);

  // Autosave: after opening again, a reload in the same browser profile brings the same work back.
  // (Compared with the workspace as held before the reload: opening fills in defaults the file left out.)
  await openWorkspaceFile(page, file);
  const reopened = await workspace(page);
  assert.deepEqual(reopened.quotes.map((q) => q.name), opened.quotes.map((q) => q.name));
  await page.reload();
  await page.waitForFunction(() => window.fairterms && window.fairterms.ui.frames() > 1);
  await settle(page);
  const reloaded = await workspace(page);
  assert.deepEqual(reloaded.quotes.map((q) => q.name), reopened.quotes.map((q) => q.name));
  assert.deepEqual(reloaded, reopened);
  await context.close();
});

test('a damaged workspace file is refused and the current work stays', async () => {
  const bad = writeTemp('damaged.json', '{"schema": "fairterms/workspace@1", "quotes": "not a list"}');
  const { page, context } = await openApp(browser, { fileAccess: false });
  const before = await workspace(page);
  await openWorkspaceFile(page, bad);
  assert.deepEqual(await workspace(page), before);
  await screenshot(page, 'workspace-refused');
  await context.close();
});

eachRenderer('save to file downloads the whole workspace', async (r) => {
  const { page, context } = await openApp(browser, { ...r, fileAccess: false });
  const download = page.waitForEvent('download');
  await click(page, 'Save to file');
  const d = await download;
  assert.match(d.suggestedFilename(), /^fairterms-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync(await d.path(), 'utf8'));
  assert.equal(saved.schema, 'fairterms/workspace@2');   // version 2 added partnerships (issue 15)
  assert.deepEqual(saved, await workspace(page));
  await context.close();
});
