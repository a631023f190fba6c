/** The auth messages in English: the source every other language translates (ICU MessageFormat; keys start with `auth.`). */
export const en = {
  'auth.signIn.product': 'Attesta',
  'auth.signIn.tagline': 'Conformity assessment for hardware and intelligent services',
  'auth.signIn.form': 'Sign in',
  'auth.signIn.email': 'E-mail',
  'auth.signIn.password': 'Password',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.verifyHint': 'Checking a certificate? <link>Verify an attestation</link> without signing in.',
  'auth.confirmSignup.title': 'Confirm your sign-up',
  'auth.confirmSignup.noToken': 'No confirmation token',
  'auth.confirmSignup.noTokenHint': 'Open the link from the sign-up e-mail as it is; it ends with ?token=….',
  'auth.confirmSignup.form': 'Confirm the sign-up',
  'auth.confirmSignup.intro': 'Enter the e-mail and password you signed up with: confirming creates your organization and signs you in.',
  'auth.confirmSignup.email': 'E-mail',
  'auth.confirmSignup.password': 'Password',
  'auth.confirmSignup.submit': 'Confirm and sign in',
  'auth.confirmSignup.welcome': 'Welcome to Attesta: your organization is ready.',
};
