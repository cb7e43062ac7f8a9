/**
 * Embed mode's way to every zone without a pointer or sight: a "Danh sách" button on the map that opens a compact
 * list of the visible features (name and stage); choosing one opens its details, as a click on the map does.
 * Arrow keys move through the list, Escape closes it and gives focus back to the button.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppState } from '../../state/app_state.ts';
import { STAGE_LABEL } from '../zones/strings.ts';
import { StageBadge } from '../zones/StageSwatch.tsx';
import { t } from './i18n.ts';
import { tx } from './text.ts';

export function EmbedList({ state, onChoose }: { state: AppState; onChoose: (id: string, from: HTMLElement) => void }) {
  const lang = state.lang.value;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const zones = state.visibleZones.value;
  useEffect(() => {
    if (open) list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);
  const onKey = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    items[e.key === 'ArrowDown' ? Math.min(items.length - 1, i + 1) : Math.max(0, i - 1)]?.focus();
    e.preventDefault();
  };
  return (
    <div class="embed-list" onKeyDown={onKey}>
      <button
        ref={button}
        type="button"
        class="layer-btn"
        data-testid="embed-list-open"
        aria-expanded={open}
        aria-controls="embed-list-items"
        onClick={() => setOpen(!open)}
      >
        {t(lang, 'embedList')} ({zones.length})
      </button>
      {open && (
        <ul id="embed-list-items" class="embed-list-items" ref={list} aria-label={t(lang, 'embedList')} data-testid="embed-list">
          {zones.map((z) => (
            <li key={z.properties.id}>
              <button
                type="button"
                data-zone-id={z.properties.id}
                onClick={(e) => {
                  setOpen(false);
                  onChoose(z.properties.id, button.current ?? e.currentTarget);
                }}
              >
                <span class="embed-list-name">{tx(z.properties.name, lang)}</span>
                <StageBadge stage={z.properties.stage} label={STAGE_LABEL[lang][z.properties.stage]} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
