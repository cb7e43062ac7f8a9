/** Strings of the always-loaded part of the boundary workbench: its button and its loading failure. */
import { defineMessages, type Message } from '../app/messages.ts';

const vi = {
  drawOpen: 'Vẽ / đo',
  drawOpenLabel: 'Vẽ, sửa và đo ranh giới; nhập bảng toạ độ',
  drawLoadFailed: 'Không tải được công cụ vẽ ({reason}). Hãy kiểm tra kết nối rồi thử lại.',
  editBoundary: 'Sửa ranh giới này',
  editBoundaryHint: 'Chép ranh giới này vào bảng vẽ để sửa và so sánh',
} as const;

const en: Record<keyof typeof vi, Message> = {
  drawOpen: 'Draw / measure',
  drawOpenLabel: 'Draw, edit and measure a boundary; paste a coordinate table',
  drawLoadFailed: 'Could not load the drawing tool ({reason}). Check the connection and try again.',
  editBoundary: 'Edit this boundary',
  editBoundaryHint: 'Copy this boundary onto the drawing board to edit and compare it',
};

/** An entry string in the UI language. */
export const tDrawEntry = defineMessages({ vi, en });
