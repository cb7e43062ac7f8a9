import { dismissNotice, type AppState } from '../state/app_state.ts';
import { t } from './i18n.ts';

/** User-facing problems (bad data, map errors), each dismissible. Text only, never HTML. */
export function Notices({ state }: { state: AppState }) {
  const list = state.notices.value;
  if (!list.length) return null;
  return (
    <div class="notices" role="alert" data-testid="notices">
      {list.map((msg, i) => (
        <p class="notice" key={`${i}-${msg}`}>
          <span>{msg}</span>
          <button type="button" class="icon-btn" aria-label={t(state.lang.value, 'noticeDismiss')} onClick={() => dismissNotice(state, i)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
