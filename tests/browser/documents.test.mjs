// The printable HTML documents as a recipient prints them: Chromium's page.pdf() on A4, read back with
// pdftotext. Each document has page numbers in its page margins, no page but the last is more than half
// empty (headings kept with what follows, no lone lines), and the golden quote letter fits on two pages.
// The documents come from the native CLI, which shares every byte of its output with the page's JS API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, repo } from './lib.mjs';

const cli = process.env.FT_CLI ? resolve(process.env.FT_CLI) : resolve(repo, 'build', 'native-debug', 'fairterms');
const outDir = resolve(repo, 'build', 'documents');
mkdirSync(outDir, { recursive: true });

const documents = [
  { name: 'quote-letter', cmd: 'quote', input: 'trust-bespoke-letter.quote.json', maxPages: 2, expect: ['Northfield Teaching Hospitals', 'Quote for access to data', 'Yours sincerely'] },
  { name: 'board-report', cmd: 'report', input: 'readiness-board-html.report.json', expect: ['Data partnership readiness', 'Action plan'] },
  { name: 'value-share', cmd: 'value', input: 'imaging-consortium-html.value.json', expect: ['Value share', 'Split among NHS organisations'] },
];

// Word boxes per page from pdftotext -bbox: [{height, words: [{yMin, yMax, text}]}].
function pagesOf(pdfPath) {
  const xml = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = [];
  for (const chunk of xml.split('<page ').slice(1)) {
    const height = Number(/height="([\d.]+)"/.exec(chunk)[1]);
    const words = [...chunk.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ yMin: Number(m[1]), yMax: Number(m[2]), text: m[3] }));
    pages.push({ height, words });
  }
  return pages;
}

let browser;
before(async () => {
  assert.ok(existsSync(cli), `the native CLI is needed to write the documents: ${cli}`);
  browser = await launch();
});
after(async () => { if (browser) await browser.close(); });

for (const doc of documents) {
  test(`${doc.name} prints on A4 with page numbers and no half-empty page`, async () => {
    const html = execFileSync(cli, [doc.cmd, resolve(repo, 'tests', 'golden', doc.input), '--format', 'html'], { encoding: 'utf8' });
    const htmlPath = resolve(outDir, `${doc.name}.html`);
    writeFileSync(htmlPath, html);
    const page = await browser.newPage();
    await page.goto('file://' + htmlPath);
    const pdfPath = resolve(outDir, `${doc.name}.pdf`);
    // preferCSSPageSize false: the A4 the test asks for, as a person choosing A4 in the print dialog would.
    await page.pdf({ path: pdfPath, format: 'A4', displayHeaderFooter: false });
    await page.close();

    const pages = pagesOf(pdfPath);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    console.log(`${doc.name}: ${pages.length} A4 pages`);
    for (const want of doc.expect) assert.ok(text.includes(want), `${doc.name} shows "${want}"`);
    pages.forEach((p, i) => {
      const label = `Page ${i + 1} of ${pages.length}`;
      assert.ok(p.words.map((w) => w.text).join(' ').includes(label), `${doc.name} page ${i + 1} says "${label}"`);
    });
    if (doc.maxPages) assert.ok(pages.length <= doc.maxPages, `${doc.name} fits on ${doc.maxPages} pages (has ${pages.length})`);
    // How far down each page the body reaches: the page-margin boxes (top and bottom 20 mm) are left out.
    pages.slice(0, -1).forEach((p, i) => {
      const margin = p.height * 20 / 297;
      const body = p.words.filter((w) => w.yMin > margin && w.yMax < p.height - margin);
      const lowest = Math.max(0, ...body.map((w) => w.yMax));
      const filled = (lowest - margin) / (p.height - 2 * margin);
      assert.ok(filled > 0.5, `${doc.name} page ${i + 1} of ${pages.length} is more than half empty (filled to ${Math.round(filled * 100)}%)`);
    });
  });
}
