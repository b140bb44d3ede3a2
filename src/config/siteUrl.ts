/**
 * The site's public address (SITE_URL), used for the sitemap, robots.txt, feeds, canonical and
 * hreflang links, og:url, og:image and JSON-LD. Without it, all of those would point to
 * http://localhost:3000; that is right for `npm start`, wrong for anything that is published.
 *
 * - A developer's `npm run build` without SITE_URL: builds for http://localhost:3000 and warns.
 * - A build in CI (CI set, as in `npm test` and GitHub Actions): SITE_URL must be set explicitly.
 *   `npm test` sets a test address itself (scripts/test.mjs), so the tests never depend on a domain.
 * - A build to publish (`npm run build -- --production`, which sets SITE_PRODUCTION=1; the deploy
 *   workflow uses it): SITE_URL must be a public address, not localhost, 127.0.0.1 or a reserved
 *   example or test domain.
 * A SITE_URL that is not an address (or has a path: the site is built for the root, baseUrl "/")
 * stops every build.
 */
export const developmentUrl = 'http://localhost:3000';

export type Env = Readonly<Record<string, string | undefined>>;

export interface SiteUrl {
  url: string;
  /** What the build should print: a warning, or which address it builds for. */
  notice?: string;
}

function isSet(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

export function isCi(env: Env): boolean {
  return isSet(env.CI) && !['0', 'false'].includes(env.CI.trim().toLowerCase());
}

export function isProduction(env: Env): boolean {
  return env.SITE_PRODUCTION === '1';
}

/** localhost, loopback and the names RFC 2606/6761 keep for examples and tests. */
export function isPlaceholderHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host === '0.0.0.0' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)) return true;
  const labels = host.split('.');
  const top = labels.at(-1) ?? '';
  return ['localhost', 'test', 'invalid', 'example', 'local'].includes(top) || labels.includes('example');
}

/** The Docusaurus commands that write a build; the rules apply to those (not to `start`, or to tests that read the config). */
const buildCommands = new Set(['build', 'deploy']);

/**
 * `command` is the Docusaurus command (process.argv[2]). Throws a Swedish message naming SITE_URL
 * and the rule; returns the address without a trailing slash.
 */
export function resolveSiteUrl(env: Env, command: string | undefined): SiteUrl {
  const building = command !== undefined && buildCommands.has(command);
  const production = building && isProduction(env);
  const ci = building && isCi(env);
  const raw = env.SITE_URL;
  if (!isSet(raw)) {
    if (production || ci) {
      const why = production ? 'ett bygge för publicering (--production)' : `ett bygge i CI (CI=${env.CI})`;
      throw new Error(
        `SITE_URL saknas: ${why} måste ha webbplatsens adress, annars pekar sitemap, robots.txt, flöden, kanoniska länkar och delningsbilder på ${developmentUrl}. ` +
          'Sätt till exempel SITE_URL=https://metodhandbok.samordningsforbund.se (utan / på slutet).',
      );
    }
    return {
      url: developmentUrl,
      notice:
        building
          ? `Varning: SITE_URL är inte satt. Bygget pekar sitemap, robots.txt, flöden, kanoniska länkar och delningsbilder på ${developmentUrl}; det duger för att prova, inte för att publicera. ` +
            'Publicera med SITE_URL=https://<webbplatsens adress> npm run build -- --production.'
          : undefined,
    };
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL "${raw}" är ingen adress: skriv hela adressen med https://, till exempel https://metodhandbok.samordningsforbund.se.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" måste börja med https:// (eller http://), inte ${url.protocol}//.`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL "${raw}" får bara innehålla adressens början (till exempel https://metodhandbok.samordningsforbund.se): webbplatsen byggs för roten (baseUrl "/"), inte för en undermapp.`);
  }
  if (production && isPlaceholderHost(url.hostname)) {
    throw new Error(
      `SITE_URL "${raw}" är ingen publik adress (${url.hostname} är en lokal adress eller en exempel- eller testdomän), och bygget är för publicering (--production). Sätt SITE_URL till adressen webbplatsen nås på.`,
    );
  }
  const origin = url.origin;
  return {url: origin, notice: building ? `Webbplatsens adress i bygget: ${origin} (SITE_URL).` : undefined};
}
