import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import SourceList from '@site/src/components/SourceList';
import type {PageSource} from '@site/src/data/pageSchema';

/**
 * The reports in Källor on a page of the three sections, from its `sources:` front matter. The
 * content model's remark plugin (plugins/method-catalog/remarkPageModel.ts) puts it under the
 * heading it adds, and the catalogue plugin has checked the list when the site was built. Read
 * from the front matter rather than passed as props, so that the list is not twice in the page's
 * JavaScript.
 */
export default function PageSources(): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const sources = (frontMatter as {sources?: readonly PageSource[]}).sources;
  if (!sources || sources.length === 0) throw new Error(`${metadata.source}: front matter saknar "sources"`);
  const details = Object.fromEntries(sources.flatMap((source) => (source.where ? [[source.id, source.where]] : [])));
  return <SourceList ids={sources.map((source) => source.id)} details={details} />;
}
