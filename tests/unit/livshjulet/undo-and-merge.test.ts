import {
  deleteRound,
  describeGap,
  gapOf,
  hasContent,
  initialState,
  matchingRound,
  maxRounds,
  mergeRounds,
  removeArea,
  restoreArea,
  restoreRound,
  saveRound,
  setText,
  setValue,
} from '@site/src/tools/livshjulet/model';

describe('ångra en borttagning', () => {
  it('ett område kommer tillbaka på sin plats med värden och anteckning', () => {
    let state = setText(setValue(initialState(), 'ekonomi', 'now', 3), 'ekonomi', 'note', 'Skulder');
    const index = state.areas.findIndex((area) => area.id === 'ekonomi');
    const area = state.areas[index]!;
    const rating = state.ratings.ekonomi;
    const removed = removeArea(state, 'ekonomi');
    expect(removed.areas.some((candidate) => candidate.id === 'ekonomi')).toBe(false);
    state = restoreArea(removed, area, index, rating);
    expect(state.areas.map((candidate) => candidate.id)).toEqual(initialState().areas.map((candidate) => candidate.id));
    expect(state.ratings.ekonomi).toEqual({now: 3, wish: null, note: 'Skulder', nextStep: ''});
    // Restoring twice does not add the area twice.
    expect(restoreArea(state, area, index, rating).areas).toHaveLength(state.areas.length);
  });

  it('en omgång kommer tillbaka på sin plats', () => {
    let state = saveRound(saveRound(saveRound(initialState(), 'A', '2026-01-01'), 'B', '2026-02-01'), 'C', '2026-03-01');
    const round = state.rounds[1]!;
    state = restoreRound(deleteRound(state, round.id), round, 1);
    expect(state.rounds.map((candidate) => candidate.label)).toEqual(['A', 'B', 'C']);
  });
});

describe('innan en fil ersätter det som finns', () => {
  it('ett tomt hjul har inget att förlora; ett värde, en anteckning, en omgång eller ett nytt namn har det', () => {
    expect(hasContent(initialState())).toBe(false);
    expect(hasContent(setValue(initialState(), 'halsa', 'wish', 5))).toBe(true);
    expect(hasContent(setText(initialState(), 'halsa', 'nextStep', 'Ring'))).toBe(true);
    expect(hasContent(saveRound(initialState(), 'A', '2026-01-01'))).toBe(true);
    const renamed = initialState();
    renamed.areas[0] = {...renamed.areas[0]!, name: 'Jobb'};
    expect(hasContent(renamed)).toBe(true);
  });

  it('filens omgångar läggs till, utan dubbletter, och hjulet här är kvar', () => {
    const here = saveRound(setValue(initialState(), 'arbete', 'now', 2), 'Inskrivning', '2026-01-10');
    const file = saveRound(saveRound(setValue(initialState(), 'arbete', 'now', 2), 'Inskrivning', '2026-01-10'), 'Uppföljning', '2026-04-10');
    const result = mergeRounds(here, file);
    expect(result.added).toBe(1);
    expect(result.duplicates).toBe(1);
    expect(result.state.rounds.map((round) => round.label)).toEqual(['Inskrivning', 'Uppföljning']);
    expect(new Set(result.state.rounds.map((round) => round.id)).size).toBe(2);
    expect(result.state.ratings).toEqual(here.ratings);
  });

  it('omgångar som inte ryms räknas, i stället för att tyst försvinna', () => {
    let here = initialState();
    for (let i = 0; i < maxRounds; i++) here = saveRound(here, `R${i}`, '2026-01-01');
    const result = mergeRounds(here, saveRound(initialState(), 'Ny', '2026-02-02'));
    expect(result).toMatchObject({added: 0, dropped: 1});
  });
});

describe('utskriftens datum och steg kvar', () => {
  it('hjulet som är en sparad omgång får omgångens datum', () => {
    const state = saveRound(setValue(initialState(), 'arbete', 'now', 4), 'Inskrivning', '2026-03-02');
    expect(matchingRound(state)?.date).toBe('2026-03-02');
    expect(matchingRound(setValue(state, 'arbete', 'now', 5))).toBeUndefined();
  });

  it('beskriver avståndet i ord, också när dit jag vill är lägre', () => {
    expect(describeGap(gapOf({now: 3, wish: 7}))).toBe('4 steg upp');
    expect(describeGap(gapOf({now: 7, wish: 7}))).toBe('Där du vill vara');
    expect(describeGap(gapOf({now: 8, wish: 3}))).toBe('Vill ha mindre (5 steg ner)');
    expect(describeGap(gapOf({now: null, wish: 3}))).toBe('–');
  });
});

describe('bilden som laddas ner', () => {
  it('rymmer namn som når utanför hjulets ruta, och är kvadratisk med hjulet i mitten', async () => {
    const {exportBox} = await import('@site/src/tools/livshjulet/download');
    expect(exportBox([-290, -290, 580, 580], {x: -290, y: -290, width: 580, height: 580})).toEqual([-298, -298, 596, 596]);
    // "Studier och utveckling" to the right reaches x = 320.
    expect(exportBox([-290, -290, 580, 580], {x: -290, y: -290, width: 610, height: 580})).toEqual([-328, -328, 656, 656]);
  });
});
