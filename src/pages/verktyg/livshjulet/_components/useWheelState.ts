import {useCallback, useEffect, useRef, useState} from 'react';
import {initialState, type WheelState} from '@site/src/tools/livshjulet/model';
import {loadFrom, storageKey, writeStored} from '@site/src/tools/livshjulet/storage';

/**
 * The wheel's state, kept in this browser's localStorage and nowhere else. The page renders the
 * empty wheel on the server; the saved wheel is read after the page has loaded in the browser.
 */
export function useWheelState(): {
  state: WheelState;
  update: (change: (state: WheelState) => WheelState) => void;
  replace: (state: WheelState) => void;
  problem: string | null;
  storageError: string | null;
} {
  const [state, setState] = useState<WheelState>(initialState);
  const [problem, setProblem] = useState<string | null>(null);
  const [storageError, setStorageError] = useState<string | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    try {
      const result = loadFrom(window.localStorage);
      if (result.state) setState(result.state);
      setProblem(result.problem);
    } catch {
      setStorageError('Webbläsaren tillåter inte att livshjulet sparas. Det du fyller i försvinner när du stänger sidan. Spara en fil med "Spara som fil" för att ta det med dig.');
    }
    loaded.current = true;
  }, []);

  useEffect(() => {
    if (!loaded.current) return;
    try {
      window.localStorage.setItem(storageKey, writeStored(state));
      setStorageError(null);
    } catch {
      setStorageError('Livshjulet kunde inte sparas i webbläsaren (lagringen är full eller avstängd). Spara en fil med "Spara som fil" så att inget går förlorat.');
    }
  }, [state]);

  const update = useCallback((change: (state: WheelState) => WheelState) => setState((old) => change(old)), []);
  const replace = useCallback((next: WheelState) => setState(next), []);
  return {state, update, replace, problem, storageError};
}
