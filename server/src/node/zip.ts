// The Node side of the ZIP reader (input/zip.ts): inflating with node:zlib.
// Tests build archives with test/support/zip.ts.
import * as zlib from 'node:zlib';
import { DEFAULT_ZIP_LIMITS, Inflate, InflateLimitError, ZipError, ZipLimits, ZipReader as PureZipReader } from '../input/zip';

export { DEFAULT_ZIP_LIMITS, ZipError };
export type { ZipLimits };

/** Raw inflate with node:zlib, stopping past `maxOutput` bytes. */
export const nodeInflate: Inflate = (data, maxOutput) => {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput + 1) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError();
    throw err;
  }
};

/** The ZIP reader inflating with node:zlib. */
export class ZipReader extends PureZipReader {
  constructor(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
    super(bytes, limits, nodeInflate);
  }
}
