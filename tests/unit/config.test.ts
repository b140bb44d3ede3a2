import {siteTitle, siteTitleHyphenated} from '@site/src/config/site';
import {siteSections} from '@site/src/config/sections';
import {navbar} from '@site/src/config/navbar';

// What docusaurus.config.ts only states (onBrokenLinks: 'throw', the locale, Docusaurus Faster, the
// menu's items) is not repeated here: the build, the HTML check and the browser tests show what it does.

describe('docusaurus.config.ts', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function configFor(siteUrl: string) {
    vi.resetModules();
    vi.stubEnv('SITE_URL', siteUrl);
    vi.stubEnv('CI', '');
    return (await import('../../docusaurus.config')).default;
  }

  it('har samma inbäddade färglägesskript oavsett SITE_URL, så att hashen i Content-Security-Policy gäller i drift', async () => {
    const first = await configFor('https://metodhandbok.forbund-ett.se');
    const second = await configFor('https://metodhandbok.forbund-tva.se');
    expect(first.url).not.toBe(second.url);
    // Docusaurus names the colour mode's localStorage key in the inline script from `storage`; without a fixed namespace it follows the address.
    expect(first.storage).toEqual(second.storage);
    expect(first.storage?.namespace).toBeTruthy();
  });
});

describe('menyraden', () => {
  it('visar webbplatsens namn med mjuka bindestreck bara mellan sammansättningens leder', () => {
    expect(navbar.title).toBe(siteTitleHyphenated);
    expect(siteTitleHyphenated.replaceAll('\u00ad', '')).toBe(siteTitle);
    expect(siteTitleHyphenated.split('\u00ad')).toEqual(['Samordnings', 'teamens metod', 'handbok']);
  });

  it('länkar till varje del av webbplatsen', () => {
    const paths = new Set<string>();
    for (const item of navbar.items) {
      if ('to' in item && item.to) paths.add(item.to);
      if (item.type === 'docSidebar') paths.add('/metodhandbok');
      if (item.type === 'dropdown') for (const child of item.items ?? []) if ('to' in child && child.to) paths.add(child.to);
    }
    for (const section of siteSections) expect(paths, `${section.label} saknas i menyraden`).toContain(section.path);
  });
});
