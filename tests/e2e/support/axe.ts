import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

/** WCAG 2.1 A and AA. */
export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** WCAG 2.2 A and AA (2.2 adds, among others, 2.5.8 target size: axe's target-size rule). */
export const wcag22aa = [...wcag21aa, 'wcag22a', 'wcag22aa'];

/**
 * axe as the browser tests run it: `axe.run` in the page itself (legacy mode) and only the
 * violations reported in full. The site has no frames, so nothing is lost; by default the builder
 * runs axe per frame and finishes in a new blank page, and returns every node that passed, which
 * took two to three times as long (measured 2026-12-07 at 1280 px: /ordlista 3.3 → 1.2 s,
 * /metodhandbok/bip 1.2 → 0.45 s) for the same violations.
 * Add rules or tags to the builder this returns (`options` would replace these settings).
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({page}).options({resultTypes: ['violations']}).setLegacyMode();
}
