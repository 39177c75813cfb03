// The Readiness and Data assets screens in the browser: answers given through the UI change a domain's
// level (seen on screen and through window.fairterms.assess), the JS API equals the `fairterms assess` CLI
// byte for byte, and screenshots to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, openApp, click, typeInto, items, findItem, settle, screenshot, repo, eachRenderer, workspace } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const cli = [process.env.FT_CLI, ...['native-debug', 'native-release', 'native-assessui'].map((d) => resolve(repo, 'build', d, 'fairterms'))]
  .filter(Boolean).find(existsSync);
const instrument = JSON.parse(readFileSync(resolve(repo, 'assets', 'instrument', 'readiness.json'), 'utf8'));
const firstDomain = instrument.domains[0];

const assess = async (page, doc) => JSON.parse(await page.evaluate((d) => window.fairterms.assess(d), JSON.stringify(doc)));

// Scrolls the view's panel until a widget labelled `label` is on screen (down first, then back up).
async function reveal(page, label) {
  await page.mouse.move(700, 640);
  for (let i = 0; i < 30 && !(await findItem(page, label)); i++) { await page.mouse.wheel(0, 120); await settle(page, 120); }
  for (let i = 0; i < 60 && !(await findItem(page, label)); i++) { await page.mouse.wheel(0, -120); await settle(page, 120); }
  assert.ok(await findItem(page, label), `"${label}" never came into view`);
}
async function clickShown(page, label) { await reveal(page, label); await click(page, label); }

// The level shown in the overview's domain table, on the row of the domain titled `title`.
async function shownLevel(page, title) {
  // The domain table draws into the view itself; the reasons table, which names domains too, is its own window.
  const inTable = async () => (await items(page)).find((it) => it.label === title && !it.window.includes('reasons'));
  await page.mouse.move(272, 640);   // in the card's margin, clear of the reasons table, which scrolls on its own
  for (let i = 0; i < 30 && !(await inTable()); i++) { await page.mouse.wheel(0, 120); await settle(page, 120); }
  const all = await items(page);
  const row = all.find((it) => it.label === title && !it.window.includes('reasons'));
  assert.ok(row, `no row for ${title} in the domain table`);
  const cell = all.find((it) => it.window === row.window && Math.abs(it.y - row.y) < 4 && /^(Level \d|Not assessed)/.test(it.label));
  return cell.label;
}

async function openReadiness(opts) {
  const app = await openApp(browser, opts);
  await click(app.page, 'Readiness', { window: 'navigation' });
  return app;
}

// Core answers 4, 3, 2, 2 in instrument order -> sorted 2, 2, 3, 4 -> median 2.5 -> level 2.
const coreChoices = ['Level 4: Advanced', 'Level 3: Established', 'Level 2: Developing', 'Level 2: Developing'];

async function answerFirstDomain(page) {
  await click(page, 'Answer questions');
  let core = 0;
  for (const ind of firstDomain.indicators) {
    await click(page, ind.title, { window: 'navigator' });
    await clickShown(page, ind.core ? coreChoices[core++] : 'Not applicable');
  }
}

eachRenderer('answers given through the screen change the domain level, on screen and through the API', async (r) => {
  const { page, context, consoleErrors, requests } = await openReadiness(r);
  await click(page, 'Overview');
  assert.equal(await shownLevel(page, firstDomain.title), 'Not assessed');
  const empty = await assess(page, (await workspace(page)).assessment);
  assert.equal(empty.domains[0].level, null);
  assert.equal(empty.posture, 'not_yet');

  await answerFirstDomain(page);
  await screenshot(page, 'readiness-indicator');
  const doc = (await workspace(page)).assessment;
  assert.equal(Object.keys(doc.answers).length, firstDomain.indicators.length);
  const result = await assess(page, doc);
  assert.equal(result.domains[0].level, 2);
  assert.equal(result.progress.answered, firstDomain.indicators.length);
  assert.match(result.explanation.domains[firstDomain.id], /median 2\.5, so level 2/);

  await click(page, 'Overview');
  assert.equal(await shownLevel(page, firstDomain.title), 'Level 2: Developing');

  // One more answer moves it: the third core indicator to level 4 -> 2, 3, 4, 4 -> median 3.5 -> level 3.
  await click(page, 'Answer questions');
  const third = firstDomain.indicators.filter((i) => i.core)[2];
  await click(page, third.title, { window: 'navigator' });
  await clickShown(page, 'Level 4: Advanced');
  assert.equal((await assess(page, (await workspace(page)).assessment)).domains[0].level, 3);
  await click(page, 'Overview');
  assert.equal(await shownLevel(page, firstDomain.title), 'Level 3: Established');

  await typeInto(page, 'Organisation', 'Northfield Hospitals NHS Trust');
  await screenshot(page, 'readiness');
  assert.deepEqual(consoleErrors, []);
  assert.equal(new Set(requests).size, 1, 'no request but the file itself');
  await context.close();
});

