import {useCallback, useEffect, useMemo, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';
import type {Scenario} from '@site/src/tools/kalkyl/calculate';
import {fieldErrors} from '@site/src/tools/kalkyl/errors';
import {readForm, type FormValues} from '@site/src/tools/kalkyl/fields';
import {fromSearch, linkValuesOf, toSearch} from '@site/src/tools/kalkyl/url';

/**
 * The form's state lives in the address, as the finders' filters do (`useQueryString` in
 * @docusaurus/theme-common, built on the same `useHistorySelector`): it is read from the address
 * on every render and written with `history.replace` (Back leaves the page) when the user changes
 * a field. The calculator has thirty fields that change together (an example fills them all), so
 * it reads and writes the whole query string at once, with the table's parameters (src/tools/kalkyl/url.ts).
 *
 * Beside the address the page keeps only what the address cannot say: the text as the user typed
 * it ("23 000" where the address has 23000), the last valid scenario for while the form has errors,
 * and the fields a shared link set. A shared link starts with no valid scenario: if its values are
 * wrong there is no result to show (never the default example's, which the receiver did not enter).
 */
export function useScenarioState() {
  const history = useHistory();
  // '' on the server and while hydrating, so the server renders the defaults; then the address.
  const search = useHistorySelector((current) => current.location.search);
  // The text of the fields the user has typed in, as typed; it means the same as the address.
  const [typed, setTyped] = useState<FormValues>({});
  // Fields the link set and the user has not changed since, as the link had them.
  const [linkValues, setLinkValues] = useState<FormValues>({});
  const [linkHadErrors, setLinkHadErrors] = useState(false);
  // The scenario before the form last went wrong; null when there has been none since a shared link was opened.
  const [lastValid, setLastValid] = useState<Scenario | null>(null);

  const values = useMemo(() => ({...fromSearch(search), ...typed}), [search, typed]);
  const reading = useMemo(() => readForm(values), [values]);

  const write = useCallback(
    (next: FormValues) => {
      const nextSearch = toSearch(next);
      const {location} = history;
      if (nextSearch !== location.search) history.replace({pathname: location.pathname, search: nextSearch, hash: location.hash});
    },
    [history],
  );

  // On arrival: remember what a shared link set, and write the address as the page would have (defaults left out, unknown parameters dropped).
  useEffect(() => {
    const arrived = history.location.search;
    const fromLink = linkValuesOf(arrived);
    if (Object.keys(fromLink).length > 0) {
      setLinkValues(fromLink);
      setLinkHadErrors(!readForm(fromSearch(arrived)).ok);
    }
    write(fromSearch(arrived));
  }, [history, write]);

  const setField = useCallback(
    (id: string, text: string) => {
      if (reading.ok) setLastValid(reading.scenario);
      setTyped((previous) => ({...previous, [id]: text}));
      setLinkValues((previous) => {
        if (!(id in previous)) return previous;
        const {[id]: _changed, ...rest} = previous;
        return rest;
      });
      write({...values, [id]: text});
    },
    [reading, values, write],
  );
  const replaceAll = useCallback(
    (next: FormValues) => {
      const nextReading = readForm(next);
      setLastValid(nextReading.ok ? nextReading.scenario : null);
      setTyped({});
      setLinkValues({});
      write(next);
    },
    [write],
  );

  return {
    values,
    errors: reading.ok ? {} : fieldErrors(reading.errors, linkValues),
    linkValues,
    /** True once, after arrival, when the shared link's values have errors: the page moves focus to the error summary. */
    linkHadErrors,
    /** The scenario the result shows; null when there has been no valid one since a shared link was opened. */
    scenario: reading.ok ? reading.scenario : lastValid,
    isCurrent: reading.ok,
    setField,
    replaceAll,
  };
}
