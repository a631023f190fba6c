import './light.css';
import { prefetchVerification, verifyPage } from '../features/public/VerifyPage';
import { startLightPage } from './start';

/** /verify and /verify/<serial> (verify.html): the verification page without the portal's bundle. */
startLightPage(verifyPage, prefetchVerification);
