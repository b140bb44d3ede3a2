/**
 * Wraps (does not eject) the theme's MDX components: Markdown tables scroll on their own on small
 * screens, and <Abbr> (an abbreviation explained from the glossary) works on every page without an import.
 */
import MDXComponents from '@theme-original/MDXComponents';
import Abbr from '@site/src/components/Abbr';
import ScrollableTable from '@site/src/components/ScrollableTable';

export default {
  ...MDXComponents,
  table: ScrollableTable,
  Abbr,
};
