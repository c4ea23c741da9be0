/**
 * A content-type parser for multipart/form-data forms with one file (image uploads), on
 * @fastify/busboy. It runs before access control, so the form's `_csrf` field is checked
 * like any other form's; the file is read into memory up to `maxFileBytes` (a larger file is
 * marked, not silently cut) and fields are bounded too.
 */
import { Busboy } from '@fastify/busboy';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.js';

/**
 * The file's bytes sit behind a private field: generic request checks that walk the body
 * (the NUL-character guard in access-control) then see the small fields, not millions of
 * buffer indices.
 */
export class UploadedFile {
  readonly #bytes: Buffer;
  constructor(
    readonly field: string,
    /** As the browser sent it: shown to nobody and never trusted for the type. */
    readonly filename: string,
    bytes: Buffer,
    readonly tooLarge: boolean,
  ) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}

export type MultipartBody = Record<string, string | UploadedFile>;

export function addMultipartParser(app: FastifyInstance, maxFileBytes: number): void {
  app.addContentTypeParser('multipart/form-data', { bodyLimit: maxFileBytes + 256 * 1024 }, (request: FastifyRequest, payload, done) => {
    let parser;
    try {
      parser = Busboy({
        headers: request.headers as { 'content-type': string },
        limits: { files: 1, fields: 20, fieldSize: 10_000, fileSize: maxFileBytes, parts: 22 },
      });
    } catch (error) {
      done(new AppError('bad_request', 'The form could not be read as multipart/form-data.', { cause: error }), undefined);
      return;
    }
    const body: MultipartBody = {};
    let failed = false;
    parser.on('field', (name, value) => {
      if (name !== '__proto__') body[name] = value;
    });
    parser.on('file', (field, stream, filename) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        body[field] = new UploadedFile(field, filename, Buffer.concat(chunks), stream.truncated);
      });
    });
    parser.on('error', (error: unknown) => {
      if (failed) return;
      failed = true;
      done(new AppError('bad_request', 'The form could not be read as multipart/form-data.', { cause: error }), undefined);
    });
    parser.on('finish', () => {
      if (!failed) done(null, body);
    });
    payload.pipe(parser);
  });
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return value instanceof UploadedFile;
}
