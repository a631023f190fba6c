import type { Translation } from '../catalog.js';
import type { en } from './en.js';

export const vi: Translation<typeof en> = {
  'invitation.subject': 'Bạn được mời tham gia {organization} trên Attesta',
  'invitation.text':
    'Mở {url} để tham gia {organization} trên Attesta với vai trò {role, select, owner {chủ sở hữu} admin {quản trị viên} other {thành viên}}. Liên kết chỉ dùng được một lần và hết hạn vào ngày {date}.',
  'signup.subject': 'Xác nhận đăng ký Attesta của bạn',
  'signup.text':
    'Mở {url} để tạo {organization} trên Attesta và đăng nhập. Liên kết chỉ dùng được một lần và hết hạn vào ngày {date}. Nếu bạn không đăng ký, hãy bỏ qua thư này.',
  'accountExists.subject': 'Bạn đã có tài khoản Attesta',
  'accountExists.text':
    'Có người (có thể là bạn) đã thử đăng ký bằng địa chỉ này, vốn đã có tài khoản Attesta. Hãy đăng nhập tại {url}; để thêm một tổ chức, hãy đề nghị chủ sở hữu của tổ chức đó mời bạn. Nếu đó không phải là bạn, không có gì thay đổi.',
  'certification.expiring.subject': 'Chứng chỉ {scheme} của bạn sẽ hết hạn sau {days} ngày',
  'certification.expiring.text':
    '{scheme} ({level}) có hiệu lực đến ngày {date}. Hãy gia hạn để tiếp tục đảm nhận các nhiệm vụ dịch vụ từ xa yêu cầu chứng chỉ này.',
  'certification.expired.subject': 'Chứng chỉ {scheme} của bạn đã hết hạn',
  'certification.expired.text':
    '{scheme} ({level}) chỉ có hiệu lực đến ngày {date}. Hãy gia hạn để tiếp tục đảm nhận các nhiệm vụ dịch vụ từ xa yêu cầu chứng chỉ này.',
};
