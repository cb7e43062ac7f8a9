/**
 * The embedded basemap archive as one PMTiles reader per URL, made before the map exists so its header and root
 * directory can be fetched at start-up (`prefetchBasemap`); the `pmtiles://` protocol then reads tiles through the
 * same reader, with no second round trip for them. No MapLibre here: the page imports this before the map code.
 */
import { PMTiles } from 'pmtiles';

const archives = new Map<string, PMTiles>();

/** The reader of the archive at `url` (made once). */
export function basemapArchive(url: string): PMTiles {
  let archive = archives.get(url);
  if (!archive) {
    archive = new PMTiles(url);
    archives.set(url, archive);
  }
  return archive;
}

/** Every reader made so far (the protocol adds them when it registers). */
export const basemapArchives = (): PMTiles[] => [...archives.values()];

/** Starts fetching the archive's header and root directory; errors surface later, where the map reports them. */
export function prefetchBasemap(url: string): void {
  basemapArchive(url).getHeader().catch(() => undefined);
}
