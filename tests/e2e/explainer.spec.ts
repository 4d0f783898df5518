import { expect, test } from '@playwright/test';
import { centreOf, recordConsole, recordHosts } from './helpers.ts';

const pin = (name: string) => `.leaflet-marker-icon[title="${name}"]`;

test('shows the headline once, the article, the map and the timeline, offline and quietly', async ({
  page,
}) => {
  const hosts = recordHosts(page);
  const messages = recordConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'North Korea to send team to Olympics in South Korea in breakthrough',
  );
  await expect(
    page.getByText('North Korea to send team to Olympics in South Korea in breakthrough'),
  ).toHaveCount(1);
  await expect(page.getByRole('article')).toContainText(
    'The Koreas held their first formal talks in more than two years.',
  );
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator(pin('Panmunjom'))).toBeVisible();
  await expect(page.locator('.bm-country').first()).toBeAttached();
  await page.screenshot({ path: 'docs/screenshots/desktop.png' });
  const own = new URL(page.url()).host;
  expect([...hosts].filter((h) => h !== own)).toEqual([]);
  expect(messages).toEqual([]);
});

test('plots the seed places where they are: Pyongyang north-west of Seoul, Pyeongchang east, Panmunjom between', async ({
  page,
}) => {
  await page.goto('/');
  for (const name of ['Panmunjom', 'Pyeongchang', 'Seoul', 'Pyongyang'])
    await expect(page.locator(pin(name))).toBeVisible();
  const seoul = await centreOf(page, pin('Seoul'));
  const pyongyang = await centreOf(page, pin('Pyongyang'));
  const pyeongchang = await centreOf(page, pin('Pyeongchang'));
  const panmunjom = await centreOf(page, pin('Panmunjom'));
  expect(pyongyang.x).toBeLessThan(seoul.x);
  expect(pyongyang.y).toBeLessThan(seoul.y);
  expect(pyeongchang.x).toBeGreaterThan(seoul.x);
  expect(panmunjom.y).toBeLessThan(seoul.y);
  expect(panmunjom.y).toBeGreaterThan(pyongyang.y);
  expect(panmunjom.x).toBeGreaterThan(pyongyang.x);
  expect(panmunjom.x).toBeLessThan(seoul.x);
});

test('a click on a marker marks the place in the text and its events on the timeline', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator(pin('Panmunjom')).click();
  await expect(page.getByRole('article').locator('mark')).toContainText(['Panmunjom']);
  await expect(page.getByRole('heading', { name: 'Panmunjom', level: 3 })).toBeVisible();
  await expect(page).toHaveURL(/place=panmunjom/);
  await expect(
    page.getByRole('region', { name: 'Timeline' }).locator('.is-related').first(),
  ).toBeVisible();
});

test('a click on a timeline event marks its evidence in the text and moves the map', async ({
  page,
}) => {
  await page.goto('/');
  const before = await centreOf(page, pin('Pyeongchang'));
  const olympics = page.getByRole('option', { name: /Olympics/ }).first();
  await olympics.click();
  await expect(olympics).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
  await expect(page).toHaveURL(/event=/);
  await expect
    .poll(async () => (await centreOf(page, pin('Pyeongchang'))).x)
    .not.toBeCloseTo(before.x, 0);
});

test('a deep link opens the same view; an unknown id shows a quiet notice', async ({ page }) => {
  await page.goto('/?place=seoul');
  await expect(page.getByRole('heading', { name: 'Seoul', level: 3 })).toBeVisible();
  await expect(page.getByRole('article').locator('mark')).toContainText(['Seoul']);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Seoul', level: 3 })).toBeVisible();
  await page.goto('/?event=no-such-event');
  await expect(page.getByRole('status')).toContainText('no-such-event');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('keyboard only: a marker by Tab and Enter, timeline by arrows, Escape clears', async ({
  page,
}) => {
  await page.goto('/');
  const marker = page.locator(pin('Seoul'));
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Seoul', level: 3 })).toBeVisible();
  const first = page.getByRole('option').first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('article').locator('mark')).toHaveCount(0);
});

test('on a phone the map keeps a third of the screen and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.locator(pin('Seoul'))).toBeVisible();
  await expect(page.locator('.bm-country').first()).toBeAttached();
  const map = await page.locator('.leaflet-container').boundingBox();
  expect(map?.height ?? 0).toBeGreaterThanOrEqual(0.35 * 844);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'docs/screenshots/phone.png' });
});

test('quotations are set as quotes with their speaker', async ({ page }) => {
  await page.goto('/');
  const quotes = page.getByRole('article').locator('blockquote');
  await expect(quotes).toHaveCount(2);
  await expect(quotes.first()).toContainText('Every Korean really wants relations');
  await expect(quotes.first().locator('footer')).toHaveText('— Kim Ri Ah');
  await expect(quotes.nth(1).locator('footer')).toHaveText('— Kim Ri Ah');
});