test('window.fairterms.assess() equals the `fairterms assess` CLI byte for byte for the screen\'s assessment', async () => {
  assert.ok(cli, 'the native CLI has been built');
  const { page, context } = await openReadiness();
  await answerFirstDomain(page);
  await click(page, 'Data assets', { window: 'navigation' });
  await click(page, 'Add data asset');
  await typeInto(page, 'Asset name', 'Pathology results');
  const text = JSON.stringify((await workspace(page)).assessment, null, 2);
  const dir = mkdtempSync(join(tmpdir(), 'ft-assess-'));
  writeFileSync(join(dir, 'assessment.json'), text);
  const expected = execFileSync(cli, ['assess', join(dir, 'assessment.json')], { encoding: 'utf8' });
  const actual = await page.evaluate((d) => window.fairterms.assess(d), text);
  assert.equal(actual, expected);
  assert.equal(JSON.parse(actual).assets[0].name, 'Pathology results');
  await context.close();
});

test('the posture holding reasons jump to the indicator they name', async () => {
  const { page, context } = await openReadiness();
  const domain = instrument.domains[1];
  const critical = domain.indicators.find((i) => i.critical);
  await click(page, 'Overview');
  // The reasons table scrolls on its own: turn the wheel over it until the critical indicator shows.
  const row = (await items(page)).find((it) => it.window.includes('reasons'));
  await page.mouse.move(row.x + 60, row.y + 5);
  for (let i = 0; i < 20 && !(await findItem(page, critical.title, { window: 'reasons' })); i++) {
    await page.mouse.wheel(0, 60);
    await settle(page, 120);
  }
  await click(page, critical.title, { window: 'reasons' });
  // The answer view opened on that indicator: the answer given now is recorded against it.
  await clickShown(page, 'Level 2: Developing');
  assert.deepEqual(Object.keys((await workspace(page)).assessment.answers), [critical.id]);
  await context.close();
});

test('data assets: register, rating and heatmap, at 1x and 2x', async () => {
  for (const scale of [1, 2]) {
    const { page, context, consoleErrors } = await openApp(browser, { scale });
    await click(page, 'Data assets', { window: 'navigation' });
    for (const [name, level] of [['Pathology results warehouse', 'Gold'], ['Maternity records', 'Silver'], ['Community health records', 'Bronze']]) {
      await click(page, 'Add data asset');
      await typeInto(page, 'Asset name', name);
      await clickShown(page, 'Ratings');
      // Rate the first three visible sub-dimensions at this asset's level.
      // Found again before each click: a rating lengthens its category's explanation, which may wrap onto a
      // second line and move the rows below it.
      for (let k = 0; k < 3; k++) {
        const r = (await items(page)).filter((it) => it.label === level)[k];
        await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
        await settle(page);
      }
      await clickShown(page, 'Details');
    }
    const ws = await workspace(page);
    assert.equal(ws.assessment.assets.length, 3);
    assert.equal(ws.assessment.assets[0].ratings['documentation.supporting_documentation'], 'gold');
    const result = await assess(page, ws.assessment);
    // Documentation: gold, gold, gold, unrated = 3 + 3 + 3 + 0 = 9; 9 / 4 = 2.25 -> floor 2 -> silver.
    assert.equal(result.assets[0].categories.documentation, 'silver');
    assert.equal(result.assets[0].readiness, 'unrated');
    if (scale === 1) {
      await clickShown(page, 'Ratings');
      await screenshot(page, 'assets-ratings');
      await click(page, 'Heatmap');
      await screenshot(page, 'assets');
    } else {
      await click(page, 'Heatmap');
      await screenshot(page, 'assets-2x');
    }
    assert.deepEqual(consoleErrors, []);
    await context.close();
  }
});
