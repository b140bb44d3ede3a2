import {developmentUrl, isPlaceholderHost, resolveSiteUrl} from '@site/src/config/siteUrl';
import {robotsTxt} from '../../plugins/robots-txt';

describe('SITE_URL (src/config/siteUrl.ts)', () => {
  it('en utvecklares bygge utan SITE_URL byggs för localhost med en tydlig varning', () => {
    const site = resolveSiteUrl({}, 'build');
    expect(site.url).toBe(developmentUrl);
    expect(site.notice).toMatch(/^Varning: SITE_URL är inte satt/);
    expect(site.notice).toContain('--production');
  });

  it('npm start och tester som läser konfigurationen varken varnar eller stoppas', () => {
    expect(resolveSiteUrl({CI: '1'}, 'start')).toEqual({url: developmentUrl, notice: undefined});
    expect(resolveSiteUrl({CI: '1', SITE_PRODUCTION: '1'}, 'run')).toEqual({url: developmentUrl, notice: undefined});
  });

  it('ett bygge i CI eller för publicering stoppar utan SITE_URL, också när den är tom', () => {
    expect(() => resolveSiteUrl({CI: '1'}, 'build')).toThrow(/SITE_URL saknas: ett bygge i CI \(CI=1\)/);
    expect(() => resolveSiteUrl({CI: 'true', SITE_URL: ' '}, 'build')).toThrow(/SITE_URL saknas/);
    expect(() => resolveSiteUrl({SITE_PRODUCTION: '1', SITE_URL: ''}, 'build')).toThrow(/för publicering \(--production\)/);
    expect(() => resolveSiteUrl({CI: 'false'}, 'build')).not.toThrow();
  });

  it('i CI räcker en uttrycklig adress, också testets lokala', () => {
    expect(resolveSiteUrl({CI: '1', SITE_URL: 'http://127.0.0.1:4173'}, 'build').url).toBe('http://127.0.0.1:4173');
  });

  it('ett bygge för publicering kräver en publik adress', () => {
    for (const address of ['http://localhost:3000', 'http://127.0.0.1:4173', 'https://metodhandbok.example.se', 'https://example.com', 'https://sajt.test', 'http://[::1]:8080']) {
      expect(() => resolveSiteUrl({SITE_PRODUCTION: '1', SITE_URL: address}, 'build'), address).toThrow(/ingen publik adress/);
    }
    expect(resolveSiteUrl({SITE_PRODUCTION: '1', CI: '1', SITE_URL: 'https://metodhandbok.samordning.se/'}, 'build')).toEqual({
      url: 'https://metodhandbok.samordning.se',
      notice: 'Webbplatsens adress i bygget: https://metodhandbok.samordning.se (SITE_URL).',
    });
  });

  it('stoppar alltid en SITE_URL som inte är en adress eller har en undermapp', () => {
    expect(() => resolveSiteUrl({SITE_URL: 'metodhandbok.se'}, 'build')).toThrow(/är ingen adress/);
    expect(() => resolveSiteUrl({SITE_URL: 'ftp://metodhandbok.se'}, 'build')).toThrow(/måste börja med https:\/\//);
    expect(() => resolveSiteUrl({SITE_URL: 'https://owner.github.io/repo'}, 'build')).toThrow(/undermapp/);
  });

  it('känner igen lokala adresser och reserverade exempel- och testdomäner', () => {
    expect(['localhost', '127.0.0.2', 'a.localhost', 'x.invalid', 'example.org', 'www.example.se'].every(isPlaceholderHost)).toBe(true);
    expect(['metodhandbok.se', 'exempel.se', 'samordning.github.io'].some(isPlaceholderHost)).toBe(false);
  });
});

describe('robots.txt (plugins/robots-txt)', () => {
  it('tillåter allt och anger sitemapen med hela adressen', () => {
    expect(robotsTxt('https://metodhandbok.se', '/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://metodhandbok.se/sitemap.xml\n');
  });
});
