/**
 * MapLibre's stylesheet, imported by the entry before the app's own CSS so the app's rules come
 * later in every build. The map container's size does not rely on that order either: its rule in
 * `src/ui/app.css` is more specific than MapLibre's `.maplibregl-map { position: relative }`.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
