import { dismissNotice, type AppState } from '../../state/app_state.ts';
import { t } from './i18n.ts';

/** User-facing problems (bad data, map errors), each dismissible. Text only, never HTML. */
export function Notices({ state }: { state: AppState }) {
  const list = state.notices.value;
  const lang = state.lang.value;
  if (!list.length) return null;
  return (
    <div class="notices" role="alert" data-testid="notices">
      {list.map((n, i) => (
        <p class="notice" key={`${i}-${n.key}`}>
          <span>{t(lang, n.key, n.vars)}</span>
          <button type="button" class="icon-btn" aria-label={t(lang, 'noticeDismiss')} onClick={() => dismissNotice(state, n)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
