import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const ms: Translation<typeof en> = {
  'recognition.outcome.accept': 'Terima',
  'recognition.outcome.acceptWithResidualGaps': 'Terima dengan jurang berbaki',
  'recognition.outcome.reassess': 'Nilai semula',
  'recognition.title': 'Laluan pengiktirafan',
  'recognition.description':
    'Apa yang diterima oleh setiap pasaran sasaran, berdasarkan pemetaan yang diluluskan, peraturan pengiktirafan dan pengesahan tawaran',
  'recognition.market': 'Pasaran sasaran',
  'recognition.downloadCsv': 'Muat turun CSV laluan',
  'recognition.csvFailed': 'CSV tidak dapat dimuat turun',
  'recognition.loading': 'Memuatkan laluan pengiktirafan',
  'recognition.empty.title': 'Tiada laluan',
  'recognition.empty.body': 'Tiada rangka kerja sasaran dan tiada peraturan pengiktirafan untuk {market}.',
  'recognition.frameworkInMarket': '{framework} {code} di {market}',
  'recognition.illustrative': 'Peraturan contoh, bukan nasihat undang-undang.',
  'recognition.coverage.covered': '{count, number} dipenuhi',
  'recognition.coverage.partial': '{count, number} dipetakan sebahagian',
  'recognition.coverage.unmapped': '{count, number} tidak dipetakan',
  'recognition.coverage.via': 'daripada {total} melalui {collection}',
  'recognition.residualGaps': 'Jurang berbaki bagi {code}',
  'recognition.column.requirement': 'Keperluan',
  'recognition.column.gap': 'Jurang',
  'recognition.column.closeWith': 'Cara menutupnya',
  'recognition.gap.partial': 'dipetakan sebahagian',
  'recognition.gap.unmapped': 'tidak dipetakan',
};
