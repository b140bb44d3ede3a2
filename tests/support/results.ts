/**
 * '@generated/results-data/default/results.json' in the tests: the site's own results files, read
 * by the same loader as the build. A test can point the loader at other folders with vi.mock
 * (see tests/unit/results/secondYear.test.tsx).
 */
import {loadResults, siteResultsDir} from '@site/src/data/results/load';

const {data, problems} = loadResults([siteResultsDir]);
if (problems.length > 0) throw new Error(`Resultatfilerna innehåller fel:\n  ${problems.join('\n  ')}`);

export default data;
