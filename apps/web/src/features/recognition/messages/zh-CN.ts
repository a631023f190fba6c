import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const zhCN: Translation<typeof en> = {
  'recognition.outcome.accept': '接受',
  'recognition.outcome.acceptWithResidualGaps': '接受，但有剩余差距',
  'recognition.outcome.reassess': '需重新评估',
  'recognition.title': '互认路径',
  'recognition.description': '各目标市场依据已批准的映射、互认规则和该产品服务组合的符合性证明所接受的内容',
  'recognition.market': '目标市场',
  'recognition.downloadCsv': '下载互认路径 CSV',
  'recognition.csvFailed': '无法下载 CSV',
  'recognition.loading': '正在加载互认路径',
  'recognition.empty.title': '没有互认路径',
  'recognition.empty.body': '{market}没有目标标准框架，也没有互认规则。',
  'recognition.frameworkInMarket': '{framework} {code}，适用于{market}',
  'recognition.illustrative': '示例规则，不构成法律意见。',
  'recognition.coverage.covered': '已覆盖 {count, number} 项',
  'recognition.coverage.partial': '部分映射 {count, number} 项',
  'recognition.coverage.unmapped': '未映射 {count, number} 项',
  'recognition.coverage.via': '共 {total} 项，依据 {collection}',
  'recognition.residualGaps': '{code} 的剩余差距',
  'recognition.column.requirement': '要求',
  'recognition.column.gap': '差距',
  'recognition.column.closeWith': '如何弥补',
  'recognition.gap.partial': '部分映射',
  'recognition.gap.unmapped': '未映射',
};
