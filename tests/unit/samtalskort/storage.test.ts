import fc from 'fast-check';
import {addSet, initialSets, mergeSets, pin, removeSet, restorePin, restoreSet, unpin, activeSet} from '@site/src/tools/samtalskort/sets';
import {backupKey, currentVersion, formatName, loadFrom, maxImportBytes, readImport, readStored, storageKey, writeStored, type KeyValueStore} from '@site/src/tools/samtalskort/storage';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & {data: Map<string, string>} {
  const data = new Map(Object.entries(initial));
  return {data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key)};
}

const saved = () => pin(pin(pin(initialSets(), 's1'), 'u2'), 'r3');

describe('att spara uppsättningar', () => {
  it('sparat läses tillbaka likadant', () => {
    const state = addSet(saved(), 'Grupp tisdag', ['g1', 'v2'], 'grupp-1');
    expect(readStored(writeStored(state))).toEqual({ok: true, state});
  });

  it('ett trasigt sparat värde flyttas undan, inte bort, och ger ett meddelande', () => {
    const store = memoryStore({[storageKey]: '{trasig'});
    const result = loadFrom(store);
    expect(result.state).toBeNull();
    expect(result.problem).toContain('gick inte att läsa');
    expect(store.data.get(backupKey)).toBe('{trasig');
    expect(store.data.has(storageKey)).toBe(false);
  });

  it('ett sparat värde med fel innehåll säger vilket fält', () => {
    const bad = JSON.stringify({format: formatName, version: currentVersion, savedAt: '', state: {sets: [], active: 'x'}});
    expect(readStored(bad)).toEqual({ok: false, message: 'Filen har fel innehåll – uppsättningarna: ska ha minst en uppsättning.'});
  });

  it('en nyare version och en fil från ett annat verktyg', () => {
    expect(readStored(JSON.stringify({format: formatName, version: currentVersion + 1}))).toMatchObject({ok: false, message: expect.stringContaining('nyare version')});
    expect(readStored(JSON.stringify({format: 'samordningsteamens-livshjul', version: 1}))).toEqual({ok: false, message: 'Det här är inte en fil från samtalskorten.'});
    expect(readImport(maxImportBytes + 1, '')).toMatchObject({ok: false});
  });

  it('vad som helst, sparat eller importerat, kastar aldrig och förstör aldrig det som är sparat', () => {
    const good = writeStored(saved());
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({format: formatName, version: 1, savedAt: '', state: value}))), (junk) => {
        const store = memoryStore({[storageKey]: junk});
        expect(() => loadFrom(store)).not.toThrow();
        const result = readImport(junk.length, junk);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
        // What an import reads never touches what is saved.
        const kept = memoryStore({[storageKey]: good});
        readImport(junk.length, junk);
        expect(loadFrom(kept).state).toEqual(saved());
        // Whatever is loaded, the saved text is either read or kept in the backup.
        const loaded = loadFrom(store);
        if (!loaded.state) expect(store.data.get(backupKey) ?? junk).toBe(junk);
      }),
    );
  });
});

describe('uppsättningarna', () => {
  it('fäst, ta bort och ångra lägger kortet där det var', () => {
    const state = saved();
    const set = activeSet(state);
    const removed = unpin(state, 'u2');
    expect(activeSet(removed).cards).toEqual(['s1', 'r3']);
    expect(activeSet(restorePin(removed, set.id, 'u2', 1)).cards).toEqual(['s1', 'u2', 'r3']);
    expect(activeSet(pin(state, 's1')).cards).toEqual(['s1', 'u2', 'r3']);
  });

  it('ta bort en uppsättning går att ångra; den sista töms i stället', () => {
    const two = addSet(saved(), 'Grupp', ['g1'], 'grupp');
    const without = removeSet(two, 'grupp');
    expect(without.sets).toHaveLength(1);
    expect(restoreSet(without, two.sets[1]!, 1)).toEqual(two);
    expect(removeSet(saved(), 'forsta').sets[0]!.cards).toEqual([]);
  });

  it('importerade uppsättningar läggs till, dubbletter hoppas över', () => {
    const here = saved();
    const file = addSet(initialSets(), 'Grupp', ['g1'], 'grupp');
    const result = mergeSets(here, [...file.sets, ...here.sets]);
    expect(result.added).toBe(2);
    expect(result.duplicates).toBe(1);
    expect(result.state.sets.map((set) => set.name)).toEqual(['Min uppsättning', 'Min uppsättning (2)', 'Grupp']);
    expect(result.state.sets[0]).toEqual(here.sets[0]);
  });
});
