/**
 * Notes that keep an import from being lost: a refused file leaves the import that was shown, and says so with
 * the refused file's messages; a replaced or removed import can be brought back with one button.
 */
import type { Lang } from '../../domain/zone.ts';
import { undoImport, type ImportState } from '../../state/import_state.ts';
import { renderMessage } from './render_message.ts';
import { tImport } from './strings.ts';

const nameOf = (file: { name?: string } | null | undefined): string => file?.name || '—';

/** The note about a refused file, while the import shown before stays. */
export function FailedNote({ imp, lang }: { imp: ImportState; lang: Lang }) {
  const failed = imp.failed.value;
  if (!failed) return null;
  const problems = failed.result.messages.filter((m) => m.severity === 'error');
  return (
    <div class="imp-error" role="alert" data-testid="import-failed-kept">
      <p>{tImport(lang, 'failedKept', { file: failed.fileName || '—', name: nameOf(imp.file.value) })}</p>
      <ul class="imp-failed-msgs">
        {problems.map((m, i) => <li key={i} data-code={m.code}>{renderMessage(m, lang)}</li>)}
      </ul>
    </div>
  );
}

/** The note about the last change to the shown import, with the button that undoes it (then `onUndone`). */
export function ChangeNote({ imp, lang, onUndone }: { imp: ImportState; lang: Lang; onUndone: () => void }) {
  const change = imp.change.value;
  const previous = imp.previous.value;
  if (!change) return null;
  const text = change === 'replaced' && previous
    ? tImport(lang, 'replacedNote', { name: nameOf(previous.file), n: new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(previous.result.features.length) })
    : change === 'cleared' && previous
      ? tImport(lang, 'clearedNote', { name: nameOf(previous.file) })
      : change === 'restored'
        ? tImport(lang, 'restoredNote', { name: nameOf(imp.file.value) })
        : null;
  if (!text) return null;
  return (
    <div class="imp-change" role="status" data-testid="import-change" data-change={change}>
      <span>{text}</span>
      {previous && (
        <button type="button" class="imp-btn imp-btn-quiet" data-testid="import-undo" onClick={() => { undoImport(imp); onUndone(); }}>
          {tImport(lang, 'bringBack', { name: nameOf(previous.file) })}
        </button>
      )}
    </div>
  );
}
