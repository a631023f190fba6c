import { describe, expect, it } from 'vitest';
import { fromSpreadsheetCell, toSpreadsheetCell } from './spreadsheet-cells.js';

describe('spreadsheet-safe cells', () => {
  it.each(['=cmd|"/c calc"!A1', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])('writes %j as text a spreadsheet will not evaluate', (cell) => {
    expect(toSpreadsheetCell(cell)).toBe(`'${cell}`);
    expect(fromSpreadsheetCell(toSpreadsheetCell(cell))).toBe(cell);
  });

  it('leaves every other cell as it is, both ways', () => {
    for (const cell of ['AC-2', 'Access control', "'quoted", '1.5', '', 'a=b']) {
      expect(toSpreadsheetCell(cell)).toBe(cell);
      expect(fromSpreadsheetCell(cell)).toBe(cell);
    }
  });
});
