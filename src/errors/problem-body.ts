import { type ApiError, errorCatalog, problemTypeUri } from './catalog.js';

/** The RFC 9457 body of an error: the one shape every error takes, from a route or from the socket. */
export function problemBody(error: ApiError, url: string, requestId: string) {
  return {
    type: problemTypeUri(error.code),
    title: errorCatalog[error.code].title,
    status: error.statusCode,
    detail: error.message,
    // Bounded: a hostile path must not be echoed back at any length.
    instance: (url.split('?')[0] ?? '/').slice(0, 256),
    code: error.code,
    request_id: requestId,
    ...(error.errors ? { errors: error.errors } : {}),
    ...(error.didYouMean ? { did_you_mean: error.didYouMean } : {}),
  };
}
