import {convertPage} from '../../../scripts/content-model-codemod.mjs';

const convert = convertPage as (text: string, file: string) => string;

const page = `---
title: Exempel
description: En sida.
---

import MethodFacts from '@site/src/components/MethodFacts';
import TeamResults from '@site/src/components/TeamResults';
import ProcessFlow from '@site/src/components/ProcessFlow';
import SourceList from '@site/src/components/SourceList';
// Written by plugins/method-catalog when the site is built.
import methods from '@generated/method-catalog/default/methods.json';

Inledning.

<MethodFacts />

<ProcessFlow
  label="Vägen"
  steps={[
    {title: 'Remiss', text: 'Handläggaren skickar en remiss.', who: 'Handläggaren'},
    {title: 'Start', text: 'Alla träffas: deltagaren och teamet.'}
  ]}
/>

<TeamResults team="sala" />

<MethodFinder methods={methods} />

## Källor

<SourceList
  ids={['arsrapport-2024', 'nns-fantastiska-resultat']}
  details={{
    'arsrapport-2024': 'kapitel 10 (Sala): avsnitt 10.1',
  }}
/>

- Socialstyrelsen: *Riktlinjer*. Socialstyrelsen, 2018.
`;

describe('kodmoden för innehållsmodellen', () => {
  it('flyttar källor och team till front matter, tar bort importerna och skriver stegen som en lista', () => {
    expect(convert(page, 'docs/exempel.mdx')).toBe(`---
title: Exempel
description: En sida.
team: sala
sources:
  - id: arsrapport-2024
    where: "kapitel 10 (Sala): avsnitt 10.1"
  - id: nns-fantastiska-resultat
otherSources:
  - "Socialstyrelsen: *Riktlinjer*. Socialstyrelsen, 2018."
---

Inledning.

<MethodFacts />

<ProcessFlow label="Vägen">

1. **Remiss**
   Handläggaren skickar en remiss.
   Vem: Handläggaren
2. **Start**
   Alla träffas: deltagaren och teamet.

</ProcessFlow>

<TeamResults />

<MethodFinder />
`);
  });

  it('är idempotent: en konverterad sida lämnas som den är', () => {
    const once = convert(page, 'docs/exempel.mdx');
    expect(convert(once, 'docs/exempel.mdx')).toBe(once);
  });

  it('stoppar en import som inte hör till skribentens komponenter och namnger filen', () => {
    expect(() => convert(page.replace("'@site/src/components/MethodFacts'", "'@site/src/components/Annan'"), 'docs/a.mdx')).toThrow(
      /^docs\/a\.mdx:6: importen från "@site\/src\/components\/Annan" hör inte till skribentens komponenter/,
    );
  });

  it('tar med en rad före listan med andra källor', () => {
    const withIntro = page.replace('\n- Socialstyrelsen', '\nOm riktlinjerna (rapporterna säger inget om dem):\n\n- Socialstyrelsen');
    expect(convert(withIntro, 'docs/a.mdx')).toContain(
      'otherSourcesIntro: "Om riktlinjerna (rapporterna säger inget om dem):"\notherSources:\n  - "Socialstyrelsen: *Riktlinjer*. Socialstyrelsen, 2018."\n---',
    );
  });

  it('stoppar Källor som inte står sist', () => {
    expect(() => convert(`${page}\n## Mer\n\nText.\n`, 'docs/a.mdx')).toThrow(/^docs\/a\.mdx:\d+: efter <SourceList> under Källor står något annat/);
  });

  it('stoppar ett steg med tecken som betyder något i Markdown', () => {
    expect(() => convert(page.replace('Alla träffas', 'Alla *träffas*'), 'docs/a.mdx')).toThrow(/steg 2: text innehåller tecken som betyder något i Markdown/);
  });

  it('stoppar en sida utan källor', () => {
    expect(() => convert('---\ntitle: A\n---\n\nText.\n', 'exempel/a.mdx')).toThrow(
      'exempel/a.mdx: har varken sources i front matter eller <SourceList> under ## Källor',
    );
  });

  it('stoppar två olika team på samma sida', () => {
    expect(() => convert(page.replace('<MethodFacts />', '<TeamFacts team="fns" />'), 'docs/a.mdx')).toThrow(/team="sala", men sidan har redan team "fns"|team="fns", men sidan har redan team "sala"/);
  });
});
