import { expect, test } from '@playwright/test';
import { HOSTILE_PORT } from '../../playwright.config.ts';
import { recordConsole } from './helpers.ts';

test('markup in an article is shown as text and runs nothing', async ({ page }) => {
  const messages = recordConsole(page);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto(`http://127.0.0.1:${HOSTILE_PORT}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    "<script>window.__pwned = 'script'</script>",
  );
  const article = page.getByRole('article');
  await expect(article).toContainText('<img src="x" onerror=');
  await expect(article).toContainText('<a href="javascript:');
  await expect(article.locator('img, script, iframe, a[href^="javascript"], style')).toHaveCount(0);
  await article.getByText(/click here/).click();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
  ).toBeUndefined();
  await expect(page.locator('body')).toBeVisible();
  expect(dialogs).toBe(0);
  expect(messages).toEqual([]);
});

test('the page forbids inline scripts by Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
});
