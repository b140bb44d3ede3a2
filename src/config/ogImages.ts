/**
 * The picture shown when a page is shared (Open Graph and Twitter cards): one per section of the
 * site, in static/img/og/ (made by scripts/og-images.mjs from siteSections).
 */
import {siteSections} from './sections';

export const ogImageDirectory = 'img/og';

/** A section's image file name: "/metodhandbok" → "metodhandbok.png", the start page → "start.png". */
export function ogImageName(sectionPath: string): string {
  return sectionPath === '/' ? 'start.png' : `${sectionPath.slice(1).replace(/\//g, '-')}.png`;
}

/** Pages outside a section's path that belong to it. */
const alsoIn: Record<string, string> = {
  '/skriv-ut-metodhandboken': '/metodhandbok',
  '/lattlast': '/samordningsteamen',
  '/om-cookies-och-personuppgifter': '/om-webbplatsen',
};

/** The image for a page: its section's, or the start page's. */
export function ogImageFor(pathname: string): string {
  const inSection = (path: string, section: string) => path === section || path.startsWith(`${section}/`);
  const extra = Object.keys(alsoIn).find((path) => inSection(pathname, path));
  const candidate = extra ? alsoIn[extra]! : pathname;
  const section = siteSections.find((entry) => inSection(candidate, entry.path));
  return `${ogImageDirectory}/${ogImageName(section ? section.path : '/')}`;
}
