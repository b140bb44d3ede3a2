import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {defaultScenario} from '@site/src/tools/kalkyl/assumptions';
import type {Scenario} from '@site/src/tools/kalkyl/calculate';
import {defaultFormValues, readForm, type FormValues} from '@site/src/tools/kalkyl/fields';
import {fromSearch, toSearch} from '@site/src/tools/kalkyl/url';

/**
 * The form's text, kept in the address (replace, not push, so Back leaves the page), and the
 * scenario: the current one when the form is valid, otherwise the last valid one.
 */
export function useScenarioState() {
  const history = useHistory();
  const location = useLocation();
  // The server renders the defaults; the address is read once the page runs in the browser.
  const [values, setValues] = useState<FormValues>(defaultFormValues);
  const [loaded, setLoaded] = useState(false);
  const lastValid = useRef<Scenario>(defaultScenario());

  useEffect(() => {
    setValues(fromSearch(location.search));
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

  const setField = useCallback((id: string, text: string) => setValues((previous) => ({...previous, [id]: text})), []);
  const replaceAll = useCallback((next: FormValues) => setValues(next), []);

  return {
    values,
    errors: reading.ok ? {} : reading.errors,
    scenario: lastValid.current,
    isCurrent: reading.ok,
    setField,
    replaceAll,
  };
}
