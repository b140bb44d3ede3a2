import {pointAt, radiusOf, sectorAngles, sectorPath, valueAtPoint, wheelGeometry, wishPath} from '@site/src/tools/livshjulet/geometry';

describe('livshjulets geometri', () => {
  it('delar hjulet i lika stora sektorer med början klockan tolv', () => {
    expect(sectorAngles(0, 8).start).toBe(0);
    expect(sectorAngles(2, 8)).toEqual({start: Math.PI / 2, end: (3 * Math.PI) / 4, middle: (5 * Math.PI) / 8});
  });

  it('ritar värdet som radie mellan mitten och ytterkanten', () => {
    expect(radiusOf(0)).toBe(wheelGeometry.inner);
    expect(radiusOf(10)).toBe(wheelGeometry.outer);
    expect(radiusOf(5)).toBe((wheelGeometry.inner + wheelGeometry.outer) / 2);
    expect(radiusOf(14)).toBe(wheelGeometry.outer);
  });

  it('ger en sektor för ett värde och ingen för noll', () => {
    expect(sectorPath(0, 8, 0)).toBe('');
    const path = sectorPath(0, 4, 10);
    expect(path.startsWith('M')).toBe(true);
    // The sector reaches the outer radius straight up (0, −outer).
    expect(path).toContain(`${-wheelGeometry.outer}`);
  });

  it('ritar önskat läge som en båge på rätt radie', () => {
    const path = wishPath(0, 4, 10);
    const {x, y} = pointAt(Math.PI / 2, wheelGeometry.outer);
    expect(path).toBe(`M0.00,${(-wheelGeometry.outer).toFixed(2)}A${wheelGeometry.outer.toFixed(2)},${wheelGeometry.outer.toFixed(2)} 0 0 1 ${x.toFixed(2)},${y.toFixed(2)}`);
  });

  it('översätter ett klick till område och värde, åt alla håll', () => {
    expect(valueAtPoint(0, -wheelGeometry.outer, 4)).toEqual({index: 0, value: 10});
    expect(valueAtPoint(radiusOf(3), 1, 4)).toEqual({index: 1, value: 3});
    expect(valueAtPoint(0, radiusOf(7), 4)).toEqual({index: 2, value: 7});
    expect(valueAtPoint(-radiusOf(5), -1, 4)).toEqual({index: 3, value: 5});
    expect(valueAtPoint(0, 0, 8)).toEqual({index: 0, value: 0});
  });

  it('ett klick utanför hjulet betyder inget', () => {
    expect(valueAtPoint(wheelGeometry.outer * 1.2, 0, 8)).toBeNull();
  });

  it('ett klick tillbaka på samma punkt ger samma värde som ritades (rundtur)', () => {
    for (let index = 0; index < 8; index++) {
      for (let value = 0; value <= 10; value++) {
        const {middle} = sectorAngles(index, 8);
        const point = pointAt(middle, radiusOf(value));
        expect(valueAtPoint(point.x, point.y, 8)).toEqual({index, value});
      }
    }
  });
});
