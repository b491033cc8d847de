import http from 'node:http';
import type { Readable } from 'node:stream';
/** One HTTP exchange, bodies streamed both ways (a model file never sits in memory). */
export interface HttpRequest {
    readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH';
    readonly url: URL;
    readonly headers?: Readonly<Record<string, string>>;
    /** A fresh body stream per call (a retry after an auth challenge sends it again), or bytes. */
    readonly body?: Buffer | (() => Readable);
}
export interface HttpResponse {
    readonly status: number;
    readonly headers: http.IncomingHttpHeaders;
    /** Must be consumed (read, `resume()`d or destroyed) by the caller. */
    readonly body: http.IncomingMessage;
}
export declare function send(req: HttpRequest): Promise<HttpResponse>;
/** The body as text, at most `limit` bytes (error documents and manifests are small). */
export declare function readText(res: HttpResponse, limit?: number): Promise<string>;
export declare function readBytes(res: HttpResponse, limit?: number): Promise<Buffer>;
/** Discards a body the caller does not need, so the connection can be reused. */
export declare function drain(res: HttpResponse): void;
