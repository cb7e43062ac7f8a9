/**
 * "What is near": straight-line distances from a feature's reference point to the places an
 * investor asks about first. Positions come from the project's research (places-research.json).
 */
import type { Bilingual } from './zone.ts';

/** A reference place with its position [lon, lat]. */
export interface ReferencePlace {
  id: string;
  name: Bilingual;
  at: [number, number];
}

/** Sóc Trăng's centre, the Trần Đề fishing port on the Hậu mouth, and Cần Thơ's centre. */
export const REFERENCE_PLACES: readonly ReferencePlace[] = [
  { id: 'soc-trang-city', name: { vi: 'Trung tâm Sóc Trăng', en: 'Sóc Trăng centre' }, at: [105.972, 9.6029] },
  { id: 'tran-de-fishing-port', name: { vi: 'Cảng cá Trần Đề', en: 'Trần Đề fishing port' }, at: [106.203, 9.527] },
  { id: 'can-tho-centre', name: { vi: 'Trung tâm Cần Thơ (Ninh Kiều)', en: 'Cần Thơ centre (Ninh Kiều)' }, at: [105.7817, 10.0392] },
];

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres between two [lon, lat] points (haversine, mean Earth radius). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distances from `from` to every reference place, nearest first. */
export function nearbyPlaces(from: readonly [number, number]): Array<{ place: ReferencePlace; km: number }> {
  return REFERENCE_PLACES.map((place) => ({ place, km: distanceKm(from, place.at) })).sort((a, b) => a.km - b.km);
}
