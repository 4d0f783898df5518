import { expect, test } from '@playwright/test';
import { FIXTURES_PORT } from '../../playwright.config.ts';
import { centreOf, recordConsole } from './helpers.ts';

// This build has online tiles configured on 127.0.0.1:59999, where nothing listens.
const BASE = `http://127.0.0.1:${FIXTURES_PORT}`;
const pin = (name: string) => `.leaflet-marker-icon[title="${name}"]`;

/** The app's own console messages: the failed tile loads are provoked on purpose. */
const fromApp = (messages: string[]) => messages.filter((m) => !/Failed to load resource/.test(m));

test('a tile server that fails leaves the offline basemap, the markers and the attribution', async ({
  page,
}) => {
  const tiles: string[] = [];
  page.on('requestfailed', (r) => {
    if (r.url().startsWith('http://127.0.0.1:59999/')) tiles.push(r.failure()?.errorText ?? '');
  });
  await page.goto(`${BASE}/?story=provinces-meet`);
  await expect(page.locator(pin('Chuncheon'))).toBeVisible();
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  // The tiles were asked for (the policy allows the configured server) and failed on the network.
  expect(tiles.filter((t) => /csp|blocked/i.test(t))).toEqual([]);
  // The failed tiles stay hidden and the offline land shows on the map: nothing blanks it.
  const tileImages = page.locator('img.leaflet-tile');
  expect(await tileImages.count()).toBeGreaterThan(0);
  expect(
    await tileImages.evaluateAll(
      (imgs) => imgs.filter((i) => getComputedStyle(i).visibility !== 'hidden').length,
    ),
  ).toBe(0);
  // The basemap arrives in its own chunk and Leaflet may still be fitting the view: wait for it.
  await expect
    .poll(async () => {
      const map = await page.locator('.leaflet-container').boundingBox();
      const land = await page
        .locator('.bm-region')
        .evaluateAll((paths) =>
          paths
            .map((p) => p.getBoundingClientRect())
            .filter((r) => r.width > 100 && r.height > 100),
        );
      return Boolean(map && land.some((r) => r.x < map.x + map.width && r.y < map.y + map.height));
    })
    .toBe(true);
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Test tiles');
  await expect(page.locator('.map-error')).toHaveCount(0);
});

test('regions are circled where they are, and a click on a circle selects the region', async ({
  page,
}) => {
  const messages = recordConsole(page);
  await page.goto(`${BASE}/?story=provinces-meet`);
  const circles = page.locator('path.region-mark');
  await expect(circles).toHaveCount(2);
  const boxes = await Promise.all([0, 1].map((i) => circles.nth(i).boundingBox()));
  const [west, east] = boxes
    .map((b) => {
      if (!b) throw new Error('a region circle is not drawn');
      return b;
    })
    .sort((a, b) => a.x - b.x) as [NonNullable<(typeof boxes)[0]>, NonNullable<(typeof boxes)[0]>];
  // Gyeonggi wraps Seoul; Gangwon lies east of it. Neither is a pin.
  const seoul = await centreOf(page, pin('Seoul'));
  expect(seoul.x).toBeGreaterThan(west.x);
  expect(seoul.x).toBeLessThan(west.x + west.width);
  expect(seoul.y).toBeGreaterThan(west.y);
  expect(seoul.y).toBeLessThan(west.y + west.height);
  await expect(page.locator(pin('Gangwon Province'))).toHaveCount(0);
  await page.mouse.click(east.x + east.width / 2, east.y + east.height / 2);
  await expect(page.getByRole('heading', { name: 'Gangwon Province', level: 3 })).toBeVisible();
  await expect(page.locator('path.region-mark-selected')).toHaveCount(1);
  await expect(page.getByRole('article').locator('mark')).toContainText(['Gangwon']);
  expect(fromApp(messages)).toEqual([]);
});

test('a 1 MB article renders whole and answers a selection at its far end', async ({ page }) => {
  const messages = recordConsole(page);
  await page.goto(`${BASE}/?story=long-article`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A long article: one report repeated to 1024 KB',
  );
  const article = page.getByRole('article');
  expect(await article.evaluate((a) => a.textContent?.length ?? 0)).toBeGreaterThan(1_000_000);
  await expect(page.locator(pin('Panmunjom'))).toBeVisible();
  // The last event: End in the timeline, then Enter selects it; the text marks it in view.
  await page.getByRole('option').first().focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const selected = page.locator('[role="option"][aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  expect(await selected.getAttribute('aria-posinset')).toBe(
    await selected.getAttribute('aria-setsize'),
  );
  await expect(article.locator('mark').first()).toBeInViewport();
  await expect(page).toHaveURL(/event=/);
  // A mention near the end of the text still selects its place.
  await article
    .getByRole('button', { name: /Panmunjom/ })
    .last()
    .click();
  await expect(page.getByRole('heading', { name: 'Panmunjom', level: 3 })).toBeVisible();
  expect(fromApp(messages)).toEqual([]);
});
