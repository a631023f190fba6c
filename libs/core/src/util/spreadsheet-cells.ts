/**
 * CSV a spreadsheet opens safely (CWE-1236, "CSV injection"): a text cell starting with a
 * character that makes a spreadsheet read it as a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return) is written with a leading apostrophe, which spreadsheets show as text. Quoting alone
 * does not stop that. `fromSpreadsheetCell` takes the apostrophe off again on import, so a file
 * we wrote imports as it was.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toSpreadsheetCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function fromSpreadsheetCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * csv-stringify's `cast` for text cells, a fresh object each call: csv-stringify fills its
 * defaults into the `cast` it is given, so a shared object would carry one call's into the next.
 */
export function spreadsheetSafeCast<T extends object>(others?: T): T & { string: (value: string) => string } {
  return { ...others, string: toSpreadsheetCell } as T & { string: (value: string) => string };
}
