import {expect, type Page} from '@playwright/test';

/**
 * Layout checks for a page in the state a user has brought it to (rounds saved, errors shown,
 * a dialog open), not only as it loads: the tools broke on phones after a few minutes of use.
 */

/** WCAG 1.4.10: the page itself never scrolls sideways; wide content scrolls inside its own region. */
export async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const {width, viewport, widest} = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    // The element that sticks out furthest, to name it in the failure message.
    let widest = '';
    let right = viewport;
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= right + 0.5) continue;
      // Inside a region that scrolls on its own (or is clipped) it does not widen the page.
      let parent = element.parentElement;
      let contained = false;
      while (parent && parent !== document.body) {
        const overflowX = getComputedStyle(parent).overflowX;
        if (overflowX !== 'visible' && parent.getBoundingClientRect().right <= viewport + 0.5) {
          contained = true;
          break;
        }
        parent = parent.parentElement;
      }
      if (contained) continue;
      right = box.right;
      widest = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''
      } (${Math.round(box.right)} px)`;
    }
    return {width: document.documentElement.scrollWidth, viewport, widest};
  });
  expect(width, `${state}: sidan är ${width} px bred i ${viewport} px; längst ut: ${widest || 'okänt'}`).toBeLessThanOrEqual(viewport);
}

export interface SmallTarget {
  name: string;
  width: number;
  height: number;
}

/**
 * Visible buttons, links outside running text, and form controls smaller than `min` × `min` CSS px
 * (WCAG 2.5.8 asks for 24; the tools' main controls aim at 44). Links inside a sentence are exempt
 * (2.5.8's inline exception), as are controls hidden from everyone.
 */
export async function smallTargets(page: Page, min: number, scope = 'main'): Promise<SmallTarget[]> {
  return page.evaluate(
    ({min, scope}) => {
      const root = document.querySelector(scope) ?? document.body;
      const controls = root.querySelectorAll<HTMLElement>(
        'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=slider], [tabindex="0"]',
      );
      const small: {name: string; width: number; height: number}[] = [];
      for (const control of Array.from(controls)) {
        const style = getComputedStyle(control);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const box = control.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        // A visually hidden input whose visible target is its label (custom checkboxes, file inputs).
        if (box.width <= 1 || box.height <= 1) continue;
        if (control.tagName === 'A' && control.closest('p, li, td, dd, figcaption, blockquote')) {
          const text = control.closest('p, li, td, dd, figcaption, blockquote')!.textContent ?? '';
          if (text.trim().length > (control.textContent ?? '').trim().length + 2) continue;
        }
        // An input inside its label counts with the label's box (the label is the target).
        const label = (control as HTMLInputElement).labels?.[0];
        const target = label && label.contains(control) ? label.getBoundingClientRect() : box;
        const width = Math.max(box.width, target.width);
        const height = Math.max(box.height, target.height);
        if (width + 0.5 < min || height + 0.5 < min) {
          const name =
            control.getAttribute('aria-label') ?? (control.textContent ?? '').trim().slice(0, 40) ?? control.tagName.toLowerCase();
          small.push({name: name || control.tagName.toLowerCase(), width: Math.round(width), height: Math.round(height)});
        }
      }
      return small;
    },
    {min, scope},
  );
}

/** Fails with the list of targets that are smaller than `min` × `min` px. */
export async function expectTargetsAtLeast(page: Page, min: number, state: string, scope = 'main'): Promise<void> {
  const small = await smallTargets(page, min, scope);
  expect(small.map((target) => `${target.name}: ${target.width} × ${target.height}`), `${state}: mål mindre än ${min} × ${min} px`).toEqual(
    [],
  );
}

/** Pairs of the given elements whose boxes overlap (by more than half a pixel each way). */
export async function overlappingPairs(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const boxes = selectors.flatMap((selector) =>
      Array.from(document.querySelectorAll<HTMLElement>(selector))
        .filter((element) => {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
        })
        .map((element) => ({selector, box: element.getBoundingClientRect()})),
    );
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 0.5 && y > 0.5) pairs.push(`${boxes[i]!.selector} och ${boxes[j]!.selector}`);
      }
    }
    return pairs;
  }, selectors);
}
