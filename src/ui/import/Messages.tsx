/**
 * Every message of an import, grouped by severity (errors, warnings, notes), each rendered as
 * plain text by `renderMessage()` in the UI language: the feature, the problem, what was done.
 */
import type { Lang } from '../../domain/zone.ts';
import type { MessageSeverity } from '../../import/messages.ts';
import { messageTitle, renderMessage } from './render_message.ts';
import type { ImportState } from '../../state/import_state.ts';
import { tImport } from './strings.ts';

const ICON: Record<MessageSeverity, string> = { error: '!', warning: '!', info: 'i' };

/** The messages list; the summary message is shown as the result's headline instead. */
export function ImportMessages({ imp, lang }: { imp: ImportState; lang: Lang }) {
  const groups = imp.messageGroups.value
    .map((g) => ({ ...g, messages: g.messages.filter((m) => m.code !== 'summary') }))
    .filter((g) => g.messages.length > 0);
  return (
    <section class="imp-section" aria-labelledby="imp-messages-title" data-testid="import-messages">
      <h3 id="imp-messages-title">{tImport(lang, 'messagesTitle')}</h3>
      {groups.length === 0 && <p class="imp-ok">{tImport(lang, 'noProblems')}</p>}
      {groups.map((g) => (
        <details key={g.severity} open class={`imp-msgs imp-msgs-${g.severity}`} data-severity={g.severity}>
          <summary>
            <span class="imp-sev-icon" aria-hidden="true">{ICON[g.severity]}</span>
            {tImport(lang, `sev_${g.severity}`)} <span class="imp-count">{g.messages.length}</span>
          </summary>
          <ul>
            {g.messages.map((m, i) => (
              <li key={i} data-code={m.code}>
                <strong class="imp-msg-title">{messageTitle(m.code, lang)}</strong>
                <span class="imp-msg-text">{renderMessage(m, lang)}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
