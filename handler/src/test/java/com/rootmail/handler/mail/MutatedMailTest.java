package com.rootmail.handler.mail;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture, damaged in many seeded ways (flipped bytes, cut short, stray line breaks,
 * duplicated ranges), still parses: malformed mail is read leniently and never throws.
 */
class MutatedMailTest {

    private static final int MUTANTS_PER_FIXTURE = 60;

    private final MailParser parser = new MimeMailParser(MailLimits.DEFAULT);

    static Stream<String> fixtures() {
        return Stream.of("ses-delivered-test-mail.eml", "html-only.eml", "quoted-printable-long-url.eml",
                "base64-body.eml", "encoded-words-utf8.eml", "encoded-words-q-latin1.eml",
                "attachments-nested.eml", "forwarded-message.eml", "malformed-headers.eml",
                "charset-shift-jis.eml", "raw-latin1-headers.eml");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void damagedMailParsesWithoutThrowing(String fixture) throws IOException {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/mail/" + fixture)) {
            original = in.readAllBytes();
        }
        Random random = new Random(fixture.hashCode());
        for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
            byte[] mutant = mutate(original, random);
            String seed = fixture + " mutant " + i;
            assertThatCode(() -> parser.parse(new ByteArrayInputStream(mutant))).as(seed).doesNotThrowAnyException();
        }
    }

    private static byte[] mutate(byte[] mail, Random random) {
        byte[] result = mail.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(result.length);
            switch (random.nextInt(5)) {
                case 0 -> result[at] = (byte) random.nextInt(256);
                case 1 -> result = java.util.Arrays.copyOf(result, Math.max(1, at));
                case 2 -> result[at] = (byte) (random.nextBoolean() ? '\n' : '\r');
                case 3 -> result[at] = (byte) "=?<>\"';:-\\".charAt(random.nextInt(10));
                default -> {
                    int length = Math.min(random.nextInt(200), result.length - at);
                    byte[] longer = new byte[result.length + length];
                    System.arraycopy(result, 0, longer, 0, at + length);
                    System.arraycopy(result, at, longer, at + length, result.length - at);
                    result = longer;
                }
            }
        }
        return result;
    }
}
