import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, when the runtime allows one. A large import turns megabytes of file
 * into short-lived strings and objects; V8 collects the old generation lazily, so without a hint
 * the API's memory would grow by hundreds of MB before it does. The import asks for a collection
 * between its phases and chunks (a pause of tens of milliseconds, a few times per import).
 */
let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
