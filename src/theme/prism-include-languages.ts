/**
 * The theme loads Prism's extra languages here on every page. The site highlights no code
 * (plugins/plain-code), so there is nothing to load.
 */
export default function prismIncludeLanguages(): void {}
