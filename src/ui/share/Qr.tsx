/**
 * QR codes made in the page with the `qrcode` package (no service is asked). The code becomes an SVG
 * document in a `data:` URL shown by an `<img>`: the link is never parsed as HTML.
 */
import { create } from 'qrcode';

/** Light margin around the code, in modules (the standard asks for 4). */
const QUIET_ZONE = 4;

/**
 * The QR code of `text` as an SVG `data:` URL (error correction M), or null when the text does not fit
 * in a QR code.
 */
export function qrSvgDataUrl(text: string): string | null {
  let modules;
  try {
    modules = create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return null;
  }
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; ) {
      if (!modules.get(y, x)) {
        x += 1;
        continue;
      }
      let run = 1;
      while (x + run < n && modules.get(y, x + run)) run += 1;
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run;
    }
  }
  const size = n + 2 * QUIET_ZONE;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">`
    + `<rect width="${size}" height="${size}" fill="white"/><path d="${d}" fill="black"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

interface Props {
  text: string;
  alt: string;
  /** Shown instead when the text is too long for a QR code. */
  tooLong: string;
  size?: number;
  class?: string;
}

/** The QR code of a text, as an image. */
export function QrImage({ text, alt, tooLong, size = 160, class: cls = 'qr' }: Props) {
  const src = qrSvgDataUrl(text);
  if (!src) return <p class="muted">{tooLong}</p>;
  return <img class={cls} src={src} alt={alt} width={size} height={size} data-testid="share-qr" />;
}
