/**
 * The few import strings needed before the import panel loads (the map-tools button and the drop
 * overlay). Kept apart from `strings.ts` so the panel's strings stay out of the first-load JS.
 */
import { defineMessages, type Message } from '../app/messages.ts';

const vi = {
  openFile: 'Mở tệp',
  openFileLabel: 'Mở tệp ranh giới của bạn (GeoJSON, KML, KMZ, Shapefile .zip) để kiểm tra trên bản đồ',
  dropTitle: 'Thả tệp vào đây để kiểm tra',
  dropHint: 'GeoJSON, KML, KMZ hoặc Shapefile nén .zip — tệp chỉ được đọc trong trình duyệt của bạn.',
  panelLoadFailed: 'Không tải được phần kiểm tra tệp ({reason}). Hãy tải lại trang.',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, Message> = {
  openFile: 'Open file',
  openFileLabel: 'Open your own boundary file (GeoJSON, KML, KMZ, zipped Shapefile) to check it on the map',
  dropTitle: 'Drop the file here to check it',
  dropHint: 'GeoJSON, KML, KMZ or zipped Shapefile — the file is only read in your browser.',
  panelLoadFailed: 'Could not load the file checker ({reason}). Please reload the page.',
};

/** An entry string in the UI language. */
export const tImportEntry = defineMessages({ vi, en });
