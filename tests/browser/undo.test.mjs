// Nothing lost (issue 11, first half): undo and redo of named steps, refused entries that change nothing
// and disable the exports, and dates as people type them. Fields are the mirror's DOM inputs, typed into
// with the keyboard as a person would; the stored model is read from window.fairterms.ui.workspace().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openApp, click, settle, screenshot, workspace, writeSampleWorkspace, openWorkspaceFile } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A workspace file as a colleague would have saved it: an assessment with answers below target (so the
// plan has actions to date) and one named quote. Opening it is one step named after the file.
function sampleWorkspaceFile() {
  const assessment = JSON.parse(readFileSync(new URL('../golden/readiness-board.assess.json', import.meta.url), 'utf8'));
  delete assessment.previous;
  return writeSampleWorkspace('northfield.fairterms.json', { assessment });
}

async function go(page, screen) {
  await page.locator('#ft-nav').getByRole('link', { name: screen, exact: true }).evaluate((el) => el.click());
  await settle(page);
}

// Types into a mirror text field as a person does: focus, select all, type, then leave it (ends the step).
// With `whole`, the text arrives as one input (as pasted or dictated): on a loaded machine a gap of over a
// second between two keys would end the step mid-word, as a pause does.
async function typeField(page, field, text, { whole = false } = {}) {
  await field.focus();
  await page.keyboard.press('Control+A');
  if (whole) await page.keyboard.insertText(text);
  else await page.keyboard.type(text, { delay: 10 });
  await settle(page);
  // Leave the field for the page itself (as a click on an empty part of the screen does). Not Tab: it would
  // land in the next text field, where Ctrl+Z is the browser's own undo (whose history spans every field).
  await field.evaluate((el) => el.blur());
  await settle(page);
}

async function description(locator) {
  return locator.evaluate((el) => (el.getAttribute('aria-describedby') || '').split(' ')
    .map((id) => document.getElementById(id)?.textContent || '').join(' '));
}

test('open a file, edit, Ctrl+Z undoes only the edit; Ctrl+Y and Ctrl+Shift+Z redo it; the header names the step', async () => {
  const { page, context } = await openApp(browser, { fileAccess: false });
  await openWorkspaceFile(page, sampleWorkspaceFile());
  const opened = await workspace(page);
  assert.ok(opened.quotes.some((q) => q.name === 'Imported quote for the registry study'));
  // The header's Undo names the step it takes back.
  assert.equal(await page.getByRole('button', { name: 'Undo Open northfield.fairterms.json' }).count(), 1);

  await go(page, 'Readiness');
  const org = page.getByRole('textbox', { name: 'Organisation', exact: true });
  await typeField(page, org, 'Northfield NHS Trust', { whole: true });
  assert.equal((await workspace(page)).assessment.organisation, 'Northfield NHS Trust');
  const undo = page.getByRole('button', { name: 'Undo Change Organisation' });
  assert.equal(await undo.count(), 1);
  assert.match(await description(undo), /Undo Change Organisation \(Ctrl\+Z\)/);
  await screenshot(page, 'undo-named-step');

  await page.keyboard.press('Control+z');
  await settle(page);
  const undone = await workspace(page);
  assert.deepEqual(undone, opened, 'Ctrl+Z takes back the edit only, not the open');
  // Autosave keeps what is on show, not the empty state.
  const stored = await page.evaluate(() => localStorage.getItem('fairterms.workspace'));
  assert.deepEqual(JSON.parse(stored), opened);
  assert.equal(await page.getByRole('button', { name: 'Redo Change Organisation' }).count(), 1);

  await page.keyboard.press('Control+y');
  await settle(page);
  assert.equal((await workspace(page)).assessment.organisation, 'Northfield NHS Trust');
  await page.keyboard.press('Control+z');
  await settle(page);
  assert.deepEqual(await workspace(page), opened);
  await page.keyboard.press('Control+Shift+Z');
  await settle(page);
  assert.equal((await workspace(page)).assessment.organisation, 'Northfield NHS Trust');

  // The header buttons do the same (through the mirror, as a screen reader's click).
  await page.getByRole('button', { name: 'Undo Change Organisation' }).evaluate((el) => el.click());
  await settle(page);
  assert.deepEqual(await workspace(page), opened);
  await context.close();
});

