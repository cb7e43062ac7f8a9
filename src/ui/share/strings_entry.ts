/**
 * The few sharing strings the first page load needs (header buttons, the fact-sheet button, embed mode's
 * link); everything else is in `strings.ts`, loaded with the dialog and the printouts.
 */
import { defineMessages, type Message } from '../app/messages.ts';

const vi = {
  shareOpen: 'Chia sẻ',
  shareOpenLabel: 'Chia sẻ bản đồ: liên kết, mã QR, mã nhúng, ảnh PNG',
  printOpen: 'In',
  printOpenLabel: 'In bản đồ (A4 ngang) hoặc lưu PDF',
  working: 'Đang chuẩn bị…',
  failed: 'Không thực hiện được: {reason}',
  openFullMap: 'Mở bản đồ đầy đủ',
  openFullMapLabel: 'Mở bản đồ đầy đủ trong thẻ mới',
  factSheet: 'Tờ thông tin',
  factSheetLabel: 'In tờ thông tin một trang A4 của khu này (hoặc lưu PDF)',
} as const;

export type ShareEntryMessageKey = keyof typeof vi;

const en: Record<ShareEntryMessageKey, Message> = {
  shareOpen: 'Share',
  shareOpenLabel: 'Share the map: link, QR code, embed code, PNG image',
  printOpen: 'Print',
  printOpenLabel: 'Print the map (A4 landscape) or save a PDF',
  working: 'Preparing…',
  failed: 'That did not work: {reason}',
  openFullMap: 'Open full map',
  openFullMapLabel: 'Open the full map in a new tab',
  factSheet: 'Fact sheet',
  factSheetLabel: 'Print a one-page A4 fact sheet of this feature (or save a PDF)',
};

/** An entry-point sharing string in the UI language, with `{name}` placeholders filled from `vars`. */
export const tShareEntry = defineMessages({ vi, en });
