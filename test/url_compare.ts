/**
 * Test support for links: whether two view states give the same link, cameras compared within the
 * rounding a link applies. Used by the unit and browser tests, not by the app.
 */
import { cameraPrecision, canonicalUrlState, type UrlState } from '../src/state/url_state.ts';

/** Tolerances for comparing cameras; `degrees` defaults to one unit of the last decimal the zoom keeps. */
export interface CameraTolerance { zoom: number; degrees: number; bearing: number; pitch: number }

/**
 * Whether two states give the same link, cameras compared within rounding (zoom 0.01, lat/lon one unit of
 * the last kept decimal, bearing 0.1°, pitch 1°, unless `tolerance` says otherwise). Filters compare as sets.
 */
export function sameShareableState(a: UrlState, b: UrlState, tolerance: Partial<CameraTolerance> = {}): boolean {
  const x = canonicalUrlState(a);
  const y = canonicalUrlState(b);
  const rest = (s: UrlState) => JSON.stringify({ ...s, camera: null });
  if (rest(x) !== rest(y)) return false;
  if (!x.camera || !y.camera) return x.camera === y.camera;
  const eps = 1e-9;
  const zoomTol = (tolerance.zoom ?? 0.01) + eps;
  const degTol = (tolerance.degrees ?? Math.pow(10, -cameraPrecision(Math.min(x.camera.zoom, y.camera.zoom)))) + eps;
  const dBearing = Math.abs(((x.camera.bearing - y.camera.bearing + 540) % 360) - 180);
  return Math.abs(x.camera.zoom - y.camera.zoom) <= zoomTol
    && Math.abs(x.camera.lat - y.camera.lat) <= degTol
    && Math.abs(x.camera.lon - y.camera.lon) <= degTol
    && dBearing <= (tolerance.bearing ?? 0.1) + eps
    && Math.abs(x.camera.pitch - y.camera.pitch) <= (tolerance.pitch ?? 1) + eps;
}
