import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const vi: Translation<typeof en> = {
  'recognition.outcome.accept': 'Chấp nhận',
  'recognition.outcome.acceptWithResidualGaps': 'Chấp nhận kèm thiếu hụt còn lại',
  'recognition.outcome.reassess': 'Đánh giá lại',
  'recognition.title': 'Lộ trình thừa nhận',
  'recognition.description': 'Điều mà từng thị trường mục tiêu chấp nhận, dựa trên các ánh xạ đã phê duyệt, quy tắc thừa nhận và chứng thư của gói sản phẩm',
  'recognition.market': 'Thị trường mục tiêu',
  'recognition.downloadCsv': 'Tải CSV lộ trình',
  'recognition.csvFailed': 'Không thể tải tệp CSV',
  'recognition.loading': 'Đang tải lộ trình thừa nhận',
  'recognition.empty.title': 'Không có lộ trình',
  'recognition.empty.body': 'Không có khung tiêu chuẩn mục tiêu và quy tắc thừa nhận nào cho {market}.',
  'recognition.frameworkInMarket': '{framework} {code} tại {market}',
  'recognition.illustrative': 'Quy tắc minh họa, không phải tư vấn pháp lý.',
  'recognition.coverage.covered': '{count, number} đã đáp ứng',
  'recognition.coverage.partial': '{count, number} ánh xạ một phần',
  'recognition.coverage.unmapped': '{count, number} chưa ánh xạ',
  'recognition.coverage.via': 'trên {total} qua {collection}',
  'recognition.residualGaps': 'Thiếu hụt còn lại của {code}',
  'recognition.column.requirement': 'Yêu cầu',
  'recognition.column.gap': 'Thiếu hụt',
  'recognition.column.closeWith': 'Cách khắc phục',
  'recognition.gap.partial': 'ánh xạ một phần',
  'recognition.gap.unmapped': 'chưa ánh xạ',
};
