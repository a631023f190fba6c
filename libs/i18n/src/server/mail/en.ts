/**
 * The mail Attesta sends, in English: the key set every other language must match. Dates come
 * formatted as calendar days in the mail's language; a role is `owner`, `admin` or `member`.
 * Never a straight apostrophe (ICU quoting): use ’.
 */
export const en = {
  'invitation.subject': 'You are invited to {organization} on Attesta',
  'invitation.text':
    'Open {url} to join {organization} on Attesta as {role, select, owner {an owner} admin {an administrator} other {a member}}. The link works once and expires on {date}.',
  'signup.subject': 'Confirm your Attesta sign-up',
  'signup.text':
    'Open {url} to create {organization} on Attesta and sign in. The link works once and expires on {date}. If you did not sign up, ignore this message.',
  'accountExists.subject': 'You already have an Attesta account',
  'accountExists.text':
    'Someone (perhaps you) tried to sign up with this address, which already has an Attesta account. Sign in at {url}; to add an organization, ask its owner to invite you. If it was not you, nothing has changed.',
  'certification.expiring.subject': 'Your {scheme} certification expires in {days, plural, one {# day} other {# days}}',
  'certification.expiring.text': '{scheme} ({level}) is valid until {date}. Renew it to keep serving remote-service assignments that require it.',
  'certification.expired.subject': 'Your {scheme} certification has expired',
  'certification.expired.text': '{scheme} ({level}) was valid until {date}. Renew it to keep serving remote-service assignments that require it.',
};
