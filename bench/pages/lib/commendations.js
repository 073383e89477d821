// 100,000 commendation records for the table benchmark (and the demo's large list), seeded,
// valid against the lamtheo schema; plain JS so pages and the demo server can import it.
import { seeded } from './seeded.js';

const families = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const middles = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Hữu', 'Đức', 'Thanh', 'Quốc', 'Thu', 'Kim'];
const givens = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hà',
  'Hải',
  'Hạnh',
  'Hòa',
  'Hùng',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
  'Yến',
];
const positions = [
  'Bí thư chi bộ',
  'Phó Bí thư Đảng ủy',
  'Tổ trưởng tổ dân phố',
  'Giáo viên',
  'Cán bộ Mặt trận',
  'Công chức văn hóa',
];
const collectives = ['Chi bộ Khu phố', 'Tổ dân phố', 'Trường Tiểu học', 'Hội Cựu chiến binh Phường'];
const forms = ['giay-khen', 'bang-khen', 'tuyen-duong', 'bieu-duong'];
const achievements = [
  'Có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm',
  'Gương điển hình tiêu biểu thực hiện Chỉ thị 05-CT/TW năm',
  'Hoàn thành xuất sắc nhiệm vụ năm',
];

export function commendationRecords(count = 100000, seed = 2017) {
  const r = seeded(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const ward = 1 + Math.floor(r() * 16);
    const year = 2016 + Math.floor(r() * 9);
    const party = r() < 0.45;
    const individual = r() < 0.75;
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    return {
      id: `kt-${i + 1}`,
      recipient: individual
        ? {
            kind: 'individual',
            name: `${pick(families)} ${pick(middles)} ${pick(givens)}`,
            position: pick(positions),
            unit: `Phường ${ward}`,
          }
        : { kind: 'collective', name: `${pick(collectives)} ${1 + Math.floor(r() * 20)}`, unit: `Phường ${ward}` },
      form: pick(forms),
      line: party ? 'party' : 'state',
      issuer: party
        ? { name: `Đảng ủy Phường ${ward}`, level: 'Đảng ủy phường' }
        : { name: `Chủ tịch UBND Phường ${ward}`, level: 'UBND phường' },
      decision: {
        number: party ? `${1 + Math.floor(r() * 999)}-QĐ/ĐU` : `${1 + Math.floor(r() * 2999)}/QĐ-UBND`,
        date: `${year}-${month}-${day}`,
      },
      year,
      achievement: `${pick(achievements)} ${year}.`,
      status: r() < 0.01 ? 'revoked' : 'in-force',
    };
  });
}
