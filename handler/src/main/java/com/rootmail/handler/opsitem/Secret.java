package com.rootmail.handler.opsitem;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A secret taken out of a mail: a password-reset link or a verification code. Its value
 * goes only to a SecureString parameter; {@link #toString()} never shows it.
 *
 * @param name  short name, unique within one mail ({@code reset-link-1}, {@code verification-code-1})
 * @param value the secret itself
 */
public record Secret(String name, String value) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");

    public Secret {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("secret name '" + name + "' is not [a-z0-9-]{1,64}");
        }
    }

    /** The SSM parameter that holds it: {@code /rootmail/secrets/<messageId>/<name>}. */
    public String parameterName(String messageId) {
        return "/rootmail/secrets/" + messageId + "/" + name;
    }

    @Override
    public String toString() {
        return "Secret[" + name + "]";
    }
}
