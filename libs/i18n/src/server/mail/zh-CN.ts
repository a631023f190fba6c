import type { Translation } from '../catalog.js';
import type { en } from './en.js';

export const zhCN: Translation<typeof en> = {
  'invitation.subject': '邀请您加入 Attesta 上的 {organization}',
  'invitation.text':
    '打开 {url}，以{role, select, owner {所有者} admin {管理员} other {成员}}身份加入 Attesta 上的 {organization}。该链接仅可使用一次，将于 {date} 失效。',
  'signup.subject': '请确认您的 Attesta 注册',
  'signup.text': '打开 {url}，在 Attesta 上创建 {organization} 并登录。该链接仅可使用一次，将于 {date} 失效。如果您没有注册，请忽略此邮件。',
  'accountExists.subject': '您已拥有 Attesta 账户',
  'accountExists.text':
    '有人（可能是您本人）尝试使用此地址注册，但该地址已有 Attesta 账户。请在 {url} 登录；如需加入某个组织，请请求该组织的所有者邀请您。如果这不是您本人操作，则一切未作更改。',
  'certification.expiring.subject': '您的 {scheme} 资格证书将在 {days} 天后到期',
  'certification.expiring.text': '{scheme}（{level}）有效期至 {date}。请及时续证，以便继续承担需要该证书的远程服务任务。',
  'certification.expired.subject': '您的 {scheme} 资格证书已到期',
  'certification.expired.text': '{scheme}（{level}）的有效期截至 {date}。请及时续证，以便继续承担需要该证书的远程服务任务。',
};
