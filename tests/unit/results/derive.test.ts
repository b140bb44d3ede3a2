import {costPerParticipantKr, countyTotals, greenCount, referralsByParty, share, totalFte} from '@site/src/data/results/derive';
import {county, teamYear} from './fixtures';

describe('beräknade värden', () => {
  it('räknar gröna mål som arbete, studier, aktivt arbetssökande och fortsatt aktiv rehabilitering', () => {
    expect(greenCount(teamYear())).toBe(3);
  });

  it('räknar andelar och ger null när det inte finns något att dela med', () => {
    expect(share(3, 5)).toBe(0.6);
    expect(share(1, 0)).toBeNull();
  });

  it('räknar kostnad per deltagare i kronor', () => {
    expect(costPerParticipantKr(teamYear())).toBe(90000);
    expect(costPerParticipantKr(teamYear({participants: {total: 0, new: 0, ref: {source: 'arsrapport-2024', lines: 'L1'}}}))).toBeNull();
  });

  it('summerar heltidstjänster utan flyttalsfel', () => {
    expect(totalFte(teamYear({staffing: {ref: {source: 'arsrapport-2024', lines: 'L1'}, rows: [
      {role: 'A', employer: 'kommun', fte: 0.1},
      {role: 'B', employer: 'kommun', fte: 0.2},
    ]}}))).toBe(0.3);
  });

  it('summerar länet från teamen och räknar ett tomt värde som noll', () => {
    const a = teamYear();
    const b = teamYear({team: 'fns', endReasons: {...teamYear().endReasons, dropouts: null}});
    const totals = countyTotals([a, b], county());
    expect(totals).toMatchObject({participants: 20, new: 8, ended: 10, green: 6, grantedTkr: 2400, usedTkr: 2000});
    expect(totals.endReasons.dropouts).toBe(0);
    expect(totals.endReasons.medicalRehab).toBe(4);
  });

  it('summerar remisser per part över teamen', () => {
    expect(referralsByParty([teamYear(), teamYear({team: 'fns'})])).toEqual([
      {party: 'forsakringskassan', new: 6, total: 12},
      {party: 'kommun', new: 2, total: 8},
    ]);
  });
});
