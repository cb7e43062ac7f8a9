/**
 * Every zone, cluster and economic zone as a typed, bilingual record: all feature properties plus
 * how its polygon is drawn. `make_zones.ts` turns these into `geodata/zones.geojson`.
 * Order = order of `zones-research.json` (and of the output file).
 */
import { anNghiep, anNghiepExpansion, tranDe } from './zones/records_major.ts';
import { daiNgai, myThanh, songHau } from './zones/records_planned.ts';
import { coastalEz, daiNgai2, khanhHoa, phuMy, tranDe2, tranDeIndUrban } from './zones/records_new.ts';
import { anLacThon1, anLacThon2, ngaNam, xayDaB, xayDaBMoi } from './zones/records_clusters.ts';
import type { ZoneRecord } from './zones/record.ts';

export type { ZoneRecord } from './zones/record.ts';

/** All 17 records. */
export const ZONE_RECORDS: readonly ZoneRecord[] = [
  anNghiep, anNghiepExpansion, tranDe, daiNgai, songHau, myThanh,
  daiNgai2, tranDe2, khanhHoa, phuMy, tranDeIndUrban, coastalEz,
  xayDaB, xayDaBMoi, anLacThon1, anLacThon2, ngaNam,
];

/**
 * Order in which polygons are placed: better-located features first, so that when two shapes
 * compete for space it is the weaker guess that moves. The economic zone goes last (it may contain others).
 */
export const PLACEMENT_ORDER: readonly string[] = [
  'an-nghiep', 'an-nghiep-expansion', 'dai-ngai', 'song-hau', 'tran-de', 'my-thanh',
  'ccn-xay-da-b', 'ccn-xay-da-b-moi', 'ccn-an-lac-thon-1',
  'dai-ngai-2', 'tran-de-2', 'khanh-hoa', 'phu-my-ind-urban', 'tran-de-ind-urban',
  'ccn-an-lac-thon-2', 'ccn-nga-nam', 'tran-de-coastal-ez',
];
