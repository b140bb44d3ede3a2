/**
 * Ejected from @docusaurus/theme-classic 3.10.2 (BlogArchivePage) for valid, ordered headings: the
 * stock page put its <h1> in a banner outside <main> and the years in <h3> right after it (the W3C
 * Nu Html Checker: "h3 follows h1, skipping a level"), and listed each year's posts oldest first,
 * though the page says newest first. Here the heading is inside <main>, the years are <h2> and the
 * posts keep the blog's order (newest first). Keep the rest in step with the theme on upgrade.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import {useDateTimeFormat} from '@docusaurus/theme-common/internal';
import Layout from '@theme/Layout';
import type {ArchiveBlogPost, Props} from '@theme/BlogArchivePage';
import Heading from '@theme/Heading';

interface YearPosts {
  year: string;
  posts: ArchiveBlogPost[];
}

function Year({year, posts}: YearPosts): ReactNode {
  const dateTimeFormat = useDateTimeFormat({day: 'numeric', month: 'long', timeZone: 'UTC'});
  return (
    <section>
      <Heading as="h2" id={year}>
        {year}
      </Heading>
      <ul>
        {posts.map((post) => (
          <li key={post.metadata.permalink}>
            <Link to={post.metadata.permalink}>
              {dateTimeFormat.format(new Date(post.metadata.date))} – {post.metadata.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The posts by year, in the order the blog gives them (newest first). */
export function postsByYear(blogPosts: readonly ArchiveBlogPost[]): YearPosts[] {
  const years = new Map<string, ArchiveBlogPost[]>();
  for (const post of blogPosts) {
    const year = post.metadata.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), post]);
  }
  return Array.from(years, ([year, posts]) => ({year, posts}));
}

export default function BlogArchive({archive}: Props): ReactNode {
  const title = translate({id: 'theme.blog.archive.title', message: 'Archive', description: 'The page & hero title of the blog archive page'});
  const description = translate({
    id: 'theme.blog.archive.description',
    message: 'Archive',
    description: 'The page & hero description of the blog archive page',
  });
  const years = postsByYear(archive.blogPosts);
  return (
    <>
      <PageMetadata title={title} description={description} />
      <Layout>
        <main className="container margin-vert--lg">
          <h1>{title}</h1>
          <p>{description}</p>
          {years.map((year) => (
            <Year key={year.year} {...year} />
          ))}
        </main>
      </Layout>
    </>
  );
}
