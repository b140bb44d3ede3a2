// Stands in for prism-react-renderer in the browser build. The theme's client module
// (prism-include-languages) imports Prism on every page to register languages; the site shows code
// as plain text (src/theme/CodeBlock), so the registry it gets is empty and nothing else is loaded.
export const Prism = {languages: {}};
export const themes = {};
