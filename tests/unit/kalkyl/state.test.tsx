// @vitest-environment jsdom
/**
 * The calculator's state in the address (useScenarioState): links shared before the table of
 * inputs keep opening the same scenario, typing writes the address without new history entries,
 * and a shared link with wrong values gives no result.
 */
import React, {StrictMode, useSyncExternalStore, type ReactNode} from 'react';
import {act, renderHook} from '@testing-library/react';
import {createMemoryHistory, type MemoryHistory} from 'history';
import {Router, useHistory} from 'react-router-dom';
import {useScenarioState} from '@site/src/pages/verktyg/samhallsekonomisk-kalkyl/_components/useScenarioState';
import {defaultScenario} from '@site/src/tools/kalkyl/assumptions';
import {defaultFormValues, formValuesOf} from '@site/src/tools/kalkyl/fields';
import {presets} from '@site/src/tools/kalkyl/presets';

// @docusaurus/theme-common's index is JSX in .js files that Vitest does not transform; its
// useHistorySelector is these lines (node_modules/@docusaurus/theme-common/lib/utils/historyUtils.js).
vi.mock('@docusaurus/theme-common', () => ({
  useHistorySelector: <T,>(selector: (history: ReturnType<typeof useHistory>) => T): T => {
    const history = useHistory();
    return useSyncExternalStore(history.listen, () => selector(history));
  },
}));

const path = '/verktyg/samhallsekonomisk-kalkyl';
const plain = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function open(search: string): {history: MemoryHistory; result: {current: ReturnType<typeof useScenarioState>}} {
  const history = createMemoryHistory({initialEntries: [`${path}${search}`]});
  const wrapper = ({children}: {children: ReactNode}) => (
    <StrictMode>
      <Router history={history}>{children}</Router>
    </StrictMode>
  );
  const {result} = renderHook(() => useScenarioState(), {wrapper});
  return {history, result};
}

describe('links shared before the table of inputs', () => {
  // Addresses the page wrote before (its build of 2026-12-07): an example, a changed scenario, wrong values.
  it.each([
    [
      '?deltagare=129&kostnad=45209&forsorjningsstod-studier=2&sjukpenning-arbete=2&sjukpenning-studier=3',
      {deltagare: '129', kostnad: '45 209', 'forsorjningsstod-studier': '2', 'sjukpenning-arbete': '2', 'sjukpenning-studier': '3', 'forsorjningsstod-arbete': '1'},
    ],
    [
      '?deltagare=20&kostnad=40000&lon-lonestod=18000&lonestod-andel=50.5&sjukpenning-arbete=3',
      {deltagare: '20', kostnad: '40 000', 'lon-lonestod': '18 000', 'lonestod-andel': '50,5', 'sjukpenning-arbete': '3', lon: '23 000'},
    ],
    ['?sjukersattning=13000&aktivitetsstod=5000&lon=25000&studiebidrag=4000', {sjukersattning: '13 000', aktivitetsstod: '5 000', studiebidrag: '4 000', lon: '25 000'}],
  ])('%s opens the same scenario', (search, expected) => {
    const {history, result} = open(search);
    const shown = Object.fromEntries(Object.keys(expected).map((id) => [id, plain(result.current.values[id])]));
    expect(shown).toEqual(expected);
    expect(result.current.isCurrent).toBe(true);
    expect(result.current.linkHadErrors).toBe(false);
    expect(result.current.scenario).not.toBeNull();
    // The address stays as the link had it (it was already as the page writes it).
    expect(history.location.search).toBe(search);
  });

  it('keeps a wrong value from the link, names it as the link\'s, and shows no result', () => {
    const {result} = open('?deltagare=20&lon=tjugo&forsorjningsstod-arbete=500');
    expect(result.current.values.lon).toBe('tjugo');
    expect(result.current.linkValues).toEqual({deltagare: '20', lon: 'tjugo', 'forsorjningsstod-arbete': '500'});
    expect(result.current.linkHadErrors).toBe(true);
    expect(result.current.scenario).toBeNull();
    expect(Object.keys(result.current.errors).sort()).toEqual(['deltagare', 'flyttar', 'forsorjningsstod-arbete', 'lon']);
  });

  it('writes the address as the page does: defaults left out, unknown parameters dropped, the hash kept', () => {
    const {history} = open('?deltagare=1&okand=1&lon=24000#resultat-rubrik');
    expect(history.location.search).toBe('?lon=24000');
    expect(history.location.hash).toBe('#resultat-rubrik');
    expect(history.length).toBe(1);
  });
});

describe('typing', () => {
  it('keeps what the user typed, writes the address without a new history entry, and keeps the last valid result while a field is wrong', () => {
    const {history, result} = open('');
    expect(result.current.values).toEqual(defaultFormValues());
    expect(result.current.scenario).toEqual(defaultScenario());
    act(() => result.current.setField('deltagare', '10'));
    act(() => result.current.setField('lon', '25000'));
    expect(result.current.values.lon).toBe('25000');
    expect(history.location.search).toBe('?deltagare=10&lon=25000');
    expect(history.length).toBe(1);
    const valid = result.current.scenario;
    expect(valid?.wage).toBe(25000);
    act(() => result.current.setField('lon', 'tjugo'));
    expect(history.location.search).toBe('?deltagare=10&lon=tjugo');
    expect(result.current.isCurrent).toBe(false);
    expect(result.current.scenario).toEqual(valid);
  });

  it('forgets that a field came from the link once the user changes it', () => {
    const {result} = open('?lon=tjugo&kostnad=-5');
    act(() => result.current.setField('lon', '24000'));
    expect(result.current.linkValues).toEqual({kostnad: '-5'});
    // Still no result: the link's other value is wrong, and there has been no valid scenario.
    expect(result.current.scenario).toBeNull();
    act(() => result.current.setField('kostnad', '5000'));
    expect(result.current.isCurrent).toBe(true);
    expect(result.current.scenario?.costPerParticipant).toBe(5000);
  });

  it('fills the whole form from an example, and Återställ empties the address', () => {
    const {history, result} = open('?lon=tjugo');
    const preset = presets.find((candidate) => candidate.id === 'vasteras-2024')!;
    act(() => result.current.replaceAll(formValuesOf(preset.scenario)));
    expect(result.current.scenario).toEqual(preset.scenario);
    expect(result.current.linkValues).toEqual({});
    expect(history.location.search).toMatch(/^\?deltagare=\d+&kostnad=\d+/);
    act(() => result.current.replaceAll(defaultFormValues()));
    expect(history.location.search).toBe('');
    expect(result.current.scenario).toEqual(defaultScenario());
  });
});
