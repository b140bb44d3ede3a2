import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {defaultScenario} from '@site/src/tools/kalkyl/assumptions';
import type {Scenario} from '@site/src/tools/kalkyl/calculate';
import {fieldErrors} from '@site/src/tools/kalkyl/errors';
import {defaultFormValues, readForm, type FormValues} from '@site/src/tools/kalkyl/fields';
import {fromSearch, linkValuesOf, toSearch} from '@site/src/tools/kalkyl/url';

/**
 * The form's text, kept in the address (replace, not push, so Back leaves the page), and the
 * scenario: the current one when the form is valid, otherwise the last valid one. A shared link
 * starts with no valid scenario: if its values are wrong there is no result to show (never the
 * default example's, which the receiver did not enter).
 */
export function useScenarioState() {
  const history = useHistory();
  const location = useLocation();
  // The server renders the defaults; the address is read once the page runs in the browser.
  const [values, setValues] = useState<FormValues>(defaultFormValues);
  // Fields the link set and the user has not changed since, as the link had them.
  const [linkValues, setLinkValues] = useState<FormValues>({});
  const [linkHadErrors, setLinkHadErrors] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const lastValid = useRef<Scenario | null>(defaultScenario());

  useEffect(() => {
    const fromLink = linkValuesOf(location.search);
    const arrived = fromSearch(location.search);
    if (Object.keys(fromLink).length > 0) {
      lastValid.current = null;
      setLinkHadErrors(!readForm(arrived).ok);
    }
    setValues(arrived);
    setLinkValues(fromLink);
    setLoaded(true);
    // Only on arrival: later changes to the address come from this page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!loaded) return;
    const search = toSearch(values);
    if (search !== location.search) history.replace({pathname: location.pathname, search, hash: location.hash});
  }, [values, loaded, history, location.pathname, location.search, location.hash]);

  const reading = useMemo(() => readForm(values), [values]);
  if (reading.ok) lastValid.current = reading.scenario;

  const setField = useCallback((id: string, text: string) => {
    setValues((previous) => ({...previous, [id]: text}));
    setLinkValues((previous) => {
      if (!(id in previous)) return previous;
      const {[id]: _changed, ...rest} = previous;
      return rest;
    });
  }, []);
  const replaceAll = useCallback((next: FormValues) => {
    setValues(next);
    setLinkValues({});
  }, []);

  return {
    values,
    errors: reading.ok ? {} : fieldErrors(reading.errors, linkValues),
    linkValues,
    /** True once, after arrival, when the shared link's values have errors: the page moves focus to the error summary. */
    linkHadErrors,
    /** The scenario the result shows; null when there has been no valid one since a shared link was opened. */
    scenario: lastValid.current,
    isCurrent: reading.ok,
    setField,
    replaceAll,
  };
}
