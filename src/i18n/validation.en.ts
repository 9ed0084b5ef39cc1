// What each validation code means to the user, in English; the same codes as the Russian texts.
import type { ValidationCode } from '../domain/validationCodes';

export const validationEn: Record<ValidationCode, string> = {
  required: 'Please fill in this field.',
  too_short: 'Too short. Write it out in full, exactly as in the document.',
  too_long: 'Too long. Shorten the text or check that nothing extra was pasted in.',
  invalid_value: 'This value could not be read. Clear the field and enter it again.',
  phone_format: 'The phone number is not valid. Enter a Russian number: +7 and 10 more digits, e.g. +7 912 345-67-89.',
  email_format:
    'The e-mail address is not valid. It should look like name@mail.ru: one @ sign, no spaces, and a dot in the domain.',
  snils_format: 'A SNILS has 11 digits, written XXX-XXX-XXX YY. Check that every digit is there.',
  snils_checksum:
    'This SNILS has a mistake: its last two digits do not match the check calculated from the others. Compare each digit with your SNILS document.',
  inn_format: 'A personal INN is 12 digits with no spaces or letters. Check that the whole number is entered.',
  inn_checksum:
    'This INN has a mistake: its last two (check) digits do not agree with the rest. Compare it with your INN certificate or your tax account.',
  passport_series_format: 'The passport series is 4 digits, e.g. 45 08. It is printed above the number.',
  passport_number_format: 'The passport number is 6 digits, e.g. 123456.',
  division_code_format:
    'The division code is 6 digits written XXX-XXX, e.g. 770-001. It is on the first spread of the passport, next to the issue date.',
  date_format: 'The date is not valid. Enter a real date as DD.MM.YYYY, e.g. 05.03.1990.',
  date_in_future: 'This date has not happened yet. Check the day, month and year.',
  date_too_old: 'This date is more than 120 years ago. The year probably has a typo.',
  passport_issued_before_14:
    'A passport is issued at 14 at the earliest, but these dates say it was issued sooner. Check the issue date and the date of birth.',
  name_chars:
    'Use only Cyrillic or Latin letters, hyphens, apostrophes and spaces — as in your passport, with no digits or other signs.',
  unprintable_chars:
    'This contains characters a document cannot print (emoji or letters of other alphabets, for example). Keep to Russian and Latin letters, digits and ordinary punctuation.',
  name_mixed_scripts:
    'One word mixes Cyrillic and Latin letters — for example a Latin “o” in place of a Cyrillic “о”. Retype the word in one keyboard layout.',
  postal_index_format: 'The postal index is exactly 6 digits, e.g. 125009.',
  password_short: 'The password is too short: use at least 8 characters.',
  password_upper: 'Add at least one capital letter to the password.',
  password_lower: 'Add at least one lower-case letter to the password.',
  password_digit: 'Add at least one digit to the password.',
  password_special: 'Add at least one special character to the password, such as ! ? # % or *.',
  password_repeat: 'The password has the same character three times in a row, like “aaa” or “111”. Break up the repeat.',
  password_sequence: 'The password contains a run of four characters in order, like “1234”, “abcd” or “qwer”. Replace it.',
  code_format: 'The confirmation code is the 6 digits from the message. Enter it without spaces or letters.',
  visit_required: 'Book the visit: choose an office, a day and a time, then press “Book this time”.',
  visit_invalid: 'The booking was not found or is no longer valid. Please book again.',
  consent_required: 'To continue, tick the box to give your consent.',
  card_number_format: 'A card number is 12 to 19 digits from the front of the card. Enter digits only; spaces between groups are fine.',
  card_brand_unknown: 'Mir, Visa and MasterCard cards are accepted. Check the first digits of the number or choose another way to pay.',
  card_length: 'The number has too few or too many digits. Compare it with the front of the card.',
  card_checksum: 'The card number has a mistake: its last (check) digit does not agree with the rest. Compare each digit with the card.',
  card_expiry_format: 'The expiry date is not valid. Enter the month and year as on the card: MM/YY, e.g. 08/28.',
  card_expired: 'This card has expired. Use another card or choose another way to pay.',
  card_cvc_format: 'The CVC/CVV is the three digits on the back of the card, next to the signature strip.',
  card_holder_format: 'Enter the cardholder name in Latin letters, as on the card, e.g. IVANOVA MARIA.',
  fine_uin_format: 'A ruling number (UIN) is 20 or 25 digits. It is printed on the ruling and on the fine notice.',
  licence_format: 'A driving licence number is 10 characters: a 4-character series and a 6-digit number, e.g. 77 AB 123456.',
  vehicle_certificate_format: 'A vehicle registration certificate number is 10 characters: a 4-character series and 6 digits, e.g. 77 YA 123456.',
  wallet_format: 'Enter the phone number or e-mail address your e-wallet is linked to.',
  text_chars: 'Use Cyrillic or Latin letters, digits and ordinary punctuation.',
  single_line: 'The subject fits on one line: remove the line break.',
  datetime_format: 'Date and time as DD.MM.YYYY HH:MM, for example 14.11.2026 09:30.',
  callback_too_soon: 'A call can be booked at least 5 minutes ahead. Choose a later time.',
  callback_too_far: 'A call can be booked at most 14 days ahead. Choose an earlier date.',
  related_required: 'An objection needs the application or decision number.',
  oms_format: 'An OMS policy number has 16 digits. Spaces are optional; check that every digit is there.',
  oms_checksum: 'The OMS policy number has a mistake: its last (check) digit does not match the others. Compare each digit with the policy.',
  child_too_old: 'By this date the child is 18 or older. An adult books for themselves; check the year of birth.',
};
