import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccountStore } from './accounts';
import type { Authenticator } from './auth';
import type { Principal } from './audit/model';
import type { Fault } from './faults';

/** One API request on its way through the emulator's routes. */
export interface ApiRequest {
  req: IncomingMessage;
  res: ServerResponse;
  account: string;
  method: string;
  /** Path below the account root, without the query string. */
  path: string;
  query: URLSearchParams;
  /**
   * The request body, read from the moment the request arrived: a handler that
   * runs after an injected delay still gets it, even if the client has gone
   * (Zendesk, too, finishes a request whose caller disconnected).
   */
  body: Promise<string>;
  /** Headers every answer carries (rate limit, request id). */
  headers: Record<string, string | number>;
  /** The fault hitting this request, if any (routes honour `dropKeys`). */
  fault?: Fault;
  store: AccountStore;
  auth: Authenticator;
  /** Who the credentials act as (absent on the public token endpoint): the actor of the audit-log entries it causes. */
  principal?: Principal;
  /** The client's address, as the audit log records it. */
  ip: string;
}

export type RouteHandler = (request: ApiRequest) => Promise<void> | void;

export interface Route {
  method: string;
  /** Path below the account root; `:id` segments are captured. */
  pattern: RegExp;
  /** The OAuth token endpoint is the one route reachable without credentials. */
  public?: boolean;
  handle: (request: ApiRequest, params: string[]) => Promise<void> | void;
}
