// What an appeal may carry: documents and pictures up to 5 MB each, screenshots up to 2 MB, 10 MB in all.
import type { FileRule } from '../fileCheck';

const MB = 1024 * 1024;
export const APPEAL_FILE_RULE: FileRule = { accept: ['pdf', 'doc', 'jpeg', 'png'], maxBytes: 5 * MB };
export const SCREENSHOT_RULE: FileRule = { accept: ['png', 'jpeg'], maxBytes: 2 * MB };
export const MAX_APPEAL_TOTAL_BYTES = 10 * MB;
