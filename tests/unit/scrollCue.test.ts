import {sameCue, scrollCue, unmeasured} from '@site/src/components/ScrollRegion/scrollCue';

describe('scrollCue', () => {
  it('säger inget förrän rutan har en bredd (stängd <details>, före JavaScript)', () => {
    expect(scrollCue({scrollLeft: 0, scrollWidth: 0, clientWidth: 0})).toEqual(unmeasured);
  });

  it('en tabell som ryms, eller är högst en pixel för bred (avrundning, zoom), skrollar inte', () => {
    expect(scrollCue({scrollLeft: 0, scrollWidth: 297, clientWidth: 297})).toEqual({overflowing: false, moreBefore: false, moreAfter: false});
    expect(scrollCue({scrollLeft: 0, scrollWidth: 298, clientWidth: 297}).overflowing).toBe(false);
  });

  it('visar mer åt höger i början, åt båda håll i mitten och bara åt vänster i slutet (1 384 px i en 297 px ruta)', () => {
    const metrics = {scrollWidth: 1384, clientWidth: 297};
    expect(scrollCue({...metrics, scrollLeft: 0})).toEqual({overflowing: true, moreBefore: false, moreAfter: true});
    expect(scrollCue({...metrics, scrollLeft: 500})).toEqual({overflowing: true, moreBefore: true, moreAfter: true});
    expect(scrollCue({...metrics, scrollLeft: 1087})).toEqual({overflowing: true, moreBefore: true, moreAfter: false});
    // Zoomed pages stop a fraction of a pixel short of the end.
    expect(scrollCue({...metrics, scrollLeft: 1086.4}).moreAfter).toBe(false);
  });

  it('räknar från början också på sidor som läses från höger till vänster (negativ scrollLeft)', () => {
    expect(scrollCue({scrollLeft: -1087, scrollWidth: 1384, clientWidth: 297})).toEqual({overflowing: true, moreBefore: true, moreAfter: false});
  });

  it('sameCue jämför alla tre värdena', () => {
    expect(sameCue(unmeasured, {...unmeasured})).toBe(true);
    expect(sameCue(unmeasured, {overflowing: false, moreBefore: false, moreAfter: false})).toBe(false);
  });
});
