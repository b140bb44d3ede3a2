/**
 * Västmanlands län's ten municipalities, placed on a schematic tile map (column, row; north at the
 * top). The tiles show rough neighbourhood, not true shape or size. The list of municipalities is
 * not from the reports: source SCB, "Kommuner i län" (kommunindelning 2024).
 */
export interface MunicipalityTile {
  name: string;
  column: number;
  row: number;
}

export const vastmanlandMunicipalities: readonly MunicipalityTile[] = [
  {name: 'Fagersta', column: 1, row: 0},
  {name: 'Norberg', column: 2, row: 0},
  {name: 'Skinnskatteberg', column: 0, row: 1},
  {name: 'Sala', column: 3, row: 1},
  {name: 'Surahammar', column: 1, row: 2},
  {name: 'Västerås', column: 2, row: 2},
  {name: 'Köping', column: 0, row: 3},
  {name: 'Hallstahammar', column: 1, row: 3},
  {name: 'Arboga', column: 0, row: 4},
  {name: 'Kungsör', column: 1, row: 4},
];

export const municipalitySource = 'SCB, Kommuner i län (kommunindelning 2024).';
