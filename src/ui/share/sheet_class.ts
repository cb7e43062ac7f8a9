/**
 * On `<html>` while a printout of ours is mounted: print.css then prints the sheet and nothing else.
 * Its own tiny module, so the always-loaded share entry can read it without loading the print code.
 */
export const SHEET_ON_CLASS = 'print-sheet-on';
