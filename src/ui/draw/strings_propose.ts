/** Strings of "Propose as boundary of …", Vietnamese first. */
import { defineMessages, type Message } from '../app/messages.ts';

const vi = {
  title: 'Đề xuất làm ranh giới của…',
  zone: 'Khu, cụm công nghiệp',
  quality: 'Độ tin cậy của ranh giới',
  q_surveyed: 'Đo đạc — từ bảng toạ độ mốc giới của một văn bản',
  q_described: 'Theo mô tả — dựng từ mô tả ranh giới đã công bố',
  q_indicative: 'Ước tính — vẽ tay, chưa có văn bản',
  sourceTitle: 'Văn bản nguồn (số, tên)',
  sourceDate: 'Ngày văn bản (NNNN-TT-NN)',
  sourceUrl: 'Địa chỉ web (nếu có)',
  note: 'Ghi chú thêm (nếu có)',
  needsDocument: 'Ranh giới “đo đạc” cần tên và ngày của văn bản có bảng toạ độ.',
  needsSource: 'Ranh giới “theo mô tả” cần tên văn bản mô tả nó.',
  needsNoCrossing: 'Các cạnh đang cắt nhau: hãy sửa trước khi đề xuất.',
  badDate: 'Ngày viết theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN.',
  badUrl: 'Địa chỉ web phải bắt đầu bằng http:// hoặc https://.',
  download: 'Tải tệp ranh giới đề xuất',
  madeNote: 'Ranh giới dựng trên bảng vẽ của bản đồ ({n} đỉnh).',
  tableNote: 'Ranh giới từ bảng toạ độ {n} điểm ({cm}).',
  commitHint: 'Người quản lý dữ liệu đưa tệp vào bản đồ bằng: npm run zones:replace -- {id} <tệp>',
} as const;

const en: Record<keyof typeof vi, Message> = {
  title: 'Propose as the boundary of…',
  zone: 'Zone or cluster',
  quality: 'How sure the boundary is',
  q_surveyed: 'Surveyed — from a document’s table of boundary markers',
  q_described: 'Described — built from a published description',
  q_indicative: 'Indicative — drawn by hand, no document',
  sourceTitle: 'Source document (number, title)',
  sourceDate: 'Document date (YYYY-MM-DD)',
  sourceUrl: 'Web address (if any)',
  note: 'Further note (if any)',
  needsDocument: 'A “surveyed” boundary needs the title and date of the document with the coordinate table.',
  needsSource: 'A “described” boundary needs the title of the document that describes it.',
  needsNoCrossing: 'Edges cross: fix that before proposing.',
  badDate: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.',
  badUrl: 'A web address starts with http:// or https://.',
  download: 'Download the proposed boundary',
  madeNote: { one: 'Boundary made on the map’s drawing board ({n} vertex).', other: 'Boundary made on the map’s drawing board ({n} vertices).' },
  tableNote: 'Boundary from a coordinate table of {n} points ({cm}).',
  commitHint: 'The data keeper adds the file to the map with: npm run zones:replace -- {id} <file>',
};

/** A proposal string in the UI language. */
export const tPropose = defineMessages({ vi, en });
