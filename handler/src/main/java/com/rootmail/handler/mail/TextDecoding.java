package com.rootmail.handler.mail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/** Bytes of a text part to characters, whatever charset the sender claims. Never throws. */
final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {}

    /**
     * Decodes with the declared charset when Java knows it; otherwise (absent, unknown,
     * invalid, or plain US-ASCII, which mailers often claim for UTF-8) as UTF-8 when the bytes
     * are valid UTF-8, else as windows-1252, which gives every byte a character. ISO-8859-1
     * is read as windows-1252, as browsers do: senders who claim it use windows-1252's quotes
     * and dashes. Malformed input becomes U+FFFD.
     *
     * @param bytes     the decoded content (transfer encoding already undone)
     * @param length    how many bytes of {@code bytes} are content
     * @param declared  the charset parameter, or null
     * @param truncated whether the content was cut, so a partial last character is expected
     */
    static String decode(byte[] bytes, int length, String declared, boolean truncated) {
        Charset charset = known(declared)
                .orElseGet(() -> isUtf8(bytes, length, truncated) ? StandardCharsets.UTF_8 : WINDOWS_1252);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException impossibleWithReplace) {
            throw new IllegalStateException(impossibleWithReplace);
        }
    }

    /** The charset to use for a declared name, empty when it must be guessed. */
    static Optional<Charset> known(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String name = declared.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() > 1) {
            name = name.substring(1, name.length() - 1).trim();
        }
        try {
            Charset charset = Charset.forName(name);
            if (charset.equals(StandardCharsets.US_ASCII)) {
                return Optional.empty();
            }
            return Optional.of(charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static boolean isUtf8(byte[] bytes, int length, boolean truncated) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = strict.decode(in, out, !truncated);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                // A cut text may end inside a character; a whole one may not.
                return truncated || !in.hasRemaining();
            }
            out.clear();
        }
    }
}
