/**
 * One imported feature in detail: its name and own id, its areas and their checks (`FeatureAreas`), its overlap
 * with the zones (`FeatureOverlap`, computed in a worker) and the properties the file gives it, exactly as read.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ImportedFeature, JsonValue } from '../../import/types.ts';
import type { AppState } from '../../state/app_state.ts';
import { FeatureAreas } from './FeatureAreas.tsx';
import { FeatureOverlap } from './FeatureOverlap.tsx';
import { tDetail } from './strings_detail.ts';

/** Most file properties listed, and longest value shown, in characters. */
const MAX_PROPS = 40;
const MAX_VALUE = 300;

function valueText(v: JsonValue): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/** The detail card of the selected imported feature. */
export function ImportFeatureDetail({ state, feature, onUnselect, onZoom, onEdit }: {
  state: AppState;
  feature: ImportedFeature;
  onUnselect: () => void;
  onZoom: () => void;
  /** Copies the feature onto the drawing board. */
  onEdit: () => void;
}) {
  const lang = state.lang.value;
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => card.current?.scrollIntoView({ block: 'nearest' }), []);
  const props = Object.entries(feature.properties ?? {});
  return (
    <div class="imp-detail" ref={card} data-testid="import-detail" data-id={feature.id}>
      <div class="imp-detail-head">
        <p class="imp-kicker">{tDetail(lang, 'selectedTitle')}</p>
        <h4>{feature.label}</h4>
        <div class="imp-detail-actions">
          <button type="button" class="imp-btn imp-btn-quiet" onClick={onZoom}>{tDetail(lang, 'zoomTo')}</button>
          <button type="button" class="imp-btn imp-btn-quiet" data-testid="draw-start-from" onClick={onEdit}>{tDetail(lang, 'editBoundary')}</button>
          <button type="button" class="icon-btn" aria-label={tDetail(lang, 'unselect')} onClick={onUnselect}>×</button>
        </div>
      </div>
      {feature.sourceId !== undefined && (
        <p class="imp-hint" data-testid="import-source-id">{tDetail(lang, 'sourceId')}: {JSON.stringify(feature.sourceId)}</p>
      )}
      <FeatureAreas m={feature.measure} lang={lang} />
      <FeatureOverlap state={state} feature={feature} />
      <details class="imp-props">
        <summary>{tDetail(lang, 'propsTitle', { n: props.length })}</summary>
        <dl>
          {props.slice(0, MAX_PROPS).map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{valueText(v)}</dd>
            </div>
          ))}
        </dl>
        {props.length > MAX_PROPS && <p class="muted">{tDetail(lang, 'propsMore', { n: props.length - MAX_PROPS })}</p>}
      </details>
    </div>
  );
}
