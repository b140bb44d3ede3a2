import {existsSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ogImageFor} from '@site/src/config/ogImages';
import {siteSections} from '@site/src/config/sections';
import {projectRoot} from '../content/files';

describe('delningsbilder', () => {
  it('finns för varje del av webbplatsen och för startsidan', () => {
    for (const path of ['/', ...siteSections.map((section) => section.path)]) {
      const image = ogImageFor(path);
      expect(existsSync(`${projectRoot}static/${image}`), `${image} saknas: kör node scripts/og-images.mjs`).toBe(true);
    }
  });

  it('väljer delens bild för sidor under den, och startsidans bild annars', () => {
    expect(ogImageFor('/metodhandbok/bip')).toBe('img/og/metodhandbok.png');
    expect(ogImageFor('/skriv-ut-metodhandboken')).toBe('img/og/metodhandbok.png');
    expect(ogImageFor('/verktyg/samhallsekonomisk-kalkyl')).toBe('img/og/verktyg.png');
    expect(ogImageFor('/resultatlista')).toBe('img/og/start.png');
    expect(ogImageFor('/nyheter/2026/11/23/x')).toBe('img/og/start.png');
  });
});
