// axe as every spec runs it: on the page the app shows, never on the static copy it replaces.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { waitForTakeOver } from './app';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** axe's findings on what the app shows, one «rule: elements» line each; `include` narrows it to a part. */
export async function axeFindings(page: Page, include?: string): Promise<string[]> {
  await waitForTakeOver(page);
  // A route still loading has no heading yet; axe would report the moment, not the page.
  await expect(page.locator('h1').first(), 'the page has its heading').toBeAttached();
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails with the findings when axe finds anything; `state` names what was on the page. */
export async function expectNoViolations(page: Page, state: string): Promise<void> {
  expect(await axeFindings(page), `axe violations: ${state}`).toEqual([]);
}
