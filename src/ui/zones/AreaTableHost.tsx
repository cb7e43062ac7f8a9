/** Loads the area table the first time it is shown (it is not part of the first-load JS), then renders it. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AppState } from '../../state/app_state.ts';
import { tZones } from './strings.ts';

type AreaTableProps = { state: AppState; onShowOnMap: (id: string) => void };

export function AreaTableHost(props: AreaTableProps) {
  const [Table, setTable] = useState<ComponentType<AreaTableProps> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    import('./AreaTable.tsx').then((m) => setTable(() => m.AreaTable), (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)));
  }, []);
  if (failed) return <p class="area-table-failed" role="alert">{tZones(props.state.lang.value, 'tableLoadFailed', { reason: failed })}</p>;
  return Table ? <Table {...props} /> : null;
}
