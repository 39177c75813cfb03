// Hostile input through the page's API (issue 10): window.fairterms returns the same error objects as the
// CLI's one-line errors, never throws, and the app keeps working after each bad call.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, click, settle, frames } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const deep = (n) => '['.repeat(n) + ']'.repeat(n);
const nested = '/app/x' + '/0'.repeat(62);

// [command, input, format, pointer, message start]
const cases = [
  ['validate', `{"schema":"fairterms/workspace@1","app":{"x":${deep(20000)}}}`, '', nested, 'is nested more than 64 levels deep'],
  ['quote', '{"schema":"fairterms/quote-request@1","duration_months":1e400}', '', '/duration_months', 'is a number too large'],
  ['value', '{"schema":"fairterms/value-request@1","data_attribution":-1e400}', '', '/data_attribution', 'is a number too large'],
  ['quote', '{"duration_months":25.000000000000000001}', '', '/duration_months', 'has more significant digits'],
  ['validate', '{"schema":"fairterms/quote-request@1","schema":"x"}', '', '/schema', 'is given twice in the same object'],
  ['validate', '{"schema":"fairterms/workspace@1"}\u0000junk', '', '', 'not valid JSON: it holds a NUL character, at character 35 (line 1)'],
  ['assess', '{"schema":"fairterms/assessment@1","answers":{"data_quality.linkage":{"level":"3"}}}', '',
    '/answers/data_quality.linkage/level', 'must be a number from 1 to 5, written without quotes'],
];

test('the page API refuses hostile input with the CLI\'s pointer and message, and the app keeps working', async () => {
  const { page, context } = await openApp(browser);
  for (const [command, input, format, pointer, message] of cases) {
    const out = await page.evaluate(([c, i, f]) => {
      try { return window.fairterms.run(c, i, f); } catch (e) { return 'threw ' + e; }
    }, [command, input, format]);
    let error;
    assert.doesNotThrow(() => { error = JSON.parse(out).error; }, `${command}: ${out.slice(0, 200)}`);
    assert.ok(error, `${command} ${input.slice(0, 60)} was not refused: ${out.slice(0, 200)}`);
    assert.equal(error.pointer, pointer);
    assert.ok(error.message.startsWith(message), `${error.message} should start ${message}`);
    // Still working: the API answers and the app draws frames and responds to a click.
    assert.equal(JSON.parse(await page.evaluate(() => window.fairterms.version())).name, 'fairterms');
  }
  const before = await frames(page);
  await click(page, 'Strategy', { window: 'navigation' });
  await settle(page);
  assert.ok((await frames(page)) > before);
  await context.close();
});
