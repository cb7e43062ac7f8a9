/**
 * Measures each kept feature in the worker — its three areas, whether VN-2000 / TM-3 applies, how far the methods
 * disagree, how far it lies from the former province, and the area its properties declare — and logs what the
 * user must hear about it. The page then shows the figures without computing anything itself.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { AREA_DISAGREEMENT_LIMIT, areaDisagreement, areasOf, vn2000Applies } from '../domain/area.ts';
import { bboxCentre, bboxGapM, geometryBbox, type Bbox } from '../domain/geometry.ts';
import { PROVINCE_BOUNDS } from '../domain/province.ts';
import { inVietnam } from './crs.ts';
import { declaredArea } from './declared_area.ts';
import type { MessageLog } from './messages.ts';
import type { FeatureMeasure, ImportedFeature, ImportedProperties } from './types.ts';

/** Features further than this from the former province (but in Vietnam) make the file suspect. */
export const FAR_FROM_PROVINCE_M = 20_000;

/** A declared area further than this from the measured one (fraction) is a warning, not a note. */
export const DECLARED_AREA_TOLERANCE = 0.01;

const PROVINCE_BBOX: Bbox = [PROVINCE_BOUNDS[0][0], PROVINCE_BOUNDS[0][1], PROVINCE_BOUNDS[1][0], PROVINCE_BOUNDS[1][1]];
/** Rounded for a message; never -0 (it would read "-0 ha"). */
const round = (v: number, decimals: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals || 0;

/** The figure to lead with, in hectares: VN-2000 where it applies (how official figures are made), else ellipsoidal. */
export function leadHa(m: Pick<FeatureMeasure, 'areas' | 'vn2000Applies'>): number {
  return (m.vn2000Applies ? m.areas.vn2000M2 : m.areas.ellipsoidalM2) / 10_000;
}

/** Measures one feature. */
export function measureFeature(geometry: Polygon | MultiPolygon, properties: ImportedProperties): FeatureMeasure {
  const areas = areasOf(geometry);
  const bbox = geometryBbox(geometry);
  const applies = vn2000Applies(bbox);
  const base = { areas, vn2000Applies: applies, disagreement: areaDisagreement(areas, applies), provinceGapM: bboxGapM(bbox, PROVINCE_BBOX) };
  const measuredHa = leadHa(base);
  const found = declaredArea(properties, measuredHa);
  const declared = found && {
    ...found, measuredHa, diffHa: measuredHa - found.ha, diffPct: ((measuredHa - found.ha) / found.ha) * 100,
  };
  return { ...base, declared };
}

/** Logs the measurements worth a message: disagreeing methods, declared areas, the TM-3 zone, distance from the province. */
export function logMeasures(features: readonly ImportedFeature[], labelOf: (f: ImportedFeature) => string, log: MessageLog): void {
  let outsideZone = 0;
  let far = 0;
  let farthestM = 0;
  for (const f of features) {
    const m = f.measure;
    const label = labelOf(f);
    if (!m.vn2000Applies) outsideZone++;
    if (m.provinceGapM > FAR_FROM_PROVINCE_M && inVietnam(...bboxCentre(geometryBbox(f.geometry)))) {
      far++;
      farthestM = Math.max(farthestM, m.provinceGapM);
    }
    if (m.disagreement > AREA_DISAGREEMENT_LIMIT) {
      log.add('areas-disagree', label, 'kept', {
        pct: round(m.disagreement * 100, 1), ellipsoidal: round(m.areas.ellipsoidalM2 / 10_000, 2), turf: round(m.areas.turfM2 / 10_000, 2),
      });
    }
    if (m.declared) {
      const d = m.declared;
      const code = Math.abs(d.diffPct) > DECLARED_AREA_TOLERANCE * 100 ? 'declared-area-differs' : 'declared-area-matches';
      log.add(code, label, 'none', {
        key: d.key, raw: d.raw, declared: round(d.ha, 2), measured: round(d.measuredHa, 2), diff: round(d.diffHa, 2), pct: round(d.diffPct, 1),
      });
    }
  }
  if (outsideZone > 0) log.add('vn2000-not-applicable', null, 'none', { count: outsideZone });
  if (far > 0) log.add('far-from-province', null, 'kept', { count: far, km: Math.round(farthestM / 1000) });
}
