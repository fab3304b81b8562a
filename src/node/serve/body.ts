/**
 * The body of a request, read within its limits: at most so many bytes (413 beyond), arrived in
 * full within so many milliseconds (408 beyond). Read whole (one account, one policy) or chunk by
 * chunk (a batch, evaluated as it arrives).
 *
 * The body is read as fast as the client sends it, never paused while the service evaluates: the
 * limit of bytes bounds what waits in memory, the time limit then measures the client alone (a
 * large batch evaluated more slowly than it arrives is not cut), and a client that reads nothing
 * until it has sent its whole body never locks with the service.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http';

/** Why a body stopped before its end. */
export type BodyFailure =
  | { readonly kind: 'too-large'; readonly limit: number }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'gone' };

/**
 * The error a body reader throws when the body goes over its limit, arrives too late, or its
 * client goes away.
 *
 * @example
 * ```ts
 * new BodyError({ kind: 'too-large', limit: 1024 }).failure.kind; // => 'too-large'
 * ```
 */
export class BodyError extends Error {
  constructor(readonly failure: BodyFailure) {
    super(`request body: ${failure.kind}`);
    this.name = 'BodyError';
  }
}

/**
 * Reads a request's body within a limit of bytes and of time. Iterate it for the chunks, or
 * call {@link BodyReader.bytes} for the whole body.
 *
 * @example
 * ```ts
 * const body = new BodyReader(req, 1 << 20, 60_000);
 * const bytes = await body.bytes(); // throws BodyError beyond 1 MiB or 60 s
 * ```
 */
export class BodyReader implements AsyncIterable<Buffer> {
  readonly #req: IncomingMessage;
  readonly #chunks: Buffer[] = [];
  #size = 0;
  #ended = false;
  #failure: BodyError | null = null;
  #wake: (() => void) | null = null;
  readonly #timer: NodeJS.Timeout | null;
  readonly #detach: () => void;

  /**
   * @param req - The request.
   * @param limit - Most bytes of the body.
   * @param timeoutMs - Most milliseconds for the whole body to arrive, from now; 0 for no limit.
   */
  constructor(req: IncomingMessage, limit: number, timeoutMs: number) {
    this.#req = req;
    const onData = (chunk: Buffer) => {
      if (this.#failure !== null) return;
      this.#size += chunk.length;
      if (this.#size > limit) return this.#fail({ kind: 'too-large', limit });
      this.#chunks.push(chunk);
      this.#notify();
    };
    const onEnd = () => {
      this.#ended = true;
      this.#stop();
      this.#notify();
    };
    const onClose = () => {
      if (!this.#ended) this.#fail({ kind: 'gone' });
    };
    const onError = () => this.#fail({ kind: 'gone' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.on('error', onError);
    this.#detach = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      req.off('error', onError);
    };
    this.#timer = timeoutMs > 0 ? setTimeout(() => this.#fail({ kind: 'timeout', ms: timeoutMs }), timeoutMs) : null;
    this.#timer?.unref();
    if (req.readableEnded) onEnd();
  }

  /** Whether the whole body has arrived. */
  get complete(): boolean {
    return this.#ended;
  }

  #stop(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  #fail(failure: BodyFailure): void {
    if (this.#failure !== null || this.#ended) return;
    this.#failure = new BodyError(failure);
    this.#stop();
    this.#detach();
    // What is left of the body is not read: the answer closes the connection.
    this.#req.pause();
    this.#notify();
  }

  /** Stops reading (the answer is given without the rest of the body). */
  abandon(): void {
    this.#stop();
    this.#detach();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    for (;;) {
      const chunk = this.#chunks.shift();
      if (chunk !== undefined) {
        yield chunk;
        continue;
      }
      if (this.#failure !== null) throw this.#failure;
      if (this.#ended) return;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  /**
   * The whole body.
   *
   * @throws {@link BodyError} beyond the limit of bytes or of time, or when the client goes away.
   */
  async bytes(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this) chunks.push(chunk);
    return Buffer.concat(chunks);
  }
}
