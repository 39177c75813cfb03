// The Strategy screen in the browser: driven through its labels, its document checked against
// window.fairterms.strategy() and the `fairterms strategy` CLI byte for byte, a real .docx download,
// and screenshots to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, openApp, click, typeInto, settle, screenshot, repo } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const cli = [process.env.FT_CLI, ...['native-debug', 'native-release'].map((d) => resolve(repo, 'build', d, 'fairterms'))]
  .filter(Boolean).find(existsSync);

const strategyPart = (page) => page.evaluate(() => JSON.parse(window.fairterms.ui.workspace()).strategy);
const api = (page, input, format) => page.evaluate(([i, f]) => window.fairterms.strategy(i, f), [input, format]);

async function writeStrategy(opts = {}) {
  const app = await openApp(browser, opts);
  const { page } = app;
  await click(page, 'Strategy', { window: 'navigation' });
  await typeInto(page, 'Organisation', 'Northfield Teaching Hospitals NHS Foundation Trust');
  await typeInto(page, 'Owner', 'the Chief Digital Information Officer');
  await typeInto(page, 'Approved by', 'the Trust Board');
  await typeInto(page, 'Approval date', '2026-03-31');
  await click(page, 'Partnership posture');
  await click(page, 'Reactive');
  await click(page, 'Risks and mitigations');
  await typeInto(page, 'Risks and mitigations text', '- Re-identification: every output is checked before it leaves the environment.');
  return app;
}

test('the document the screen writes is the CLI\'s, byte for byte', async () => {
  assert.ok(cli, 'the native CLI has been built');
  const { page, context, consoleErrors } = await writeStrategy();
  const part = await strategyPart(page);
  assert.equal(part.organisation, 'Northfield Teaching Hospitals NHS Foundation Trust');
  assert.equal(part.posture, 'reactive');
  assert.equal(part.approval_date, '2026-03-31');
  assert.equal(part.sections.risks, '- Re-identification: every output is checked before it leaves the environment.');

  const dir = mkdtempSync(join(tmpdir(), 'ft-strategy-'));
  const file = join(dir, 'strategy.json');
  writeFileSync(file, JSON.stringify(part));
  const md = await api(page, JSON.stringify(part), 'md');
  assert.equal(md, execFileSync(cli, ['strategy', file], { encoding: 'utf8' }));
  assert.match(md, /\n## 11\. Risks and mitigations\n\n- Re-identification: every output is checked/);
  assert.equal(await api(page, JSON.stringify(part), 'html'), execFileSync(cli, ['strategy', file, '--format', 'html'], { encoding: 'utf8' }));
  const docx = execFileSync(cli, ['strategy', file, '--format', 'docx']);
  assert.equal(await api(page, JSON.stringify(part), 'docx-base64'), docx.toString('base64'));

  const err = JSON.parse(await api(page, JSON.stringify({ ...part, posture: 'eager' }), 'md'));
  assert.equal(err.error.pointer, '/posture');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('Word download gives a real .docx; the screen looks right', async () => {
  const { page, context } = await writeStrategy();
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download Word (.docx)')]);
  assert.match(download.suggestedFilename(), /^data-asset-management-strategy-\d{4}-\d{2}-\d{2}\.docx$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  assert.ok(bytes.includes(Buffer.from('word/document.xml')));
  await settle(page);
  await screenshot(page, 'strategy');
  await click(page, 'Partnership posture');
  await screenshot(page, 'strategy-posture');
  await click(page, 'Document details');
  await screenshot(page, 'strategy-details');
  await context.close();
});

test('crisp at devicePixelRatio 2: full-density canvas, fields where they are drawn, typing lands', async () => {
  const { page, context } = await writeStrategy({ scale: 2 });
  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
  });
  assert.equal(canvas.width, canvas.cssWidth * 2, 'the backing store has two device pixels per CSS pixel');
  assert.equal(canvas.height, canvas.cssHeight * 2);
  // Widget rectangles are reported in CSS pixels, so the text typed by clicking on them reached the fields.
  const part = await strategyPart(page);
  assert.equal(part.organisation, 'Northfield Teaching Hospitals NHS Foundation Trust');
  assert.equal(part.owner, 'the Chief Digital Information Officer');
  assert.equal(part.posture, 'reactive');
  await screenshot(page, 'strategy-2x');
  await context.close();
});
