package com.rootmail.infra.config;

/**
 * A stack configuration value that cannot work; the message names the key and what is
 * allowed, so the user can fix it without reading code.
 *
 * <pre>{@code
 * throw new InvalidConfigException("rootmail:domain", "'x' is not a domain name", "e.g. aws.mycompany.test");
 * }</pre>
 */
public final class InvalidConfigException extends IllegalArgumentException {

    private final String key;

    public InvalidConfigException(String key, String problem, String allowed) {
        super(key + ": " + problem + "; " + allowed);
        this.key = key;
    }

    /** The configuration key at fault, e.g. {@code rootmail:receivingRegion}. */
    public String key() {
        return key;
    }
}
