import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { KINDS, type ZoneFeature } from '../../domain/zone.ts';
import { setQuery, type AppState } from '../../state/app_state.ts';
import { formatPublishedHa } from '../../domain/format.ts';
import { tx } from '../app/text.ts';
import { tZones, KIND_LABEL, STAGE_LABEL } from './strings.ts';
import { StageBadge } from './StageSwatch.tsx';
import { CompareToggle } from '../app/CompareToggle.tsx';

interface Props {
  state: AppState;
  /** Chooses an entry: select it and fly to it. */
  onChoose: (id: string, origin: HTMLElement) => void;
}

/** Moves focus between list entries with the arrow, Home and End keys. */
function onListKey(e: JSX.TargetedKeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button.zone-item'));
  const i = items.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : e.key === 'ArrowDown' ? Math.min(items.length - 1, i + 1) : Math.max(0, i - 1);
  items[next]?.focus();
  e.preventDefault();
}

/** Search box and the list of features grouped by kind. */
export function ZoneList({ state, onChoose }: Props) {
  const lang = state.lang.value;
  const listed = state.listedZones.value;
  const selectedId = state.selectedId.value;
  const input = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // Keep the chosen entry in view when the selection comes from the map.
  useEffect(() => {
    if (!selectedId) return;
    listRef.current?.querySelector(`[data-zone-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  const groups = KINDS.map((k) => ({ kind: k, items: listed.filter((z) => z.properties.kind === k) })).filter((g) => g.items.length);
  const ha = (z: ZoneFeature): string => {
    const official = z.properties.official_area_ha;
    return official === null ? tZones(lang, 'listNoArea') : formatPublishedHa(official, lang);
  };
  return (
    <section class="zone-list" aria-labelledby="list-title" id="zone-list">
      <h2 id="list-title" class="visually-hidden">{tZones(lang, 'listTitle')}</h2>
      <div class="search">
        <label class="visually-hidden" for="zone-search">{tZones(lang, 'searchLabel')}</label>
        <input
          ref={input}
          id="zone-search"
          type="search"
          data-testid="search"
          autocomplete="off"
          spellcheck={false}
          maxLength={200}
          placeholder={tZones(lang, 'searchPlaceholder')}
          value={state.query.value}
          onInput={(e) => setQuery(state, e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && state.query.value) {
              setQuery(state, '');
              e.preventDefault();
            }
            // Enter chooses the top result (as a map's search box does); ArrowDown moves into the results.
            const first = listRef.current?.querySelector<HTMLButtonElement>('button.zone-item');
            if (e.key === 'Enter' && first) {
              e.preventDefault();
              first.focus();
              onChoose(first.dataset['zoneId'] ?? '', first);
            } else if (e.key === 'ArrowDown' && first) {
              e.preventDefault();
              first.focus();
            }
          }}
        />
        {state.query.value && (
          <button type="button" class="icon-btn search-clear" aria-label={tZones(lang, 'searchClear')} onClick={() => { setQuery(state, ''); input.current?.focus(); }}>
            ×
          </button>
        )}
      </div>
      <p class="list-count" aria-live="polite">{tZones(lang, 'listCount', { n: listed.length, total: state.datedZones.value.length })}</p>
      <div class="list-scroll" data-testid="zone-list" ref={listRef} onKeyDown={onListKey}>
        {groups.length === 0 && <p class="list-empty">{tZones(lang, 'listEmpty')}</p>}
        {groups.map((g) => (
          <div class="list-group" key={g.kind}>
            <h3 class="list-group-title">{KIND_LABEL[lang][g.kind]}</h3>
            <ul>
              {g.items.map((z) => (
                <li key={z.properties.id}>
                  <button
                    type="button"
                    class={`zone-item ${z.properties.id === selectedId ? 'selected' : ''}`}
                    aria-current={z.properties.id === selectedId ? 'true' : undefined}
                    data-zone-id={z.properties.id}
                    onClick={(e) => onChoose(z.properties.id, e.currentTarget)}
                  >
                    <span class="zone-item-name">{tx(z.properties.name, lang)}</span>
                    <span class="zone-item-meta">
                      <StageBadge stage={z.properties.stage} label={STAGE_LABEL[lang][z.properties.stage]} />
                      <span class={`zone-item-ha ${z.properties.official_area_ha === null ? 'muted' : ''}`}>{ha(z)}</span>
                    </span>
                  </button>
                  <CompareToggle state={state} zone={z} compact />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
