// The page as the browser's accessibility tools see it: the mirror's ARIA tree on every screen, axe-core
// with no violations, text that arrives as text (CDP insertText and IME composition), wrapping paragraphs,
// and the keyboard alone from a fresh load. ARIA snapshots are written to build/screenshots/aria-*.txt.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openApp, settle, screenshot, shotsDir } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// axe-core from node_modules, injected as a string: nothing is fetched.
const axeSource = readFileSync(resolve(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const screens = ['Home', 'Readiness', 'Data assets', 'Strategy', 'Quote', 'Value share'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const nodes = (page) => page.evaluate(() => window.fairterms.ui.nodes());
const workspace = (page) => page.evaluate(() => window.fairterms.ui.workspace());

// Activates a mirror element the way a screen reader does (a DOM click), then waits for the app.
async function activate(page, role, name) {
  await page.getByRole(role, { name, exact: true }).first().dispatchEvent('click');
  await settle(page);
}

async function focusField(page, name) {
  const field = page.getByRole('textbox', { name, exact: true }).first();
  await field.focus();
  await settle(page);
  return field;
}

test('the ARIA tree names every navigation entry and each screen\'s main controls', async () => {
  const { page, context } = await openApp(browser);
  const nav = page.getByRole('navigation', { name: 'Screens' });
  for (const name of screens) assert.equal(await nav.getByRole('link', { name, exact: true }).count(), 1, name);
  assert.equal(await page.getByRole('button', { name: 'Save to file', exact: true }).count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Open workspace…', exact: true }).count(), 1);
  const mainButtons = {
    Readiness: ['Overview', 'Answer questions', 'Action plan', 'Compare', 'Reports'],
    Quote: [], Strategy: [], 'Data assets': [], 'Value share': [], Home: [],
  };
  for (const name of screens) {
    await activate(page, 'link', name);
    assert.equal(await page.evaluate(() => window.fairterms.ui.screen()), name);
    assert.equal(await nav.getByRole('link', { name, exact: true }).getAttribute('aria-current'), 'page');
    assert.ok(await page.getByRole('main').getByRole('heading', { level: 1 }).count() >= 1, `${name} has a level 1 heading`);
    for (const b of mainButtons[name]) assert.equal(await page.getByRole('button', { name: b, exact: true }).count(), 1, `${name}: ${b}`);
    const snapshot = await page.locator('body').ariaSnapshot();
    writeFileSync(resolve(shotsDir, `aria-${name.replace(/ /g, '-').toLowerCase()}.txt`), snapshot + '\n');
    assert.match(snapshot, /navigation "Screens"/);
  }
  await context.close();
});

test('axe-core finds no WCAG 2.2 AA violations on any screen', async () => {
  const { page, context } = await openApp(browser);
  await page.addScriptTag({ content: axeSource });
  const report = [];
  for (const name of screens) {
    await activate(page, 'link', name);
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
      return {
        violations: r.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, sample: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })),
        passes: r.passes.length, incomplete: r.incomplete.length,
      };
    });
    const elements = await page.locator('#ft-mirror .ft-node').count();
    report.push(`${name}: ${result.violations.length} violations, ${result.passes} rules passed, ${result.incomplete} to review, ${elements} mirror elements`);
    assert.ok(elements > 10, `${name}: the mirror is present (${elements} elements)`);
    assert.deepEqual(result.violations, [], `${name}: ${JSON.stringify(result.violations)}`);
  }
  console.log(report.join('\n'));
  await context.close();
});

