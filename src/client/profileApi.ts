// «Мои данные» calls to the backend.
import { apiGet, apiRequest } from './api';
import { ProfileEnvelopeSchema } from '../domain/account';

export const readProfile = () => apiGet('/me/profile', ProfileEnvelopeSchema);
export const saveProfile = (profile: unknown) => apiRequest('PUT', '/me/profile', ProfileEnvelopeSchema, { body: profile });
