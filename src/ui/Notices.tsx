import { dismissNotice, type AppState } from '../state/app_state.ts';
import { MESSAGES, t, type MessageKey } from './i18n.ts';

/** User-facing problems (bad data, map errors), each dismissible. Text only, never HTML. */
export function Notices({ state }: { state: AppState }) {
  const list = state.notices.value;
  const lang = state.lang.value;
  if (!list.length) return null;
  return (
    <div class="notices" role="alert" data-testid="notices">
      {list.map((n, i) => (
        <p class="notice" key={`${i}-${n.key}`}>
          <span>{n.key in MESSAGES[lang] ? t(lang, n.key as MessageKey, n.vars) : n.key}</span>
          <button type="button" class="icon-btn" aria-label={t(lang, 'noticeDismiss')} onClick={() => dismissNotice(state, i)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
