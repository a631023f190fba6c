import './light.css';
import { prefetchTrustPage, trustPage } from '../features/trust/TrustPage';
import { startLightPage } from './start';

/** /trust/<organization> (trust.html): a supplier's trust page without the portal's bundle. */
startLightPage(trustPage, prefetchTrustPage);
