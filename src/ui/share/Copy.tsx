/**
 * A copy button for a read-only text field: the Clipboard API first; where it is refused (no permission,
 * insecure origin, old browser) the field's text is selected so the user can copy it by hand.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../domain/zone.ts';
import { tShare } from './strings.ts';

type Outcome = 'copied' | 'manual' | null;

/** Copies `text`; on failure selects the field `fieldId` and says how to copy by hand. */
async function copyText(text: string, fieldId: string): Promise<Outcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const field = document.getElementById(fieldId);
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      field.focus();
      field.select();
    }
    return 'manual';
  }
}

interface Props {
  text: string;
  /** Id of the field holding the same text. */
  fieldId: string;
  label: string;
  lang: Lang;
  testId?: string;
}

/** The button and its confirmation ("Đã chép" / "Copied"), announced politely. */
export function CopyButton({ text, fieldId, label, lang, testId }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => setOutcome(null), [text]);
  useEffect(() => {
    if (outcome !== 'copied') return;
    const timer = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);
  return (
    <>
      <button type="button" class="share-btn" data-testid={testId} onClick={() => void copyText(text, fieldId).then(setOutcome)}>
        {label}
      </button>
      <span class={`share-status ${outcome ?? ''}`} role="status" aria-live="polite">
        {outcome === 'copied' && <>✓ {tShare(lang, 'shareCopied')}</>}
        {outcome === 'manual' && tShare(lang, 'shareCopyManual')}
      </span>
    </>
  );
}
