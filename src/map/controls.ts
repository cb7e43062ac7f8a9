/**
 * The map's controls: zoom buttons, a metric scale bar, and compact credits in the UI language (recreated when it
 * changes, as MapLibre's attribution text is fixed at creation).
 */
import { AttributionControl, NavigationControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../domain/zone.ts';

export class MapControls {
  private attribution: AttributionControl;

  constructor(private readonly map: MapLibreMap, private readonly credits: Record<Lang, string[]>, lang: Lang) {
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
    this.attribution = new AttributionControl({ compact: true, customAttribution: credits[lang] });
    map.addControl(this.attribution, 'bottom-right');
  }

  /** Credits in another language. */
  setLanguage(lang: Lang): void {
    this.map.removeControl(this.attribution);
    this.attribution = new AttributionControl({ compact: true, customAttribution: this.credits[lang] });
    this.map.addControl(this.attribution, 'bottom-right');
  }
}
