/**
 * One request whose answer is read by a decoder (answer-shape.ts): the call every object endpoint (capacity rules,
 * queues, routing attributes, groups) makes, so a wrong-shaped answer becomes the same error naming the request,
 * its status and the part that was wrong.
 */
import type { ZendeskClient } from "./client";
import { decodeAnswer } from "./answer-shape";
import type { HttpMethod } from "./transport";

/** What the endpoint modules need of a client (tests give a fake one). */
export type AnswerRequestSender = Pick<ZendeskClient, "requestWithResponse">;

export async function requestAnswer<T>(
  client: AnswerRequestSender,
  method: HttpMethod,
  path: string,
  read: (body: unknown) => T,
  body?: unknown
): Promise<T> {
  const response = await client.requestWithResponse(
    method,
    path,
    body === undefined ? {} : { body }
  );
  return decodeAnswer(
    response.data,
    { method, path, status: response.status, attempts: response.attempts },
    read
  );
}
