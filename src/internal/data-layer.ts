/**
 * The data element and the dataset reader, which every widget family builds on: the
 * autoloader asks for them beside a family's own code (src/families.ts), so that they
 * download in parallel with it. Nothing is exported: asking for a module's exports would
 * make the bundler build a namespace object for it, with a helper chunk of its own that the
 * page would find only after the others (one more round trip).
 */
import './data-element.js';
import '../data/read.js';
