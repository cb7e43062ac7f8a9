/**
 * The public sources the zone records cite, each with a short title naming the outlet and the date
 * as precise as the page gives it (approximate dates rounded to the month or year they support).
 * Titles are language-neutral — the outlet's own name, document numbers, ISO dates, host names —
 * because the UI shows them unchanged in Vietnamese and English; a page without a date says so only
 * through `date: null`, never in its title.
 * A page that carries no date has `date: null` and is shown as "undated" — never with a guessed
 * year. A source without a recorded public address has `url: null`; its title says what it is.
 */
import type { AreaVariant, Bilingual, PartialDate, SourceRef, Sourced, Stage, StageEvent, ZoneFact } from '../../src/domain/zone.ts';

const s = (url: string | null, title: string, date: PartialDate | null): SourceRef => ({ url, title, date });

/** Sources keyed by a short handle. */
export const SRC = {
  feb2025: s('https://doanhnghiephoinhap.vn/chu-tich-ubnd-tinh-soc-trang-neu-khong-hoan-thanh-cong-viec-dung-tien-do-cam-ket-nguoi-dung-dau-chiu-trach-nhiem-95452.html', 'Doanh nghiệp Hội nhập, 2025-02', '2025-02'),
  tienphong2023: s('https://tienphong.vn/soc-trang-se-co-1-khu-kinh-te-va-10-khu-cong-nghiep-post1583685.tpo', 'Tiền Phong, 2023-11', '2023-11'),
  tienphong2026: s('https://tienphong.vn/can-tho-nghien-cuu-thi-diem-khu-thuong-mai-tu-do-quy-mo-2000-5000-ha-post1814134.tpo', 'Tiền Phong, 2026-01-19', '2026-01-19'),
  tnck2023: s('https://tinnhanhchungkhoan.vn/don-nha-dau-tu-soc-trang-phat-trien-them-nhieu-khu-cong-nghiep-post332857.html', 'Tin nhanh Chứng khoán, 2023', '2023'),
  baoXayDung2024: s('https://bdshungphatct.com/b/soc-trang-khai-thac-loi-the-cho-phat-trien-cong-nghiep-332.html', 'Báo Xây dựng, 2024-06 — bdshungphatct.com', '2024-06'),
  iphub: s('https://iphub.vn/soc-trang/', 'iphub.vn (2022)', null),
  laodong2025: s('https://news.laodong.vn/cong-doan/khoi-cong-khu-nha-1200-can-ho-cho-cong-nhan-tai-can-tho-1559649.ldo', 'Lao Động, 2025-08-19', '2025-08-19'),
  ktck2020: s('https://kinhtechungkhoan.vn/duyet-dau-tu-du-an-160-ha-tai-soc-trang-69453.html', 'Kinh tế Chứng khoán, 2020-06', '2020-06'),
  haThanh: s('https://betonghathanh.com/en/su-kien/cap-nhat-tien-do-du-khu-cong-nghiep-tran-de', 'Bê tông Hà Thanh', null),
  tranDePortal2025: s('https://trande.soctrang.gov.vn/htrande/1283/30648/54057/403590/Tin-trong-huyen/San-sang-cac-dieu-kien-khanh-thanh-Khu-cong-nghiep-Tran-De.aspx', 'Cổng thông tin điện tử huyện Trần Đề, 2025-03-14', '2025-03-14'),
  vneconomy2025: s('https://vneconomy.vn/can-tho-diem-sang-thu-hut-dau-tu-o-khu-vuc-dong-bang-song-cuu-long.htm', 'VnEconomy, 2025-12', '2025-12'),
  qd1680: s('https://www.moitruongvadothi.vn/soc-trang-phe-duyet-do-an-quy-hoach-phan-khu-xay-dung-khu-cong-nghiep-dai-ngai-a168808.html', 'Môi trường và Đô thị, 2024 — QĐ 1680/QĐ-UBND (2024-07-25)', '2024'),
  vietnambiz2021: s('https://vietnambiz.vn/soc-trang-khao-sat-vi-tri-quy-hoach-khu-cong-nghiep-dai-ngai-200-ha-20210705115531101.htm', 'VietnamBiz, 2021-07-05', '2021-07-05'),
  dntt2025: s('https://doanhnghieptiepthi.vn/can-tho-keu-goi-nha-dau-tu-du-an-dau-tu-xay-dung-va-kinh-doanh-ket-cau-ha-tang-khu-cong-nghiep-dai-ngai-161251205181401158.htm', 'Doanh nghiệp và Tiếp thị, 2025-12-06', '2025-12-06'),
  baodautu2025: s('https://baodautu.vn/nhieu-nha-dau-tu-quan-tam-phat-trien-ha-tang-khu-cong-nghiep-tai-can-tho-d425151.html', 'Báo Đầu tư, 2025-12', '2025-12'),
  nso2021: s('https://nso.com.vn/en/n/detail/song-hau-industrial-park-300', 'nso.com.vn, 2021-08-02', '2021-08-02'),
  songHau2022: s('https://www.moitruongvadothi.vn/soc-trang-thong-qua-nhiem-vu-quy-hoach-khu-cong-nghiep-song-hau-a106541.html', 'Môi trường và Đô thị, 2022-07-18', '2022-07-18'),
  vuongphat: s('https://vuongphat.com.vn/quy-hoach-phat-trien-cong-nghiep-tinh-soc-trang-den-2030-tam-nhin-den-2050-33442', 'vuongphat.com.vn', null),
  menafn2023: s('https://menafn.com/1106999293/So%CC%81c-Tra%CC%86ng-Plans-To-Establish-Tra%CC%82%CC%80n-%C4%90e%CC%82%CC%80-Coastal-Economic-Zone-By-2030', 'MENAFN, 2023-09', '2023-09'),
  vnanet2023: s('https://vietnam.vnanet.vn/english/tin-van/prime-minister-pays-working-visit-to-soc-trang-292258.html', 'TTXVN (vnanet.vn), 2023-04', '2023-04'),
  baoSocTrang2024: s('https://baosoctrang.org.vn/cac-du-an-dau-tu-xay-dung-cong-trinh-trong-diem-soc-trang/202406/khao-sat-cum-cong-nghiep-xay-a-b-va-xay-a-b-moi-0db3d43', 'Báo Sóc Trăng, 2024-06', '2024-06'),
  sggp2025: s('https://sggp.org.vn/soc-trang-khanh-thanh-cum-cong-nghiep-gan-900-ty-dong-post789169.html', 'Sài Gòn Giải Phóng, 2025-04-04', '2025-04-04'),
  giadinh2025: s('https://mientay.giadinhonline.vn/cum-cong-nghiep-100-von-fdi-dau-tien-cua-tinh-soc-trang-d16115.html', 'Gia đình và Xã hội (miền Tây), 2025-04', '2025-04'),
  xeToday2024: s('https://xe.today/2024/06/03/soc-trang-transforms-50-hectares-of-rice-fields-into-an-industrial-hub/', 'xe.today, 2024-06-03', '2024-06-03'),
  vnfdi: s('https://vnfdi.com/du-an/cum-cong-nghiep-an-lac-thon-1-soc-trang/', 'vnfdi.com', null),
  khdt2018: s('http://www.sokhdt.soctrang.gov.vn/zh/-/thu-tuong-chinh-phu-ong-y-ve-ieu-chinh-quy-hoach-phat-trien-cac-khu-cong-nghiep-tinh-soc-trang-en-nam-2020', 'Sở Kế hoạch và Đầu tư Sóc Trăng — 1153/TTg-CN (2018-09-05)', null),
  vietnammoi: s('https://vietnammoi.vn/khu-kinh-te-phia-dong-tinh-soc-trang.html', 'vietnammoi.vn', null),
  tapChiCongThuong: s(null, 'Tạp chí Công Thương, ~2023', null),
  telecom2020: s(null, 'VNPT Sóc Trăng, 2020', '2020'),
} as const;

/** Date of letter 1153/TTg-CN, which revised the province's industrial-park plan to 2020 (the 2018 reshuffle). */
export const RESHUFFLE_2018_DATE = '2018-09-05';

/** A paraphrased fact citing `src`. */
export function fact(src: SourceRef, vi: string, en: string): ZoneFact {
  if (src.url === null) throw new Error(`fact: source "${src.title}" has no address; a fact needs one`);
  return { text: { vi, en }, url: src.url, date: src.date };
}

/** A value with its source. */
export function sourced<T>(value: T, source: SourceRef): Sourced<T> {
  return { value, source };
}

/** One dated step of a stage history. */
export function event(date: string, stage: Stage, source: SourceRef, vi: string, en: string): StageEvent {
  return { date, stage, text: { vi, en }, source };
}

/** One published area figure with its source and, where it measures something narrower, a note. */
export function variant(value_ha: number, src: SourceRef, note: Bilingual | null = null): AreaVariant {
  return { value_ha, ...src, note };
}
