import { expect, test } from '@playwright/test';

const timeline = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Timeline' });

test('the timeline zooms with its buttons and with ctrl+wheel, and scrolls with the wheel', async ({
  page,
}) => {
  await page.goto('/');
  const track = timeline(page).getByRole('group', { name: 'Dated events', exact: true });
  const width = async () => (await track.boundingBox())?.width ?? 0;
  const before = await width();
  await timeline(page).getByRole('button', { name: 'Zoom in to the timeline' }).click();
  await expect.poll(width).toBeGreaterThan(before);
  await timeline(page).getByRole('button', { name: 'Zoom out of the timeline' }).click();
  await timeline(page).getByRole('button', { name: 'Zoom out of the timeline' }).click();
  await expect.poll(width).toBeLessThan(before);
  const scroller = timeline(page).locator('.tl-scroller');
  await scroller.hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(width).toBeGreaterThanOrEqual(before);
  await timeline(page).getByRole('button', { name: 'Zoom in to the timeline' }).click();
  const left = () => scroller.evaluate((el) => el.scrollLeft);
  const start = await left();
  await scroller.hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(left).toBeGreaterThan(start);
});

test('selecting a place on the map scrolls its event into the timeline and marks it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await timeline(page)
    .locator('.tl-scroller')
    .evaluate((el) => el.scrollTo({ left: 0 }));
  await page.locator('.leaflet-marker-icon[title="Pyeongchang"]').click();
  const olympics = timeline(page).getByRole('option', { name: /Olympics/ });
  await expect(olympics).toHaveClass(/is-related/);
  await expect(olympics).toBeInViewport();
});

test('a mouse drag on the strip scrolls it sideways', async ({ page }) => {
  await page.goto('/');
  const scroller = timeline(page).locator('.tl-scroller');
  await timeline(page).getByRole('button', { name: 'Zoom in to the timeline' }).click();
  const box = await scroller.boundingBox();
  if (!box) throw new Error('no timeline');
  const left = () => scroller.evaluate((el) => el.scrollLeft);
  const start = await left();
  // Drag on the axis, where no event card catches the pointer.
  await page.mouse.move(box.x + box.width - 40, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 40, box.y + 10, { steps: 5 });
  await page.mouse.up();
  await expect.poll(left).toBeGreaterThan(start);
});

test('a two-finger pinch on the strip zooms it', async ({ page }) => {
  await page.goto('/');
  const track = timeline(page).getByRole('group', { name: 'Dated events', exact: true });
  const width = async () => (await track.boundingBox())?.width ?? 0;
  const before = await width();
  // Playwright has no multi-touch gesture: the pointer events a touch screen sends, dispatched.
  await timeline(page)
    .locator('.tl-scroller')
    .evaluate((el) => {
      const send = (type: string, id: number, x: number) =>
        (type === 'pointerdown' ? el : window).dispatchEvent(
          new PointerEvent(type, {
            pointerId: id,
            pointerType: 'touch',
            clientX: x,
            clientY: 10,
            bubbles: true,
          }),
        );
      send('pointerdown', 1, 200);
      send('pointerdown', 2, 240);
      for (let x = 240; x <= 400; x += 20) send('pointermove', 2, x);
      send('pointerup', 1, 200);
      send('pointerup', 2, 400);
    });
  await expect.poll(width).toBeGreaterThan(before);
});
