import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';

const require = createRequire(import.meta.url);
// axe-core is injected into the page; the app's CSP forbids injected scripts, so the audit
// context bypasses it (the CSP itself is tested in hardening.spec.ts).
test.use({ bypassCSP: true });

async function audit(page: Page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string;
              help: string;
              nodes: Array<{ target: string[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

test('axe-core finds no serious or critical violation, on desktop and phone, with a selection', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  expect(await audit(page)).toEqual([]);
  await page.goto('/?place=seoul');
  await expect(page.getByRole('heading', { name: 'Seoul', level: 3 })).toBeVisible();
  expect(await audit(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  expect(await audit(page)).toEqual([]);
  // The audit itself can fail: a button without a name is reported.
  await page.evaluate(() =>
    document.querySelector('main')?.append(document.createElement('button')),
  );
  expect((await audit(page)).join()).toMatch(/button-name/);
});
