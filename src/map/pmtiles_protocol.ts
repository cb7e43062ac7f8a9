/** Registers the `pmtiles://` protocol with MapLibre once, so vector sources can read the local archive. */
import { addProtocol, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { Protocol } from 'pmtiles';
import { basemapArchives } from './basemap_archive.ts';

let protocol: Protocol | null = null;

/** Safe to call repeatedly; readers made by `basemapArchive` (their header perhaps already fetched) are used as they are. */
export function registerPmtilesProtocol(): void {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  for (const archive of basemapArchives()) protocol.add(archive);
}

/** Points MapLibre at its worker module (a URL of the build: without it the built map is blank) and starts its workers. */
export function startWorkers(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}
