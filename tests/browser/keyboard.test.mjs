// The four tasks of the product, done from a fresh load with the keyboard alone (Playwright's page.keyboard,
// nothing else drives the page): answer one indicator, rate one data asset on one category, build a quote with
// one dataset and download its letter, and export the strategy as a Word document. The test only reads the
// page (which element has focus, the workspace) to decide which key to press next, as a person reads the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { click, launch, openApp, settle, screenshot } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The focused element's accessible name as a screen reader would say it (label, or its text).
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  if (!a || a === document.body) return '(the page itself)';
  return (a.getAttribute('aria-label') || a.textContent || '').trim();
});

// Presses Tab (or Shift+Tab) until the focused control's name matches `want`; fails after `max` presses.
async function tabTo(page, want, { back = false, max = 250 } = {}) {
  const match = (name) => (want instanceof RegExp ? want.test(name) : name === want);
  const seen = [];
  for (let i = 0; i <= max; i++) {
    const name = await focused(page);
    if (match(name)) return name;
    if (seen.length < 400) seen.push(name);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`no control named ${want} within ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; passed: ${seen.slice(-60).join(' | ')}`);
}

async function press(page, key) {
  await page.keyboard.press(key);
  await settle(page);
}

const workspace = async (page) => JSON.parse(await page.evaluate(() => window.fairterms.ui.workspace()));
const screen = (page) => page.evaluate(() => window.fairterms.ui.screen());

// Goes to a screen through the navigation: back up to it with Shift+Tab, then Enter.
async function goTo(page, name) {
  await tabTo(page, name, { back: true });
  await press(page, 'Enter');
  assert.equal(await screen(page), name);
}

test('keyboard only from a fresh load: answer, rate, quote with its letter, strategy as Word', async () => {
  const { page, context, consoleErrors } = await openApp(browser);
  // The first Tab reaches "Skip to content"; Enter on it lands in the screen's content.
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'Skip to content');
  await press(page, 'Enter');
  assert.ok(await page.evaluate(() => document.getElementById('ft-main').contains(document.activeElement)),
    'Skip to content moves focus into the main content');

  // 1. Readiness: answer one indicator. Tab stops once on a radio group; Space chooses, arrows move the choice.
  await goTo(page, 'Readiness');
  await tabTo(page, 'Answer questions');
  await press(page, 'Enter');
  await tabTo(page, 'Level 1: Initial');
  await press(page, 'Space');
  await press(page, 'ArrowDown');
  assert.equal(await focused(page), 'Level 2: Developing');
  let ws = await workspace(page);
  assert.ok(JSON.stringify(ws.assessment).includes('"level":2'), 'an indicator is answered at level 2');
  await screenshot(page, 'keyboard-readiness');

  // 2. Data assets: add an asset, name it, switch to its ratings and rate one sub-dimension.
  await goTo(page, 'Data assets');
  await tabTo(page, 'Add data asset');
  await press(page, 'Enter');
  await tabTo(page, 'Asset name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Pathology results – 2019–2024 (£)');
  await settle(page);
  ws = await workspace(page);
  assert.ok(JSON.stringify(ws).includes('Pathology results – 2019–2024 (£)'), 'the asset is named, dashes and pound sign kept');
  await tabTo(page, 'Details', { back: true });
  await press(page, 'ArrowRight');
  assert.equal(await focused(page), 'Ratings');
  const sub = await tabTo(page, /^.+: Unrated$/);
  await press(page, 'ArrowRight');
  const rated = sub.replace(/: Unrated$/, ': Bronze');
  assert.equal(await focused(page), rated);
  ws = await workspace(page);
  assert.ok(JSON.stringify(ws).includes('"bronze"'), `${rated} is recorded`);
  await screenshot(page, 'keyboard-assets');

  // 3. Quote: a new quote with one dataset, then its letter downloaded.
  await goTo(page, 'Quote');
  await tabTo(page, 'New quote');
  await press(page, 'Enter');
  await tabTo(page, 'Partner name');
  await page.keyboard.type('Keyboard University');
  await tabTo(page, 'Purpose');
  await page.keyboard.type('A study of emergency readmissions, for publication.');
  await settle(page);
  await tabTo(page, 'Add dataset');
  await press(page, 'Enter');
  await tabTo(page, 'Dataset name, row 1');
  await page.keyboard.type('Emergency attendances');
  await settle(page);
  await tabTo(page, 'Download letter');
  const [letter] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  await settle(page);
  assert.match(letter.suggestedFilename(), /\.html$/);
  const letterText = await (await import('node:fs/promises')).readFile(await letter.path(), 'utf8');
  assert.ok(letterText.includes('Emergency attendances'), 'the letter names the dataset');
  await screenshot(page, 'keyboard-quote');

  assert.deepEqual(consoleErrors, []);
  await context.close();
});

