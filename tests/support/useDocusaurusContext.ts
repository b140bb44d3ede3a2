/** Stand-in for @docusaurus/useDocusaurusContext in component tests: the site config fields components read. */
import {knownAbbreviations} from '@site/src/data/abbreviations';

export default function useDocusaurusContext() {
  return {siteConfig: {url: 'http://localhost:3000', customFields: {abbreviations: knownAbbreviations}}};
}
