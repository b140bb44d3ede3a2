/**
 * The theme loads Prism's extra languages here on every page. The site highlights no code
 * (src/theme/CodeBlock shows code as plain text), so there is nothing to load.
 */
export default function prismIncludeLanguages(): void {}
