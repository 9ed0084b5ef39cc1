// English texts of encryption at rest: the lock screen and the setting in “Security”.
import type { vaultRu } from './vault.ru';
import type { Widen } from './ru';

export const vaultEn: Widen<typeof vaultRu> = {
  vault: {
    lockTitle: 'The data on this device is encrypted',
    lockLead:
      'The page was reloaded, and the key to your data on this device was erased from memory. Enter your account password to open your drafts, files and profile.',
    password: 'Password',
    unlock: 'Open my data',
    unlocking: 'Checking the password…',
    wrongPassword: 'Wrong password: the data was not opened. Check the keyboard layout and Caps Lock and try again.',
    emptyPassword: 'Enter the password',
    signOut: 'Sign out of the account',
    signOutHint: 'If the password was changed or forgotten, sign out: the encrypted data stays closed on this device.',
    settingTitle: 'Encryption of the data on this device',
    settingLead:
      'Drafts of applications, attached files, documents, the profile, the sending queue and support chats are kept encrypted on this device (AES-GCM). The key is opened with your password at sign-in and kept only in memory: after signing out, a reload or the end of a session on a demo stand, the data cannot be read without the password. If the password is reset, the encrypted data on this device cannot be opened.',
    stateOn: 'Encryption is on.',
    stateOff: 'Encryption is off: the data on this device is stored in clear.',
    kioskDefault: 'On a demo stand encryption turns on by itself at sign-in.',
    enablePassword: 'Account password',
    enable: 'Turn encryption on',
    disable: 'Turn encryption off',
    enabled: 'Encryption is on: the data on this device was rewritten encrypted.',
    disabled: 'Encryption is off: the data on this device was rewritten in clear.',
    failed: 'The encryption setting could not be changed. Nothing was lost; try again.',
  },
};
