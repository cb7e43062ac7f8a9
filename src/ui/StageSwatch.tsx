import type { Stage } from '../domain/zone.ts';
import { THEME } from '../map/theme.ts';

/** A small square drawn like the map draws the stage: colour, pattern and outline dash. */
export function StageSwatch({ stage, size = 18 }: { stage: Stage; size?: number }) {
  const z = THEME.zones;
  const cue = z.stageCue[stage];
  const stroke = z.stageStroke[stage];
  const id = `sw-${stage}`;
  const dash = cue.dash.length ? cue.dash.map((d) => d * 2).join(' ') : undefined;
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
      <rect x="1" y="1" width="16" height="16" rx="2" fill="none" stroke={stroke} stroke-width="2" stroke-dasharray={dash} />
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
