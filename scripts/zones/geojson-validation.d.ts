/** Minimal typings for the `geojson-validation` package (it ships none). */
declare module 'geojson-validation' {
  /** With `trace` true, returns the list of problems (empty when valid). */
  export function valid(object: unknown, trace: true): string[];
  export function valid(object: unknown, trace?: false): boolean;
}
