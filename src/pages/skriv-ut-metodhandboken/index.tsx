import React, {type ComponentProps, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {DocProvider} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import SitePage from '@site/src/components/SitePage';
import {handbookPages, type HandbookPage} from './_handbookPages';
import styles from './styles.module.css';

/** The handbook page's own headings one level down (its title becomes an h2 here), with ids made unique on this page. */
function shiftedHeadings(slug: string) {
  const shift = (as: 'h3' | 'h4' | 'h5' | 'h6') =>
    function ShiftedHeading({id, ...props}: ComponentProps<'h2'>): ReactNode {
      return <Heading as={as} id={id ? `${slug}--${id}` : undefined} {...props} />;
    };
  return {h2: shift('h3'), h3: shift('h4'), h4: shift('h5'), h5: shift('h6')};
}

function HandbookSection({page, siteUrl}: {page: HandbookPage; siteUrl: string}): ReactNode {
  const Content = page.module.default;
  // The fact box reads the page's front matter and address through the docs context, as on the page itself.
  const content = Object.assign(() => null, {
    frontMatter: page.module.frontMatter,
    metadata: {permalink: page.permalink, source: page.source, title: page.title},
    toc: page.module.toc,
    contentTitle: page.module.contentTitle,
    assets: page.module.assets ?? {},
  });
  return (
    <article className={styles.page} aria-labelledby={page.slug}>
      <h2 id={page.slug}>{page.title}</h2>
      <p className={styles.address}>
        På webben: <Link to={page.permalink}>{`${siteUrl}${page.permalink}`}</Link>
      </p>
      <DocProvider content={content as unknown as ComponentProps<typeof DocProvider>['content']}>
        <div className="markdown">
          <MDXContent>
            <Content components={shiftedHeadings(page.slug)} />
          </MDXContent>
        </div>
      </DocProvider>
    </article>
  );
}

export default function PrintHandbookPage(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <SitePage
      title="Skriv ut hela metodhandboken"
      description="Alla sidor i metodhandboken på en sida, för att skriva ut eller spara som PDF inför till exempel en gruppträff eller en introduktion."
      lead={
        <p>
          Här finns alla {handbookPages.length} sidor i <Link to="/metodhandbok">metodhandboken</Link> efter varandra, i
          samma ordning som i menyn. Välj Skriv ut i webbläsaren (Ctrl+P eller Cmd+P). Där kan du också välja att spara som
          PDF. Varje metod börjar på en ny sida, och menyer och knappar skrivs inte ut.
        </p>
      }
      sources={['arsrapport-2024', 'hs-teamets-delning', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022']}>
      <nav aria-labelledby="innehall" className={styles.contents}>
        <h2 id="innehall">Innehåll</h2>
        <ol>
          {handbookPages.map((page) => (
            <li key={page.slug}>
              <a href={`#${page.slug}`}>{page.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {handbookPages.map((page) => (
        <HandbookSection key={page.slug} page={page} siteUrl={siteConfig.url} />
      ))}
    </SitePage>
  );
}
