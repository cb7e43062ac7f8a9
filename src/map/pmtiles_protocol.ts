/** Registers the `pmtiles://` protocol with MapLibre once, so vector sources can read the local archive. */
import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';

let registered = false;

/** Safe to call repeatedly. */
export function registerPmtilesProtocol(): void {
  if (registered) return;
  const protocol = new Protocol();
  addProtocol('pmtiles', protocol.tile);
  registered = true;
}
