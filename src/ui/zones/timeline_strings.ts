/** The timeline's strings (loaded with the timeline, not with the first view); the heading's are in `strings.ts`. */
import { defineMessages, type Message } from '../app/messages.ts';

const vi = {
  timelineToday: 'Hiện nay',
  timelineAsOf: 'Năm {year}',
  timelineRangeLabel: 'Năm hiển thị trên bản đồ',
  timelinePlanMarks: 'Mốc 2030 và 2050: năm quy hoạch và tầm nhìn của tỉnh.',
  timelinePrev: 'Năm có thay đổi trước đó',
  timelineNext: 'Năm có thay đổi tiếp theo',
  timelinePlay: '▶ Phát lại',
  timelinePause: '❚❚ Tạm dừng',
  timelineBackToday: 'Về hiện nay',
  timelineLoading: 'Đang tải lịch sử các khu, cụm…',
  timelineHistoryFailed: 'Không tải được lịch sử các khu, cụm; bản đồ chưa thể hiện được theo năm.',
  timelineShown: '{n} khu, cụm có trong nguồn tính đến hết năm {year}, theo giai đoạn lúc đó.',
  timelineFuture: 'Sau năm {year}: giai đoạn mới nhất đã biết, không phải dự báo.',
  timelineNoChange: 'Năm {year} không có thay đổi nào được ghi nhận.',
  timelineDropped: 'bị đưa ra khỏi quy hoạch',
  timelineFirst: 'lần đầu có trong nguồn — {stage}',
  timelineEarlierUndated: '(các giai đoạn trước đó: chưa công bố ngày)',
} as const satisfies Record<string, Message>;

type TimelineMessageKey = keyof typeof vi;

const en: Record<TimelineMessageKey, Message> = {
  timelineToday: 'Today',
  timelineAsOf: 'As of {year}',
  timelineRangeLabel: 'Year shown on the map',
  timelinePlanMarks: '2030 and 2050: the province’s plan and vision years.',
  timelinePrev: 'Previous year with a change',
  timelineNext: 'Next year with a change',
  timelinePlay: '▶ Play',
  timelinePause: '❚❚ Pause',
  timelineBackToday: 'Back to today',
  timelineLoading: 'Loading the features’ histories…',
  timelineHistoryFailed: 'The features’ histories could not be loaded; the map cannot be shown by year.',
  timelineShown: { one: '{n} feature in the sources by the end of {year}, in the stage it had then.', other: '{n} features in the sources by the end of {year}, in the stage each had then.' },
  timelineFuture: 'After {year}: the latest known stage, not a forecast.',
  timelineNoChange: 'No change recorded in {year}.',
  timelineDropped: 'dropped from the plan',
  timelineFirst: 'first in the sources — {stage}',
  timelineEarlierUndated: '(earlier stages: date not published)',
};

/** A timeline string, with `{name}` placeholders filled from `vars`. */
export const tTimeline = defineMessages({ vi, en });
