/** Wraps (does not eject) the theme's MDX components: Markdown tables scroll on their own on small screens. */
import MDXComponents from '@theme-original/MDXComponents';
import ScrollableTable from '@site/src/components/ScrollableTable';

export default {
  ...MDXComponents,
  table: ScrollableTable,
};
