/** The pseudo-locale's tag and the marks around every catalog message in it. */
export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_OPEN = '［';
export const PSEUDO_CLOSE = '］';
