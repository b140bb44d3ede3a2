import {useCallback, useEffect, useRef, useState} from 'react';
import {initialSets, type SetsState} from '@site/src/tools/samtalskort/sets';
import {loadFrom, storageKey, writeStored} from '@site/src/tools/samtalskort/storage';

/**
 * The user's sets, kept in this browser's localStorage and nowhere else. The page renders an
 * empty set on the server; the saved sets are read once the page has loaded in the browser.
 */
export function useCardSets(): {
  state: SetsState;
  update: (change: (state: SetsState) => SetsState) => void;
  problem: string | null;
  storageError: string | null;
} {
  const [state, setState] = useState<SetsState>(initialSets);
  const [problem, setProblem] = useState<string | null>(null);
  const [storageError, setStorageError] = useState<string | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    try {
      const result = loadFrom(window.localStorage);
      if (result.state) setState(result.state);
      setProblem(result.problem);
    } catch {
      setStorageError('Webbläsaren tillåter inte att uppsättningar sparas. De försvinner när du stänger sidan. Spara en fil med "Spara som fil" eller dela en länk för att ta dem med dig.');
    }
    loaded.current = true;
  }, []);

  useEffect(() => {
    if (!loaded.current) return;
    try {
      window.localStorage.setItem(storageKey, writeStored(state));
      setStorageError(null);
    } catch {
      setStorageError('Uppsättningen kunde inte sparas i webbläsaren (lagringen är full eller avstängd). Spara en fil med "Spara som fil" så att inget går förlorat.');
    }
  }, [state]);

  const update = useCallback((change: (state: SetsState) => SetsState) => setState((old) => change(old)), []);
  return {state, update, problem, storageError};
}
