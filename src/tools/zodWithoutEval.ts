/**
 * Import first, before any module that builds zod schemas, in code that runs in the browser.
 * Without this, zod tests whether it may compile validators with new Function() when the first
 * schema is built; the site's Content-Security-Policy forbids that, and the browser reports a
 * violation on every visit (Lighthouse, best practices). Validation works the same without it.
 */
import * as z from 'zod';

z.config({jitless: true});
