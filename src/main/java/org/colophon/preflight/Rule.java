package org.colophon.preflight;

/**
 * One store's rule checked on the built files: what was measured, what the store asks, whether it passes, and the
 * store's page that states it (so that a maintainer can check it again when the store changes).
 */
public record Rule(String store, String rule, String measured, String required, boolean passes, String source) {
}