test('committed text (CDP insertText and IME composition) lands in the field and the workspace', async () => {
  const { page, context } = await openApp(browser);
  await activate(page, 'link', 'Readiness');
  const field = await focusField(page, 'Organisation');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.insertText', { text: 'A&E attendances – 2019–2024 (£) ' });
  await cdp.send('Input.imeSetComposition', { text: 'é', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  await cdp.send('Input.imeSetComposition', { text: '日本', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '日本' });
  await settle(page);
  const want = 'A&E attendances – 2019–2024 (£) é日本';
  assert.equal(await field.inputValue(), want);
  const org = (await nodes(page)).find((n) => n.role === 'textbox' && n.name === 'Organisation');
  assert.equal(org.value, want);
  assert.ok((await workspace(page)).includes(want), 'the workspace holds the composed text');
  await screenshot(page, 'a11y-ime');
  // The field is a real, styled editor over the canvas while focused, in British English.
  const style = await field.evaluate((el) => ({ lang: el.lang, opacity: getComputedStyle(el).opacity, spell: el.spellcheck }));
  assert.deepEqual(style, { lang: 'en-GB', opacity: '1', spell: true });
  await context.close();
});

test('a 600-character strategy paragraph wraps in its editor', async () => {
  const { page, context } = await openApp(browser);
  await activate(page, 'link', 'Strategy');
  await activate(page, 'button', 'Risks and mitigations');
  const area = page.locator('#ft-mirror textarea').first();
  assert.ok(await area.count(), 'the strategy screen has a multi-line field');
  await area.focus();
  await settle(page);
  await page.keyboard.press('Control+A');
  const words = 'Partnerships must show a clear public benefit and keep patient data inside the secure environment. ';
  const text = words.repeat(7).slice(0, 600);
  await page.keyboard.insertText(text);
  await settle(page);
  const m = await area.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, value: el.value.length }));
  assert.equal(m.value, 600);
  assert.ok(m.sw <= m.cw, `scrollWidth ${m.sw} <= clientWidth ${m.cw}`);
  assert.ok((await workspace(page)).includes(text.trim().slice(0, 80)));
  await screenshot(page, 'a11y-strategy-paragraph');
  await context.close();
});

test('keyboard only from a fresh load: skip link, navigation, a screen\'s tabs and an answer', async () => {
  const { page, context } = await openApp(browser);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  await screenshot(page, 'a11y-skip-link');
  // Tab on through the banner into the navigation, then Enter on Readiness.
  let guard = 0;
  while (guard++ < 10 && (await page.evaluate(() => document.activeElement.textContent)) !== 'Readiness') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(await page.evaluate(() => window.fairterms.ui.screen()), 'Readiness');
  await screenshot(page, 'a11y-focus-ring');
  // Tab to "Answer questions", Enter, then Tab to the first level and press Space to choose it.
  guard = 0;
  while (guard++ < 20 && (await page.evaluate(() => document.activeElement.textContent)) !== 'Answer questions') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await settle(page);
  // Tab stops once in a radio group (on its first choice when none is chosen); the arrow keys move within it.
  guard = 0;
  while (guard++ < 150 && (await page.evaluate(() => document.activeElement.getAttribute('aria-label'))) !== 'Level 1: Initial') {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('ArrowDown');
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Level 2: Developing');
  const ws = JSON.parse(await workspace(page));
  assert.ok(JSON.stringify(ws.assessment).includes('"level":2'), 'one indicator answered at level 2 by keyboard');
  // "?" shows the keyboard shortcuts; Escape closes them.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('?');
  assert.equal(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible(), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible(), false);
  await context.close();
});

test('the mirror costs little per changed frame and nothing when idle', async () => {
  const { page, context } = await openApp(browser);
  await activate(page, 'link', 'Readiness');
  await activate(page, 'button', 'Answer questions');
  await page.evaluate(() => window.fairterms.ui.resetMirrorStats());
  const f0 = await page.evaluate(() => window.fairterms.ui.frames());
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.fairterms.ui.frames()), f0, 'no frames drawn while idle');
  assert.equal((await page.evaluate(() => window.fairterms.ui.mirror())).updates, 0, 'no mirror work while idle');
  // Changed frames: choose each level in turn (each choice changes the nodes: checked states, progress).
  for (const level of ['Level 2: Developing', 'Level 3: Established', 'Level 1: Initial', 'Level 4: Advanced']) {
    await page.getByRole('radio', { name: level, exact: true }).first().dispatchEvent('click');
    await settle(page, 150);
  }
  const s = await page.evaluate(() => window.fairterms.ui.mirror());
  assert.ok(s.updates >= 4, `the mirror followed the changes (${s.updates} updates)`);
  console.log(`mirror on the Readiness answering view: ${s.nodes} nodes, ${s.updates} updates, ` +
              `mean ${(s.totalMs / s.updates).toFixed(2)} ms, max ${s.maxMs.toFixed(2)} ms per changed frame`);
  await context.close();
});
