/**
 * The classic-script build (`dist/lamtheo.iife.js`) for portals that cannot load modules:
 * every element, defined at once. It exports nothing, so it adds no global variable.
 */
import './index.js';
