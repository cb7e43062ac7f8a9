import { useRef, useState } from 'preact/hooks';
import { ONLINE_LAYERS } from '../../map/online_layers.ts';
import { setBaseLayer, type AppState } from '../../state/app_state.ts';
import type { BaseLayer } from '../../state/view.ts';
import { t } from './i18n.ts';
import { tx } from './text.ts';

/** Chooses the base map: embedded (offline, default) or an optional online layer. */
export function LayerSwitcher({ state }: { state: AppState }) {
  const lang = state.lang.value;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const current = state.baseLayer.value;
  const options: Array<{ id: BaseLayer; label: string }> = [
    { id: 'embedded', label: t(lang, 'layerEmbedded') },
    ...ONLINE_LAYERS.map((l) => ({ id: l.id, label: tx(l.label, lang) })),
  ];
  return (
    <div
      class="layer-switcher"
      data-testid="layer-switcher"
      onKeyDown={(e) => {
        // Escape closes the menu and gives focus back to its button.
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        class="layer-btn"
        aria-expanded={open}
        aria-controls="layer-options"
        onClick={() => setOpen(!open)}
      >
        {t(lang, 'layerTitle')}
      </button>
      {open && (
        <fieldset id="layer-options" class="layer-options">
          <legend class="visually-hidden">{t(lang, 'layerTitle')}</legend>
          {options.map((o) => (
            <label key={o.id}>
              <input
                type="radio"
                name="base-layer"
                value={o.id}
                checked={current === o.id}
                onChange={() => setBaseLayer(state, o.id)}
              />
              {o.label}
            </label>
          ))}
          <p class="layer-note">{t(lang, 'layerOnlineNote')}</p>
        </fieldset>
      )}
    </div>
  );
}
