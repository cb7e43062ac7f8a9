/** Loads the area table the first time it is shown (it is not part of the first-load JS), then renders it. */
import type { AppState } from '../../state/app_state.ts';
import { lazyPart, useLazyPart } from '../app/lazy.ts';
import { tZones } from './strings.ts';

type AreaTableProps = { state: AppState; onShowOnMap: (id: string) => void };

const table = lazyPart(() => import('./AreaTable.tsx').then((m) => m.AreaTable));

export function AreaTableHost(props: AreaTableProps) {
  const [Table, failed] = useLazyPart(table);
  if (failed) return <p class="area-table-failed" role="alert">{tZones(props.state.lang.value, 'tableLoadFailed', { reason: failed })}</p>;
  return Table ? <Table {...props} /> : null;
}