test('Ctrl+Z inside a text field undoes its typing, not the workspace', async () => {
  const { page, context } = await openApp(browser, { fileAccess: false });
  await openWorkspaceFile(page, sampleWorkspaceFile());
  await go(page, 'Readiness');
  const org = page.getByRole('textbox', { name: 'Organisation', exact: true });
  await org.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' X', { delay: 10 });
  await page.keyboard.press('Control+z');
  await settle(page);
  // Still the opened file's quotes: the app's undo did not run while the field had the focus.
  assert.ok((await workspace(page)).quotes.some((q) => q.name === 'Imported quote for the registry study'));
  await context.close();
});

test('150 as data attribution leaves 25% stored, says which value is used, and disables every export', async () => {
  const { page, context } = await openApp(browser, { fileAccess: false });
  await go(page, 'Value share');
  // The untouched example is not saved (it is made afresh at start); its attribution is 25%.
  const attribution = async () => (await workspace(page)).value_scenarios?.[0].request.data_attribution ?? '0.25';
  assert.equal(await attribution(), '0.25');
  const field = page.getByRole('textbox', { name: 'Data attribution (%)' });
  await typeField(page, field, '150');
  assert.equal(await attribution(), '0.25', 'the 15 typed on the way is not stored');
  assert.equal(await field.inputValue(), '150', 'the field keeps what was typed');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.ok(await page.locator('#ft-mirror').getByText(/fairterms keeps the last valid value, 25%/).count() > 0);
  for (const name of ['Print or save as PDF', 'Download HTML', 'Download CSV', 'Download split (CSV)',
    'Download result (JSON)', 'Download request (JSON)']) {
    const b = page.getByRole('button', { name, exact: true });
    assert.ok(await b.isDisabled(), name + ' is disabled');
    assert.match(await description(b), /Data attribution/);
  }
  await screenshot(page, 'undo-refused-attribution');
  // Put right, the value is stored and the exports come back.
  await typeField(page, field, '30');
  assert.equal(await attribution(), '0.3');
  assert.equal(await page.getByRole('button', { name: 'Download CSV', exact: true }).isDisabled(), false);
  await context.close();
});

test('Users -3 and Duration abc change nothing and the quote offers no letter or CSV', async () => {
  const { page, context } = await openApp(browser, { fileAccess: false });
  await go(page, 'Quote');
  const before = (await workspace(page)).quotes[0].request;
  await typeField(page, page.getByRole('textbox', { name: 'Users', exact: true }), '-3');
  await typeField(page, page.getByRole('textbox', { name: 'Duration (months)', exact: true }), 'abc');
  assert.deepEqual((await workspace(page)).quotes[0].request, before);
  for (const name of ['Download letter', 'Download CSV', 'Print letter']) {
    const b = page.getByRole('button', { name, exact: true });
    assert.ok(await b.isDisabled(), name + ' is disabled');
    assert.match(await description(b), /Users/);
  }
  await context.close();
});

test('an action due date typed 31/03/2027 is stored 2027-03-31 and no other action disappears', async () => {
  const { page, context } = await openApp(browser, { fileAccess: false });
  await openWorkspaceFile(page, sampleWorkspaceFile());
  await go(page, 'Readiness');
  await page.getByRole('button', { name: 'Action plan', exact: true }).evaluate((el) => el.click());
  await settle(page);
  const dueFields = page.getByRole('textbox', { name: /due/i });
  const count = await dueFields.count();
  assert.ok(count >= 2, `the plan has several dated actions (found ${count})`);
  const first = dueFields.first();
  // Half typed, the field is refused, and every action is still listed.
  await first.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('31/0', { delay: 10 });
  await settle(page);
  assert.equal(await dueFields.count(), count);
  await page.keyboard.type('3/2027', { delay: 10 });
  await page.keyboard.press('Tab');
  await settle(page);
  const answers = (await workspace(page)).assessment.answers;
  const dues = Object.values(answers).map((a) => a.action?.due).filter(Boolean);
  assert.ok(dues.includes('2027-03-31'), JSON.stringify(dues));
  assert.equal(await dueFields.count(), count);
  assert.match(await description(first), /31\/03\/2027/);
  await context.close();
});
