// The peer for <mistakes-accordion>'s size: Shoelace's <sl-details> with everything it imports.
import '@shoelace-style/shoelace/dist/components/details/details.js';
