/**
 * Wraps (does not eject) the theme's site-wide metadata: every page gets its section's sharing
 * picture (og:image, twitter:image). A page's own `image` front matter still wins, as it is set later.
 */
import React, {type ReactNode} from 'react';
import SiteMetadata from '@theme-original/SiteMetadata';
import {PageMetadata} from '@docusaurus/theme-common';
import {useLocation} from '@docusaurus/router';
import {ogImageFor} from '@site/src/config/ogImages';

export default function SiteMetadataWithSectionImage(): ReactNode {
  const {pathname} = useLocation();
  return (
    <>
      <SiteMetadata />
      <PageMetadata image={ogImageFor(pathname)} />
    </>
  );
}