// From a fresh load there is no self-assessment, so no suggested posture: the strategy can be written once
// it names its organisation and owner and a posture is chosen, all of which the keyboard reaches. Until
// then the export buttons are disabled (out of the tab order) and the bar says what is missing.
test('keyboard only: the strategy exported as Word', async () => {
  const { page, context, consoleErrors } = await openApp(browser);
  await page.keyboard.press('Tab');
  // 4. Strategy: the document details, the posture, then the document downloaded as Word.
  await goTo(page, 'Strategy');
  assert.equal(await page.getByRole('button', { name: 'Download Word (.docx)', exact: true }).isDisabled(), true,
    'nothing to export before the organisation, owner and posture are given');
  await tabTo(page, 'Organisation');
  await page.keyboard.type('Northfield Hospitals NHS Trust');
  await tabTo(page, 'Owner');
  await page.keyboard.type('Chief Digital Information Officer');
  await settle(page);
  await tabTo(page, 'Choose the posture');
  await press(page, 'Enter');
  // One Tab stop for the posture radio group (Proactive first); Space chooses it.
  await tabTo(page, 'Proactive');
  await press(page, 'Space');
  const ws = await workspace(page);
  assert.equal(ws.strategy.posture, 'proactive');
  assert.equal(ws.strategy.owner, 'Chief Digital Information Officer');
  await tabTo(page, 'Download Word (.docx)', { back: true });
  const [word] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(word.suggestedFilename(), /\.docx$/);
  const bytes = await (await import('node:fs/promises')).readFile(await word.path());
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a real Word file (a zip)');
  await settle(page);
  await screenshot(page, 'keyboard-strategy');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('Escape closes an open list and gives focus back to its button; "?" lists the shortcuts', async () => {
  const { page, context } = await openApp(browser);
  await page.keyboard.press('Tab');
  await tabTo(page, /^Size/);
  await press(page, 'ArrowDown');   // opens the list on its chosen option
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'option');
  await press(page, 'Escape');
  assert.match(await focused(page), /^Size/);
  assert.equal(await page.getByRole('listbox').count(), 0, 'the list closed');
  await page.keyboard.press('?');
  assert.equal(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible(), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible(), false);
  await context.close();
});

test('Tab in an open list closes it and keeps the choice; the shortcuts panel gives focus back to where it was', async () => {
  const { page, context } = await openApp(browser);
  await page.keyboard.press('Tab');
  await tabTo(page, /^Size/);
  const size = async () => (await page.evaluate(() => window.fairterms.ui.nodes())).find((n) => n.role === 'combobox' && n.name === 'Size');
  const chosen = (await size()).value;
  await press(page, 'ArrowDown');   // opens the list on its chosen option
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'option');
  await press(page, 'Tab');
  assert.equal(await page.getByRole('listbox').count(), 0, 'the list closed');
  assert.equal((await size()).value, chosen, 'the choice is as it was');
  const next = await focused(page);
  assert.doesNotMatch(next, /^Size|^\(the page itself\)$/, 'Tab went on to the next control');
  // "?" from there, then Escape (or Close): focus is back on that control, not on the page.
  await page.keyboard.press('?');
  assert.equal(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible(), true);
  await press(page, 'Escape');
  assert.equal(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible(), false);
  assert.equal(await focused(page), next);
  await page.keyboard.press('?');
  await press(page, 'Enter');   // on its Close button
  assert.equal(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible(), false);
  assert.equal(await focused(page), next);
  await context.close();
});

test('Escape cancels the question "Open workspace…" asks over unsaved work, and focus goes back to the button', async () => {
  const { page, context } = await openApp(browser);
  await click(page, 'Quote', { window: 'navigation' });
  await click(page, 'New quote');   // a change that is in no file yet
  await page.keyboard.press('Tab');
  await tabTo(page, 'Open workspace\u2026', { back: true });
  await press(page, 'Enter');
  assert.equal(await focused(page), 'Save to file first', 'the question takes focus');
  await press(page, 'Escape');
  assert.equal(await page.getByRole('button', { name: 'Open anyway' }).count(), 0, 'the question went');
  assert.equal(await focused(page), 'Open workspace\u2026');
  await context.close();
});

