/**
 * Wraps (does not eject) the theme's site-wide metadata: every page gets its section's sharing
 * picture (og:image, twitter:image) and a description. A page's own description and `image` front
 * matter still win, as they are set later.
 */
import React, {type ReactNode} from 'react';
import SiteMetadata from '@theme-original/SiteMetadata';
import {PageMetadata} from '@docusaurus/theme-common';
import {useLocation} from '@docusaurus/router';
import {ogImageFor} from '@site/src/config/ogImages';
import {siteTagline} from '@site/src/config/site';

/** Pages that Docusaurus makes without a description of their own. */
const defaultDescriptions: Record<string, string> = {
  '/nyheter/tags': 'Nyheterna om metodhandboken sorterade efter ämne.',
  '/nyheter/authors': 'Vem som skriver nyheterna om metodhandboken.',
};

export default function SiteMetadataWithSectionImage(): ReactNode {
  const {pathname} = useLocation();
  return (
    <>
      <SiteMetadata />
      {/* Set first, so that a page's own description and image replace these. */}
      <PageMetadata image={ogImageFor(pathname)} description={defaultDescriptions[pathname] ?? siteTagline} />
    </>
  );
}
