// Partnerships (issue 15): from a workspace that already holds a quote and a value-share scenario, build a
// partnership on the screen, download its heads of terms as Word and the register as CSV, and check that the
// downloads, the page's window.fairterms.terms/register and the native CLI agree byte for byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, openApp, click, typeInto, items, nodes, settle, screenshot, repo, openWorkspaceFile } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const cli = [process.env.FT_CLI, ...['native-debug', 'native-release'].map((d) => resolve(repo, 'build', d, 'fairterms'))]
  .filter(Boolean).find(existsSync);

// The golden register's workspace without its partnerships, saved as version 1 (before partnerships
// existed), so opening it also takes the migration.
function startingWorkspace() {
  const ws = JSON.parse(readFileSync(resolve(repo, 'tests', 'golden', 'northfield.register.json'), 'utf8'));
  delete ws.partnerships;
  ws.schema = 'fairterms/workspace@1';
  return ws;
}

// From ImGui's item log, else from the semantics nodes (a combo drawn with a hidden label is named there).
async function findPrefix(page, prefix) {
  const it = (await items(page)).find((i) => i.label.startsWith(prefix));
  if (it) return it;
  const n = (await nodes(page)).find((x) => x.name.startsWith(prefix) && x.w > 0 && x.h > 0);
  return n && { label: n.name, x: n.x, y: n.y, w: n.w, h: n.h };
}

// Scrolls the record panel from the top until a widget whose label starts with `prefix` is fully visible.
async function reveal(page, prefix) {
  await page.mouse.move(900, 500);
  await page.mouse.wheel(0, -20000);
  await settle(page, 120);
  const height = page.viewportSize().height;
  for (let i = 0; i < 120; i++) {
    const it = await findPrefix(page, prefix);
    if (it && it.y > 70 && it.y + it.h < height - 10) return it;
    await page.mouse.move(900, 500);
    await page.mouse.wheel(0, 200);
    await settle(page, 120);
  }
  throw new Error(`no widget labelled "${prefix}..." found while scrolling`);
}

test('a partnership from an existing quote and scenario: heads of terms as Word, the register as CSV; page and CLI agree', async () => {
  assert.ok(cli, 'the native CLI is needed to compare with the page');
  const dir = mkdtempSync(join(tmpdir(), 'ft-partners-'));
  const file = join(dir, 'northfield.json');
  writeFileSync(file, JSON.stringify(startingWorkspace(), null, 2));

  const { page, context, requests } = await openApp(browser, { fileAccess: false });
  await openWorkspaceFile(page, file);

  const started = Date.now();
  await click(page, 'Partnerships', { window: 'navigation' });
  await click(page, 'New partnership');
  await typeInto(page, 'Partner name', 'Example Diagnostics Ltd');
  await reveal(page, 'Commercial use');
  await click(page, 'Commercial use');
  let it = await reveal(page, 'Linked quote');
  await click(page, it.label);
  await click(page, 'Sepsis model quote');
  it = await reveal(page, 'Linked value-share scenario');
  await click(page, it.label);
  await click(page, 'Imaging AI consortium');
  // The figures of the linked quote and scenario are on the screen, and so is the principles check.
  assert.ok(await reveal(page, 'Present value to the NHS: £275,832.40'));
  await screenshot(page, 'partnerships-linked');

  await page.mouse.move(900, 500);
  await page.mouse.wheel(0, -20000);   // back to the top, where the downloads are
  await settle(page, 120);
  const [word] = await Promise.all([page.waitForEvent('download'), click(page, 'Heads of terms (Word)')]);
  const [csv] = await Promise.all([page.waitForEvent('download'), click(page, 'Register (CSV)')]);
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 60, `from quote and scenario to heads of terms and register in ${seconds} s`);
  assert.equal(word.suggestedFilename(), 'heads-of-terms-partnership-1.docx');
  const wordBytes = readFileSync(await word.path());
  const csvBytes = readFileSync(await csv.path());
  assert.equal(wordBytes.subarray(0, 2).toString(), 'PK');

  // The same documents from the page's API and from the CLI, for the workspace as the app now holds it.
  const workspace = JSON.parse(await page.evaluate(() => window.fairterms.ui.workspace()));
  assert.equal(workspace.schema, 'fairterms/workspace@2');
  assert.equal(workspace.partnerships.length, 1);
  assert.equal(workspace.partnerships[0].quote, 'Sepsis model quote');
  const request = { schema: 'fairterms/terms-request@1', partnership: 'Partnership 1', workspace };
  const pageDocx = Buffer.from(await page.evaluate((r) => window.fairterms.terms(r, 'docx-base64'), JSON.stringify(request)), 'base64');
  const requestFile = join(dir, 'terms-request.json');
  writeFileSync(requestFile, JSON.stringify(request));
  const cliDocx = execFileSync(cli, ['terms', requestFile, '--format', 'docx']);
  assert.ok(pageDocx.equals(cliDocx), 'the page API and the CLI write the same Word file');
  assert.ok(wordBytes.equals(cliDocx), 'the downloaded Word file is the CLI\'s');
  for (const format of ['md', 'html']) {
    const fromPage = await page.evaluate(([r, f]) => window.fairterms.terms(r, f), [JSON.stringify(request), format]);
    assert.equal(fromPage, execFileSync(cli, ['terms', requestFile, '--format', format], { encoding: 'utf8' }));
  }
  const md = execFileSync(cli, ['terms', requestFile], { encoding: 'utf8' });
  assert.match(md, /Subject to contract/);
  assert.match(md, /\| \*\*Total\*\* \|  \|  \| \*\*£42,995\.00\*\* \|/);

  const workspaceFile = join(dir, 'workspace.json');
  writeFileSync(workspaceFile, JSON.stringify(workspace));
  const cliCsv = execFileSync(cli, ['register', workspaceFile, '--format', 'csv']);
  assert.ok(csvBytes.equals(cliCsv), 'the downloaded register is the CLI\'s');
  assert.equal(csvBytes.subarray(0, 3).toString('hex'), 'efbbbf');
  // The page's string API decodes the bytes (TextDecoder drops the byte-order mark), so compare after it.
  const pageCsv = await page.evaluate((w) => window.fairterms.register(w, 'csv'), JSON.stringify(workspace));
  assert.equal(pageCsv.replace(/^\uFEFF/, ''), cliCsv.toString('utf8').replace(/^\uFEFF/, ''));
  assert.match(cliCsv.toString('utf8'), /Example Diagnostics Ltd,.*Secure data environment,Yes,"£42,995\.00"/);
  for (const format of ['html']) {
    const fromPage = await page.evaluate(([w, f]) => window.fairterms.register(w, f), [JSON.stringify(workspace), format]);
    assert.equal(fromPage, execFileSync(cli, ['register', workspaceFile, '--format', format], { encoding: 'utf8' }));
  }

  // Refusals come back the same way too: exclusivity cites DHSC's third principle.
  const bad = structuredClone(request);
  bad.workspace.partnerships[0].exclusivity = true;
  const refused = JSON.parse(await page.evaluate((r) => window.fairterms.terms(r, 'md'), JSON.stringify(bad)));
  assert.equal(refused.error.pointer, '/workspace/partnerships/0/exclusivity');
  assert.match(refused.error.message, /DHSC's third principle/);

  assert.deepEqual(requests.filter((u) => !u.startsWith('file://')), [], 'no request leaves the page');
  await context.close();
});
