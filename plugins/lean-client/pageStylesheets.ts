/**
 * The stylesheets of a page's own code, which Docusaurus does not link in the page's HTML (it puts
 * all CSS in one file and links only that). plugins/lean-client keeps the tools' CSS out of that
 * file; this finds, for each route, the CSS files of its chunks in the client manifest, so that the
 * built HTML can link them and the tool is styled at first paint, also without JavaScript.
 */

export interface ClientManifest {
  entrypoints: string[];
  origins: Record<string, string[]>;
  assets: Record<string, {css?: {file: string}[]}>;
}

/** routesChunkNames.json: route key ("/verktyg/livshjulet-9bd") → chunk names, nested. */
export type RoutesChunkNames = Record<string, unknown>;

function chunkNamesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(chunkNamesIn);
  return [];
}

function cssOf(manifest: ClientManifest, chunkNames: readonly string[]): string[] {
  const files = chunkNames.flatMap((name) => (manifest.origins[name] ?? []).flatMap((asset) => manifest.assets[asset]?.css ?? []).map((css) => css.file));
  return [...new Set(files)];
}

/** Route path → the CSS files its chunks need beyond what every page already links. */
export function pageStylesheets(manifest: ClientManifest, routes: RoutesChunkNames): Map<string, string[]> {
  const everyPage = new Set(cssOf(manifest, manifest.entrypoints));
  const result = new Map<string, string[]>();
  for (const [key, chunks] of Object.entries(routes)) {
    const own = cssOf(manifest, chunkNamesIn(chunks)).filter((file) => !everyPage.has(file));
    if (own.length > 0) result.set(key.replace(/-[0-9a-f]{3}$/, ''), own);
  }
  return result;
}

/** The page's HTML with a <link rel="stylesheet"> for each file, right after its last stylesheet. */
export function linkStylesheets(html: string, files: readonly string[], baseUrl = '/'): string {
  const links = files.map((file) => `<link rel="stylesheet" href="${baseUrl}${file}">`).join('');
  const last = [...html.matchAll(/<link rel="?stylesheet"?[^>]*>/g)].at(-1);
  if (!last || last.index === undefined) return html.replace('</head>', `${links}</head>`);
  const end = last.index + last[0].length;
  return html.slice(0, end) + links + html.slice(end);
}
