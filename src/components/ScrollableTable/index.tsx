import React, {type ComponentProps, type ReactNode} from 'react';
import ScrollRegion from '../ScrollRegion';

/** Markdown tables (see src/theme/MDXComponents): each in its own scroll region on small screens. */
export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  return (
    <ScrollRegion label="Tabell">
      <table {...props} />
    </ScrollRegion>
  );
}
