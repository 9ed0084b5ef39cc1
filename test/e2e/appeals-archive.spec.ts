// Five years after an appeal finished it moves to the archive: «Мои обращения» hides it until the archive
// is asked for, and the appeal itself stays readable. Driven through the QA kit's world and clock.
import { expect, pages, test } from '../kit';

test('an appeal left unanswered is archived five years later: hidden from the list, shown on request, still readable', async ({ page, okno }) => {
  test.slow();
  const world = await okno.seed('overdue-appeal');
  await pages.account.submitLogin(page, world.phone, world.password);
  await expect(page).toHaveURL(/\/profile(\?|$)/);
  await page.goto('/appeals');
  const list = page.getByRole('table', { name: 'Список обращений' });
  await expect(list.getByRole('link', { name: world.appealNumber })).toBeVisible();

  await okno.clock.fastForward(6 * 365 * 86_400_000);
  // The move arrives through the change feed: no reload.
  await expect(list).toBeHidden();
  await expect(page.getByText('Под эти условия обращений нет. Измените запрос или сбросьте фильтры.')).toBeVisible();
  await page.getByRole('button', { name: 'Показать архив' }).click();
  await expect(page).toHaveURL(/archive=true/);
  const row = list.getByRole('row').filter({ has: page.getByRole('link', { name: world.appealNumber }) });
  await expect(row).toContainText('в архиве');
  expect(await pages.axe.axeFindings(page)).toEqual([]);

  await row.getByRole('link', { name: world.appealNumber }).click();
  await expect(page.getByText(/^В архиве с \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Скрыть архив' }).click();
  await expect(list).toBeHidden();
});
