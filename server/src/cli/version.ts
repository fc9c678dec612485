// The fsplan version, from package.json (bundled by esbuild: a named import
// keeps only this field of package.json in the bundle).
import { version } from '../../../package.json';

export const VERSION: string = version;
