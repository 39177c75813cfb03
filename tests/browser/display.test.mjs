// The display choices: a high-contrast theme and a size from 100% to 200%, both remembered in the browser;
// at 200% in a 1280 x 720 window every screen reflows so nothing runs off its right edge, and the mirror's
// elements stay on the controls they stand for. Screenshots: build/screenshots/display-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, screenshot } from './lib.mjs';

const screens = ['Home', 'Readiness', 'Data assets', 'Strategy', 'Quote', 'Value share', 'Partnerships'];
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function activate(page, role, name) {
  await page.getByRole(role, { name, exact: true }).first().dispatchEvent('click');
  await settle(page);
}

// The colour of the page background at a point of the canvas well inside the content area.
async function pixel(page, x, y) {
  const shot = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  const { inflateSync } = await import('node:zlib');
  // PNG: find the IDAT chunk, inflate it; one filter byte, then RGBA (or RGB).
  let at = 8, data = [];
  while (at < shot.length) {
    const len = shot.readUInt32BE(at), type = shot.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') data.push(shot.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(data));
  return (raw[1] << 16) | (raw[2] << 8) | raw[3];
}

test('high contrast and a 200% size are chosen by keyboard, remembered, and reflow every screen', async () => {
  const { page, context, consoleErrors } = await openApp(browser, { width: 1280, height: 720 });
  const background = await pixel(page, 245, 400);
  assert.equal(background.toString(16), 'f0f4f5', 'the standard page background');
  const box = page.getByRole('checkbox', { name: 'High contrast', exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal(await box.isChecked(), true);
  assert.equal((await pixel(page, 245, 400)).toString(16), 'ffffff', 'the high-contrast page is white');
  await screenshot(page, 'display-high-contrast');

  // The size list: a button that opens a list of options.
  const size = page.getByRole('button', { name: /^Size/ });
  await size.focus();
  await page.keyboard.press('ArrowDown');
  await settle(page);
  for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement.textContent)) !== '200%'; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('fairterms.display'))).scale, 200);

  // Remembered across a reload, apart from the workspace.
  await page.reload();
  await page.waitForFunction(() => window.fairterms && window.fairterms.ui.frames() > 1);
  await settle(page);
  assert.equal(await page.getByRole('checkbox', { name: 'High contrast', exact: true }).isChecked(), true);
  assert.match(await page.getByRole('button', { name: /^Size/ }).textContent(), /200%/);

  const report = [];
  for (const name of screens) {
    await activate(page, 'link', name);
    // Every mirror element (so every widget and text the screen draws) lies within the window's width.
    const wide = await page.evaluate(() => [...document.querySelectorAll('#ft-mirror .ft-node')]
      .filter((el) => !el.classList.contains('ft-table') && el.getAttribute('role') !== 'img' && el.tagName !== 'SPAN')
      .map((el) => ({ name: (el.getAttribute('aria-label') || el.textContent).slice(0, 60), r: el.getBoundingClientRect() }))
      // (a navigation entry's hit area reaches half an item gap past the window's left edge: 5 px, 10 at 200%)
      .filter((e) => e.r.right > window.innerWidth + 1 || e.r.left < -12)
      .map((e) => `${e.name} [${Math.round(e.r.left)}..${Math.round(e.r.right)}]`));
    report.push(`${name}: ${wide.length} elements past the edge`);
    await screenshot(page, `display-200-${name.replace(/ /g, '-').toLowerCase()}`);
    assert.deepEqual(wide, [], `${name} at 200%: nothing runs past the right edge`);
  }
  // The mirror follows the size: the navigation link for Home sits where the canvas draws it, twice as large.
  const home = await page.getByRole('link', { name: 'Home', exact: true }).boundingBox();
  assert.ok(home.height >= 100, `navigation entries are drawn twice as tall (${home.height} px)`);
  console.log(report.join('\n'));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

// Every screen and the views behind its buttons and tabs: what reflows (shell/flow.h) is in the views too.
const views = [['Readiness', 'button', 'Answer questions'], ['Readiness', 'button', 'Action plan'], ['Readiness', 'button', 'Compare'],
  ['Readiness', 'button', 'Reports'], ['Data assets', 'button', 'Add data asset'], ['Data assets', 'button', 'Heatmap'],
  ['Data assets', 'button', 'Partner profiles'], ['Strategy', 'button', 'Choose the posture'], ['Quote', 'button', 'New quote']];

test('at 200% in 1280 x 720 nothing runs past the right edge on any screen', async () => {
  const { page, context } = await openApp(browser, { width: 1280, height: 720 });
  await page.evaluate(() => localStorage.setItem('fairterms.display', '{"theme":"standard","scale":200}'));
  await page.reload();
  await page.waitForFunction(() => window.fairterms && window.fairterms.ui.frames() > 1);
  await settle(page);
  for (const name of screens) {
    await activate(page, 'link', name);
    const wide = await page.evaluate(() => [...document.querySelectorAll('#ft-mirror .ft-node')]
      .filter((el) => !el.classList.contains('ft-table') && el.getAttribute('role') !== 'img' && el.tagName !== 'SPAN')
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).length);
    assert.equal(wide, 0, `${name} at 200%`);
  }
  for (const [name, role, control] of views) {
    await activate(page, 'link', name);
    assert.equal(await page.getByRole(role, { name: control, exact: true }).count() > 0, true, `${name} has ${control}`);
    await activate(page, role, control);
    const wide = await page.evaluate(() => [...document.querySelectorAll('#ft-mirror .ft-node')]
      .filter((el) => !el.classList.contains('ft-table') && el.getAttribute('role') !== 'img' && el.tagName !== 'SPAN')
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => (el.getAttribute('aria-label') || el.textContent).slice(0, 40)));
    assert.deepEqual(wide, [], `${name}, ${control} at 200%`);
    await screenshot(page, `display-200-${name.replace(/ /g, '-').toLowerCase()}-${control.replace(/ /g, '-').toLowerCase()}`);
  }
  await context.close();
});
