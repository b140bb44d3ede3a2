import {linkStylesheets, pageStylesheets, type ClientManifest} from '../../../plugins/lean-client/pageStylesheets';

const manifest: ClientManifest = {
  entrypoints: ['main'],
  origins: {main: ['4014', '6085'], '0ce91cf2': ['230', '4014', '8075'], '1f391b9e': ['4014', '900']},
  assets: {
    '4014': {css: [{file: 'assets/css/styles.1.css'}]},
    '8075': {css: [{file: 'assets/css/0ce91cf2.2.css'}]},
    '900': {},
  },
};

describe('verktygens egen CSS länkas på deras sidor', () => {
  it('ger varje rutt CSS-filerna i dess kodbitar utöver den som alla sidor har', () => {
    const routes = {
      '/verktyg/livshjulet-9bd': {__comp: '0ce91cf2', __context: {plugin: 'a7456010'}},
      '/verktyg-cd7': {__comp: '1f391b9e', content: '24609597'},
    };
    expect([...pageStylesheets(manifest, routes)]).toEqual([['/verktyg/livshjulet', ['assets/css/0ce91cf2.2.css']]]);
  });

  it('lägger länken efter sidans sista stilmall, och i <head> om den saknas', () => {
    const html = '<head><link rel=stylesheet href=/assets/css/styles.1.css /><script></script></head>';
    expect(linkStylesheets(html, ['assets/css/a.css'])).toBe(
      '<head><link rel=stylesheet href=/assets/css/styles.1.css /><link rel="stylesheet" href="/assets/css/a.css"><script></script></head>',
    );
    expect(linkStylesheets('<head></head>', ['assets/css/a.css'])).toBe('<head><link rel="stylesheet" href="/assets/css/a.css"></head>');
  });
});
