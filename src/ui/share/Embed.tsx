/**
 * The embed part of the share dialog: options (current view or fitted province, selected feature,
 * language) and the `<iframe>` snippet to paste into another page.
 */
import { useState } from 'preact/hooks';
import { LANGS, type Lang } from '../../domain/zone.ts';
import type { Camera, UrlState } from '../../state/url_state.ts';
import { t } from '../app/i18n.ts';
import { tShare } from './strings.ts';
import { CopyButton } from './Copy.tsx';

const LANG_NAME: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Text made safe for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<iframe>` snippet for an embed URL; the title is in the embed's language. */
export function iframeSnippet(src: string, lang: Lang): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(t(lang, 'appTitle'))}" width="100%" height="480" `
    + 'style="border:0" loading="lazy" allowfullscreen></iframe>';
}

interface Props {
  lang: Lang;
  /** The state a link would carry now (camera included). */
  base: UrlState;
  /** The selected feature's name, if any. */
  selectedName: string | null;
  linkFor: (s: UrlState) => string;
}

/** Embed options and snippet. The embed shows the map only: no search, no table. */
export function ShareEmbed({ lang, base, selectedName, linkFor }: Props) {
  const [fitted, setFitted] = useState(false);
  const [withSelected, setWithSelected] = useState(true);
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const camera: Camera | null = fitted ? null : base.camera;
  const src = linkFor({
    ...base, camera, query: '', view: 'map', lang: embedLang, embed: true,
    selected: withSelected ? base.selected : null,
  });
  const snippet = iframeSnippet(src, embedLang);
  return (
    <section class="share-section share-embed" aria-labelledby="share-embed-title">
      <h3 id="share-embed-title">{tShare(lang, 'embedTitle')}</h3>
      <fieldset class="share-options">
        <legend>{tShare(lang, 'embedView')}</legend>
        <label><input type="radio" name="embed-view" checked={!fitted} onChange={() => setFitted(false)} /> {tShare(lang, 'embedCurrent')}</label>
        <label><input type="radio" name="embed-view" checked={fitted} onChange={() => setFitted(true)} data-testid="embed-fitted" /> {tShare(lang, 'embedProvince')}</label>
      </fieldset>
      <label class="share-check">
        <input
          type="checkbox"
          checked={withSelected && selectedName !== null}
          disabled={selectedName === null}
          onChange={(e) => setWithSelected(e.currentTarget.checked)}
          data-testid="embed-selected"
        />{' '}
        {selectedName === null ? tShare(lang, 'embedNoSelection') : tShare(lang, 'embedSelected', { name: selectedName })}
      </label>
      <fieldset class="share-options">
        <legend>{tShare(lang, 'embedLang')}</legend>
        {LANGS.map((l) => (
          <label key={l} lang={l}>
            <input type="radio" name="embed-lang" checked={embedLang === l} onChange={() => setEmbedLang(l)} data-testid={`embed-lang-${l}`} /> {LANG_NAME[l]}
          </label>
        ))}
      </fieldset>
      <label class="share-label" for="share-embed-code">{tShare(lang, 'embedCodeLabel')}</label>
      <textarea id="share-embed-code" class="share-code" readOnly rows={4} value={snippet} data-testid="embed-code" spellcheck={false} />
      <div class="share-row">
        <CopyButton text={snippet} fieldId="share-embed-code" label={tShare(lang, 'embedCopy')} lang={lang} />
      </div>
      <p class="share-hint">{tShare(lang, 'embedHint')}</p>
    </section>
  );
}
