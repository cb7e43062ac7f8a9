/** The two parsers of `shpjs` 6 used here (the package ships no types). */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** .shp bytes → one geometry per record; `prj` (WKT) reprojects to WGS84 through proj4. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView | DataView, prj?: string): Array<Geometry | null>;
  /** .dbf bytes → one attribute row per record; `cpg` names the code page. */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView | DataView, cpg?: string): Array<Record<string, unknown>>;
}
