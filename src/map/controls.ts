/**
 * The map's controls: zoom buttons, a metric scale bar, and compact credits, all in the UI language — MapLibre's own
 * texts (button names, the canvas's name, the cooperative-gesture hints) through its `locale` table, the controls
 * recreated when the language changes, as MapLibre reads those texts when a control is added.
 */
import { AttributionControl, NavigationControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../domain/zone.ts';

/** MapLibre's UI strings in each language (the ids of MapLibre's `defaultLocale`). */
export const MAP_UI_STRINGS: Record<Lang, Record<string, string>> = {
  vi: {
    'AttributionControl.ToggleAttribution': 'Hiện hoặc ẩn nguồn bản đồ',
    'AttributionControl.MapFeedback': 'Góp ý về bản đồ',
    'FullscreenControl.Enter': 'Toàn màn hình',
    'FullscreenControl.Exit': 'Thoát toàn màn hình',
    'GeolocateControl.FindMyLocation': 'Tìm vị trí của tôi',
    'GeolocateControl.LocationNotAvailable': 'Không xác định được vị trí',
    'LogoControl.Title': 'Biểu trưng MapLibre',
    // The canvas's name, with how to move the map from the keyboard (MapLibre's keyboard handler).
    'Map.Title': 'Bản đồ. Phím mũi tên để di chuyển, phím + và − để phóng to, thu nhỏ',
    'Marker.Title': 'Điểm đánh dấu',
    'NavigationControl.ResetBearing': 'Kéo để xoay bản đồ, bấm để trả về hướng bắc',
    'NavigationControl.ZoomIn': 'Phóng to',
    'NavigationControl.ZoomOut': 'Thu nhỏ',
    'Popup.Close': 'Đóng',
    'CooperativeGesturesHandler.WindowsHelpText': 'Giữ Ctrl và cuộn chuột để phóng to, thu nhỏ bản đồ',
    'CooperativeGesturesHandler.MacHelpText': 'Giữ ⌘ và cuộn chuột để phóng to, thu nhỏ bản đồ',
    'CooperativeGesturesHandler.MobileHelpText': 'Dùng hai ngón tay để di chuyển bản đồ',
  },
  en: {
    'AttributionControl.ToggleAttribution': 'Show or hide the map credits',
    'AttributionControl.MapFeedback': 'Map feedback',
    'FullscreenControl.Enter': 'Enter fullscreen',
    'FullscreenControl.Exit': 'Exit fullscreen',
    'GeolocateControl.FindMyLocation': 'Find my location',
    'GeolocateControl.LocationNotAvailable': 'Location not available',
    'LogoControl.Title': 'MapLibre logo',
    'Map.Title': 'Map. Arrow keys move it, + and − zoom in and out',
    'Marker.Title': 'Map marker',
    'NavigationControl.ResetBearing': 'Drag to rotate the map, click to reset north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'Popup.Close': 'Close',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
};

export class MapControls {
  private attribution: AttributionControl;

  private navigation: NavigationControl;
  private scale: ScaleControl;

  /** The map must have been created with `locale: MAP_UI_STRINGS[lang]`. */
  constructor(private readonly map: MapLibreMap, private readonly credits: Record<Lang, string[]>, lang: Lang) {
    [this.navigation, this.scale, this.attribution] = this.add(lang);
  }

  private add(lang: Lang): [NavigationControl, ScaleControl, AttributionControl] {
    const navigation = new NavigationControl({ showCompass: false });
    const scale = new ScaleControl({ unit: 'metric', maxWidth: 120 });
    const attribution = new AttributionControl({ compact: true, customAttribution: this.credits[lang] });
    this.map.addControl(navigation, 'top-right');
    this.map.addControl(scale, 'bottom-right');
    this.map.addControl(attribution, 'bottom-right');
    return [navigation, scale, attribution];
  }

  /**
   * Starts the compact credits folded, and says so: MapLibre opens its `<details>` while hiding the text, so a screen
   * reader heard "expanded" for folded credits.
   */
  collapseCredits(): void {
    const attrib = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib');
    attrib?.classList.remove('maplibregl-compact-show');
    attrib?.removeAttribute('open');
  }

  /** Controls, credits, the canvas's name and the gesture hints in another language. */
  setLanguage(lang: Lang): void {
    this.map._locale = { ...this.map._locale, ...MAP_UI_STRINGS[lang] };
    for (const c of [this.navigation, this.scale, this.attribution]) this.map.removeControl(c);
    [this.navigation, this.scale, this.attribution] = this.add(lang);
    this.map.getCanvas().setAttribute('aria-label', MAP_UI_STRINGS[lang]['Map.Title'] ?? '');
    this.collapseCredits();
    // The hint element is made when cooperative gestures are enabled: enable them again to remake it.
    if (this.map.cooperativeGestures.isEnabled()) {
      this.map.cooperativeGestures.disable();
      this.map.cooperativeGestures.enable();
    }
  }
}
