// @vitest-environment jsdom
import React from 'react';
import {render, screen} from '@testing-library/react';
import {DocProvider} from '@docusaurus/plugin-content-docs/client';
import TeamFacts from '@site/src/components/TeamFacts';
import TeamResults from '@site/src/components/TeamResults';
import PageSources from '@site/src/components/PageSources';

function page(frontMatter: Record<string, unknown>, children: React.ReactNode) {
  // Only what the components read; tests/support/docsClient.tsx stands in for the real provider.
  const content = {frontMatter, metadata: {source: '@site/samordningsteamen/sala.mdx'}} as unknown as React.ComponentProps<typeof DocProvider>['content'];
  return render(<DocProvider content={content}>{children}</DocProvider>);
}

describe('komponenterna läser sidans front matter', () => {
  it('TeamFacts och TeamResults visar teamet i team: utan props', () => {
    page({team: 'sala'}, (
      <>
        <TeamFacts />
        <TeamResults />
      </>
    ));
    expect(screen.getByRole('complementary', {name: 'Kort om Samordningsteam Sala'})).toBeInTheDocument();
    expect(screen.getByText('Deltagare 2024')).toBeInTheDocument();
  });

  it('ett team som prop går före sidans', () => {
    page({team: 'sala'}, <TeamFacts team="fns" />);
    expect(screen.getByRole('complementary', {name: 'Kort om Samordningsteam FNS'})).toBeInTheDocument();
  });

  it('TeamFacts på en sida utan team: stoppar med ett svenskt meddelande', () => {
    expect(() => page({}, <TeamFacts />)).toThrow('<TeamFacts />: sidan saknar "team" i front matter');
    expect(() => render(<TeamResults />)).toThrow('<TeamResults />: sidan saknar "team" i front matter');
  });

  it('PageSources listar källorna i sources: med var i rapporten', () => {
    page({sources: [{id: 'nns-fantastiska-resultat', where: 'kapitlet Samordningsteam Sala'}, {id: 'arsrapport-2024'}]}, <PageSources />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/Se kapitlet Samordningsteam Sala\./);
    expect(items[1]).not.toHaveTextContent(/ Se /);
  });
});
