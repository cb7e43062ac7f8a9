import type { GeometryQuality, Stage } from '../../domain/zone.ts';
import { THEME } from '../../map/theme.ts';

/** A small square drawn like the map draws the stage: colour and pattern (the outline's style belongs to geometry quality). */
export function StageSwatch({ stage, size = 18 }: { stage: Stage; size?: number }) {
  const z = THEME.zones;
  const cue = z.stageCue[stage];
  const stroke = z.stageStroke[stage];
  const id = `sw-${stage}`;
  return (
    <svg class="swatch" width={size} height={size} viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
          {cue.pattern === 'hatch' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={stroke} stroke-width="1.2" />}
          {cue.pattern === 'cross' && (
            <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2" stroke={stroke} stroke-width="1" />
          )}
          {cue.pattern === 'dots' && <circle cx="3" cy="3" r="1.1" fill={stroke} />}
        </pattern>
      </defs>
      <rect x="1" y="1" width="16" height="16" rx="2" fill={z.stage[stage]} fill-opacity="0.75" />
      {cue.pattern !== 'solid' && <rect x="1" y="1" width="16" height="16" rx="2" fill={`url(#${id})`} />}
      <rect x="1" y="1" width="16" height="16" rx="2" fill="none" stroke={stroke} stroke-width="2" />
    </svg>
  );
}

/** A stage pill: swatch plus the stage name. */
export function StageBadge({ stage, label }: { stage: Stage; label: string }) {
  return (
    <span class={`badge badge-${stage}`}>
      <StageSwatch stage={stage} size={12} />
      <span>{label}</span>
    </span>
  );
}

/**
 * A sample of how the map outlines a shape of this geometry quality, in a neutral grey so it does
 * not read as a stage: line width and dash, fill strength; a dotted circle for location-only.
 */
export function QualitySwatch({ quality, size = 18 }: { quality: GeometryQuality; size?: number }) {
  const cue = THEME.zones.quality[quality];
  const grey = THEME.zones.labelText;
  const dash = cue.dash.length ? cue.dash.map((d) => Math.max(d, 0.001) * cue.width).join(' ') : undefined;
  const w = size * 1.6;
  return (
    <svg class="swatch quality-swatch" width={w} height={size} viewBox={`0 0 ${28.8} 18`} aria-hidden="true" focusable="false">
      {quality === 'location-only' ? (
        <>
          <circle cx="14.4" cy="9" r="7" fill="none" stroke={grey} stroke-width={cue.width} stroke-dasharray={dash} stroke-linecap="round" />
          <circle cx="14.4" cy="9" r="2.2" fill={grey} />
        </>
      ) : (
        <rect x="2" y="2" width="24.8" height="14" rx="1.5" fill={grey} fill-opacity={cue.fillOpacity * 0.45} stroke={grey} stroke-width={cue.width} stroke-dasharray={dash} />
      )}
    </svg>
  );
}
