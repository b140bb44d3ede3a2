import {bytesPerSource, decodeSegment, packageOf} from '../../scripts/bundle-breakdown.mjs';

describe('main.js uppdelad per paket ur källkartan', () => {
  it('avkodar källkartans VLQ-segment', () => {
    expect(decodeSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeSegment('SACA')).toEqual([9, 0, 1, 0]);
    expect(decodeSegment('D')).toEqual([-1]);
    expect(decodeSegment('gB')).toEqual([16]);
  });

  it('räknar de genererade tecknen till den källa som varje bit kommer från', () => {
    // Line "aaaabbbbbb": columns 0–3 from source 0, 4–9 from source 1.
    expect(bytesPerSource('AAAA,ICAA', 'aaaabbbbbb', 2)).toEqual([4, 6]);
    // A segment with no source (one number) counts for nobody.
    expect(bytesPerSource('AAAA,I', 'aaaabbbbbb', 1)).toEqual([4]);
  });

  it('namnger paketet, också under @scope och i nästlade node_modules', () => {
    expect(packageOf('webpack://x/./node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom');
    expect(packageOf('webpack://x/./node_modules/@docusaurus/theme-common/src/a.ts')).toBe('@docusaurus/theme-common');
    expect(packageOf('webpack://x/./node_modules/hoist-non-react-statics/node_modules/react-is/index.js')).toBe('react-is');
    expect(packageOf('webpack://x/./.docusaurus/routes.js')).toBe('.docusaurus');
    expect(packageOf('webpack://x/./src/theme/SearchBar/index.tsx')).toBe('webbplatsen');
  });
});
