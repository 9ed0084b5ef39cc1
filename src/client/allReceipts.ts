// Every receipt of the account on the server (archived ones too), mirrored to the device on the way:
// the receipts pages and the data archive both read them this way.
import { apiGet } from './api';
import { mirrorReceipts } from './repos/receiptsRepo';
import { ReceiptListSchema, type ReceiptView } from '../domain/payments/api';

export async function fetchAllReceipts(accountId: string): Promise<{ receipts: ReceiptView[]; asOf: number }> {
  const list = await apiGet('/payments/receipts?archived=1', ReceiptListSchema);
  await mirrorReceipts(accountId, list.receipts);
  return { receipts: list.receipts, asOf: list.asOf };
}
