import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const id: Translation<typeof en> = {
  'recognition.outcome.accept': 'Diterima',
  'recognition.outcome.acceptWithResidualGaps': 'Diterima dengan sisa kesenjangan',
  'recognition.outcome.reassess': 'Penilaian ulang',
  'recognition.title': 'Jalur pengakuan',
  'recognition.description': 'Apa yang diterima setiap pasar sasaran, berdasarkan pemetaan yang disetujui, aturan pengakuan, dan atestasi produk layanan',
  'recognition.market': 'Pasar sasaran',
  'recognition.downloadCsv': 'Unduh CSV jalur',
  'recognition.csvFailed': 'CSV tidak dapat diunduh',
  'recognition.loading': 'Memuat jalur pengakuan',
  'recognition.empty.title': 'Tidak ada jalur',
  'recognition.empty.body': 'Tidak ada kerangka standar sasaran dan aturan pengakuan untuk {market}.',
  'recognition.frameworkInMarket': '{framework} {code} di {market}',
  'recognition.illustrative': 'Aturan ilustratif, bukan nasihat hukum.',
  'recognition.coverage.covered': '{count, number} terpenuhi',
  'recognition.coverage.partial': '{count, number} terpetakan sebagian',
  'recognition.coverage.unmapped': '{count, number} belum terpetakan',
  'recognition.coverage.via': 'dari {total} melalui {collection}',
  'recognition.residualGaps': 'Sisa kesenjangan untuk {code}',
  'recognition.column.requirement': 'Persyaratan',
  'recognition.column.gap': 'Kesenjangan',
  'recognition.column.closeWith': 'Cara menutupnya',
  'recognition.gap.partial': 'terpetakan sebagian',
  'recognition.gap.unmapped': 'belum terpetakan',
};
