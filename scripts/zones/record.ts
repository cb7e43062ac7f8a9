/** The record type the zone data is written in: every property plus how to draw the polygon. */
import type { Bilingual, DescribedEdges, ZoneProperties } from '../../src/domain/zone.ts';
import type { ShapeSpec } from './shapes.ts';

/**
 * One zone, cluster or economic zone as written by hand. `geometry_note` holds what the shape is
 * based on; `make_zones.ts` appends how it was drawn and sets `shape_sized_to_official`.
 */
export interface ZoneRecord extends Omit<ZoneProperties, 'shape_sized_to_official'> {
  /** How the polygon is drawn. */
  shape: ShapeSpec;
  /**
   * Area the polygon is sized to, ha: the official area. Null for a location-only feature, whose
   * polygon is the disc of its positional uncertainty.
   */
  footprint_ha: number | null;
}

/** Date every record was last checked against the research notes. */
export const UPDATED = '2026-11-30';

/** No edge of the map's layers is named by the feature's description. */
export const NO_EDGES: DescribedEdges = { river: false, roads: [] };

/** Geometry-note sentence for features drawn as the disc of their uncertainty. */
export const LOCATION_ONLY_NOTE: Bilingual = {
  vi: 'Chưa công bố diện tích hay vị trí, nên không vẽ hình khu: vòng tròn chấm chấm là vùng có thể chứa vị trí thật (bán kính bằng sai số vị trí), không phải ranh giới, và không tính diện tích từ nó.',
  en: 'Neither its size nor its place has been published, so no footprint is drawn: the dotted circle is the area its true position may lie in (radius = the position uncertainty), not a boundary, and no area is computed from it.',
};

/** Position-note sentence for positions that are commune- or town-level guesses. */
export const GUESS_NOTE: Bilingual = {
  vi: 'Vị trí chỉ là phỏng đoán ở cấp xã, thị trấn, không phải kết quả xác minh.',
  en: 'The position is a commune- or town-level guess, not a finding.',
};
