import React, {type ComponentProps, type ReactNode} from 'react';
import ScrollRegion from '../ScrollRegion';
import {tableLabel} from './tableLabel';

/** Markdown tables (see src/theme/MDXComponents): each in its own scroll region on small screens, named by its columns. */
export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  return (
    <ScrollRegion label={tableLabel(props.children)}>
      <table {...props} />
    </ScrollRegion>
  );
}
