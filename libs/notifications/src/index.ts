export { NotificationsService, type OutgoingMail } from './notifications.service.js';
