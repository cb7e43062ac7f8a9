/** Map scale: ground distance per screen pixel. */

/** The equator's length in Web Mercator's sphere, metres. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Ground metres per CSS pixel at a latitude and zoom (MapLibre's 512-px world at zoom 0). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
