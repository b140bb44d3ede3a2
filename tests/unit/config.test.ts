import config from '../../docusaurus.config';
import {siteTitle, siteTitleHyphenated} from '@site/src/config/site';
import {siteSections} from '@site/src/config/sections';
import {navbar} from '@site/src/config/navbar';

describe('docusaurus.config.ts', () => {
  it('stoppar bygget vid trasiga länkar, ankare, Markdown-länkar och dubbla adresser', () => {
    expect(config.onBrokenLinks).toBe('throw');
    expect(config.onBrokenAnchors).toBe('throw');
    expect(config.onDuplicateRoutes).toBe('throw');
    expect(config.markdown?.hooks?.onBrokenMarkdownLinks).toBe('throw');
  });

  it('är på svenska och bara på svenska', () => {
    expect(config.i18n).toMatchObject({defaultLocale: 'sv', locales: ['sv'], localeConfigs: {sv: {htmlLang: 'sv'}}});
    expect(config.title).toBe(siteTitle);
  });

  it('har samma inbäddade färglägesskript oavsett SITE_URL, så att hashen i Content-Security-Policy gäller i drift', () => {
    expect(typeof config.storage?.namespace).toBe('string');
  });

  it('bygger med Docusaurus Faster', () => {
    expect(config.future).toMatchObject({faster: true});
  });
});

describe('menyraden', () => {
  it('visar webbplatsens namn med mjuka bindestreck bara mellan sammansättningens leder', () => {
    expect(navbar.title).toBe(siteTitleHyphenated);
    expect(siteTitleHyphenated.replaceAll('\u00ad', '')).toBe(siteTitle);
    expect(siteTitleHyphenated.split('\u00ad')).toEqual(['Samordnings', 'teamens metod', 'handbok']);
  });

  it('har de lättlästa sidorna i menyn', () => {
    const lattlast = navbar.items.find((item) => item.label === 'Lättläst');
    expect(lattlast && 'items' in lattlast ? (lattlast.items ?? []).map((item) => ('to' in item ? item.to : '')) : []).toEqual([
      '/lattlast/vad-ar-ett-samordningsteam',
      '/lattlast/sa-fungerar-livshjulet',
    ]);
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
