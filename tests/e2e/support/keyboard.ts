import type {Page} from '@playwright/test';

/** The accessible-ish name of the focused element: aria-label, its label's text, or its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = element.getAttribute('aria-label');
    if (labelled) return labelled.trim();
    const label = (element as HTMLInputElement).labels?.[0];
    if (label) {
      // The label's own text, without the text of a control nested inside it (a select's options).
      const copy = label.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('select, input, textarea').forEach((control) => control.remove());
      return (copy.textContent ?? '').trim();
    }
    return (element.innerText ?? '').trim();
  });
}

/** Presses Tab until the focused element is called `name` (at most `limit` times); fails if it never is. */
export async function tabTo(page: Page, name: string, limit = 40): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedName(page);
    seen.push(focused);
    if (focused === name) return;
  }
  throw new Error(`Tab nådde aldrig "${name}". Fokus gick till: ${seen.join(' | ')}`);
}
