import {readdirSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Folders whose Markdown files are pages (docs sections, blog, Markdown pages). */
export const pageFolders = ['docs', 'samordningsteamen', 'exempel', 'blog', 'src/pages'] as const;

/** Folders scanned for personal data: all content and all code and data that renders text. */
export const textFolders = [...pageFolders, 'src', 'static'] as const;

function listFiles(folder: string, extensions: readonly string[]): string[] {
  const absolute = join(projectRoot, folder);
  let entries: string[];
  try {
    entries = readdirSync(absolute, {recursive: true, encoding: 'utf8'});
  } catch {
    return [];
  }
  return entries
    .filter((entry) => extensions.some((extension) => entry.endsWith(extension)))
    .map((entry) => relative(projectRoot, join(absolute, entry)).split(sep).join('/'));
}

/** Markdown and MDX files that become pages; files and folders starting with "_" are partials, not pages. */
export function pageFiles(): string[] {
  return pageFolders
    .flatMap((folder) => listFiles(folder, ['.md', '.mdx']))
    .filter((file) => !file.split('/').some((part) => part.startsWith('_')));
}

export function textFiles(): string[] {
  const files = textFolders.flatMap((folder) =>
    listFiles(folder, ['.md', '.mdx', '.ts', '.tsx', '.js', '.json', '.yml', '.yaml', '.txt', '.svg', '.html']),
  );
  return [...new Set(files)].sort();
}
