package com.rootmail.handler.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import com.rootmail.handler.mail.ParsedMail.Body.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Mail built to exhaust the parser: every limit ends the parse with a partial result, never an error. */
class HostileMailTest {

    private static final MailLimits TIGHT = new MailLimits(50, 1024, 64 * 1024, 8, 4, 1000, 4096);

    private final MailParser parser = new MimeMailParser(TIGHT);

    @Test
    void headerLineBeyondTheLimitEndsTheParseInsteadOfFillingTheHeap() throws IOException {
        String mail = "Subject: before\r\nTo: a@example.com\r\nX-Junk: " + "x".repeat(10 * 1024)
                + "\r\nFrom: b@example.com\r\n\r\nbody\r\n";

        ParsedMail parsed = parser.parse(stream(mail));

        assertThat(parsed.subject()).isEqualTo("before");
        assertThat(parsed.from()).isEmpty();
        assertThat(parsed.body()).isEqualTo(new ParsedMail.Body("", Source.NONE, true));
    }

    @Test
    void headersBeyondTheCountLimitEndTheParseAndKeepWhatCameBefore() throws IOException {
        String mail = "Subject: flood\r\n" + "X-Flood: 1\r\n".repeat(200) + "\r\nbody\r\n";

        ParsedMail parsed = parser.parse(stream(mail));

        assertThat(parsed.subject()).isEqualTo("flood");
        assertThat(parsed.body().truncated()).isTrue();
    }

    @Test
    void partsBeyondTheLimitAreNotListedAndTheBodyIsMarkedTruncated() throws IOException {
        StringBuilder mail = new StringBuilder("Subject: parts\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n");
        for (int i = 0; i < 20; i++) {
            mail.append("--b\r\nContent-Type: application/octet-stream\r\n\r\nabc\r\n");
        }
        mail.append("--b--\r\n");

        ParsedMail parsed = parser.parse(stream(mail.toString()));

        assertThat(parsed.body().text()).isEqualTo("hello");
        assertThat(parsed.body().truncated()).isTrue();
        assertThat(parsed.attachments()).hasSizeLessThan(TIGHT.maxParts());
    }

    @Test
    void nestingBeyondTheLimitEndsTheParse() throws IOException {
        StringBuilder mail = new StringBuilder("Subject: deep\r\n");
        int depth = 20;
        for (int i = 0; i < depth; i++) {
            mail.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i).append("\r\n");
        }
        mail.append("Content-Type: text/plain\r\n\r\ninnermost\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            mail.append("--b").append(i).append("--\r\n");
        }

        ParsedMail parsed = parser.parse(stream(mail.toString()));

        assertThat(parsed.subject()).isEqualTo("deep");
        assertThat(parsed.body().text()).doesNotContain("innermost");
        assertThat(parsed.body().truncated()).isTrue();
    }

    @Test
    void unterminatedMultipartYieldsWhatItHas() throws IOException {
        String mail = "Subject: cut\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nhello, this mail was cut off in transit";

        ParsedMail parsed = parser.parse(stream(mail));

        assertThat(parsed.body().text()).isEqualTo("hello, this mail was cut off in transit");
    }

    @Test
    void failureOfTheMailStreamItselfIsReportedSoTheMessageIsRetried() {
        InputStream failing = new SequenceInputStream(stream("Subject: x\r\n\r\npartial"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });

        assertThatIOException().isThrownBy(() -> parser.parse(failing)).withMessage("connection reset");
    }

    @Test
    void binaryGarbageParsesToAnEmptyMail() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);

        ParsedMail parsed = parser.parse(new ByteArrayInputStream(garbage));

        assertThat(parsed.messageId()).isEmpty();
        assertThat(parsed.attachments()).isEmpty();
    }

    private static InputStream stream(String mail) {
        return new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8));
    }
}
