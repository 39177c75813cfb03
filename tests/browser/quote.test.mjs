// The Quote screen in the browser: driven through its labels, checked against window.fairterms.quote()
// and the `fairterms quote` CLI, downloads, and screenshots to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, openApp, click, typeInto, items, settle, screenshot, repo, eachRenderer, workspace } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const cli = [process.env.FT_CLI, ...['native-debug', 'native-release', 'native-quoteui'].map((d) => resolve(repo, 'build', d, 'fairterms'))]
  .filter(Boolean).find(existsSync);

async function openQuote(opts = {}) {
  const app = await openApp(browser, opts);
  await click(app.page, 'Quote', { window: 'navigation' });
  return app;
}

const api = (page, input, format = '') => page.evaluate(([i, f]) => window.fairterms.quote(i, f), [input, format]);

async function clickNth(page, label, n) {
  const all = (await items(page)).filter((it) => it.label === label);
  assert.ok(all.length > n, `only ${all.length} widgets labelled ${label}`);
  const it = all[n];
  await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
  await settle(page);
}

eachRenderer('the form drives the quote, and the quote shown is the API\'s quote for the saved request', async (r) => {
  // Tall, so the whole form is on screen without scrolling.
  const { page, context, consoleErrors, requests } = await openQuote({ width: 1280, height: 3000, ...r });
  const before = JSON.parse(await api(page, JSON.stringify((await workspace(page)).quotes[0].request)));

  await typeInto(page, 'Users', '4');
  await typeInto(page, 'Duration (months)', '30');
  await click(page, 'Add dataset');
  await typeInto(page, 'Partner name', 'Northfield University');
  const request = (await workspace(page)).quotes[0].request;
  assert.equal(request.users, 4);
  assert.equal(request.duration_months, 30);
  assert.equal(request.datasets.length, 3);
  assert.equal(request.partner.name, 'Northfield University');

  const expected = await api(page, JSON.stringify(request));
  const quote = JSON.parse(expected);
  assert.ok(quote.total_pence > before.total_pence, `${quote.total_pence} <= ${before.total_pence}`);

  // What the screen priced is exactly what the API gives for the request the screen saved.
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download quote JSON')]);
  assert.equal(download.suggestedFilename(), `quote-${quote.reference}.json`);
  assert.equal(readFileSync(await download.path(), 'utf8'), expected);

  // A refused entry keeps the last good value.
  await typeInto(page, 'Users', '-2');
  assert.equal((await workspace(page)).quotes[0].request.users, 4);

  // The partner's kind changes no figure.
  await click(page, 'Company');
  const asCompany = JSON.parse(await api(page, JSON.stringify((await workspace(page)).quotes[0].request)));
  assert.equal(asCompany.partner.kind, 'company');
  assert.equal(asCompany.total_pence, quote.total_pence);
  assert.deepEqual(asCompany.lines, quote.lines);

  await screenshot(page, 'quote-full');
  assert.deepEqual(consoleErrors, []);
  assert.equal(requests.length, 1);
  await context.close();
});

test('window.fairterms.quote() equals the `fairterms quote` CLI byte for byte for the golden requests', async () => {
  assert.ok(cli, 'the native CLI has been built (set FT_CLI or build build/native-debug)');
  const golden = resolve(repo, 'tests', 'golden');
  const names = readdirSync(golden).filter((n) => n.endsWith('.quote.json') && !existsSync(resolve(golden, n.replace(/\.json$/, '.format'))));
  assert.equal(names.length, 4, names.join(', '));
  const { page, context } = await openApp(browser);
  for (const name of names) {
    const file = resolve(golden, name);
    const fromCli = execFileSync(cli, ['quote', file], { encoding: 'utf8' });
    const fromPage = await api(page, readFileSync(file, 'utf8'));
    assert.equal(fromPage, fromCli, name);
    assert.equal(fromPage, readFileSync(file.replace(/\.json$/, '.out'), 'utf8'), name);
    for (const format of ['csv', 'html']) {
      const cliDoc = execFileSync(cli, ['quote', file, '--format', format], { encoding: 'utf8' });
      // The page's API returns the CLI's text exactly, the CSV's byte-order mark included.
      if (format === 'csv') assert.ok(cliDoc.startsWith('\uFEFF'), `${name}: the CSV file starts with a byte-order mark`);
      assert.equal(await api(page, readFileSync(file, 'utf8'), format), cliDoc, `${name} as ${format}`);
    }
  }
  await context.close();
});

test('window.fairterms.quote() gives the hand calculation of issue 9: £20,391.00 on the SDE card', async () => {
  const { page, context } = await openApp(browser);
  const file = resolve(repo, 'tests', 'golden', 'sde-hand-calculation.quote.json');
  const quote = JSON.parse(await api(page, readFileSync(file, 'utf8')));
  assert.equal(quote.total_pence, 2039100);
  const provision = quote.lines.find((l) => l.id === 'data-provision');
  assert.match(provision.explanation, /^1 standard at £488\.00, 1 complex at £976\.00 = £1,464\.00/);
  await context.close();
});

test('CSV export downloads the engine\'s CSV for the quote on screen', async () => {
  const { page, context } = await openQuote({ width: 1280, height: 2600 });
  const request = (await workspace(page)).quotes[0].request;
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download CSV')]);
  assert.match(download.suggestedFilename(), /^quote-FTQ-[0-9A-F]{8}\.csv$/);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xEF, 0xBB, 0xBF], 'the downloaded CSV starts with a UTF-8 byte-order mark');
  assert.equal(bytes.toString('utf8'), await api(page, JSON.stringify(request), 'csv'), 'the download is the page API\'s text, mark included');
  await context.close();
});

test('duplicate, change and compare; screenshots at 1280x800 and at devicePixelRatio 2', async () => {
  const { page, context, consoleErrors } = await openQuote({ width: 1280, height: 800 });
  await screenshot(page, 'quote');

  await page.setViewportSize({ width: 1280, height: 2600 });
  await settle(page);
  await click(page, 'Duplicate quote');
  await click(page, 'Commercial use');
  await typeInto(page, 'Duration (months)', '30');
  await page.setViewportSize({ width: 1280, height: 800 });
  await settle(page);
  await clickNth(page, 'Compare', 0);
  await clickNth(page, 'Compare', 1);
  const ws = await workspace(page);
  assert.equal(ws.quotes.length, 2);
  assert.ok(ws.quotes.every((q) => q.compare));
  assert.equal(ws.quotes[1].request.use, 'commercial');
  assert.equal(ws.quotes[1].request.duration_months, 30);
  await screenshot(page, 'quote-compare');
  assert.deepEqual(consoleErrors, []);
  await context.close();

  const hi = await openQuote({ width: 1280, height: 800, scale: 2 });
  await screenshot(hi.page, 'quote-2x');
  await hi.context.close();
});

test('a rate card copied and edited in the browser changes the price', async () => {
  const { page, context } = await openQuote({ width: 1280, height: 3200 });
  const before = JSON.parse(await api(page, JSON.stringify((await workspace(page)).quotes[0].request)));
  await click(page, 'Copy and edit');
  await typeInto(page, 'Application', '2000');
  const request = (await workspace(page)).quotes[0].request;
  assert.equal(typeof request.rate_card, 'object');
  assert.equal(request.rate_card.items[0].unit_price_pence, 200000);
  const after = JSON.parse(await api(page, JSON.stringify(request)));
  assert.equal(after.total_pence, before.total_pence + 56900);   // GBP 2,000 - 1,431, quantity 1, no overhead, no VAT
  await screenshot(page, 'quote-card-editor');
  await context.close();
});
