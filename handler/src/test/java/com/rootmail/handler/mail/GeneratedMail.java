package com.rootmail.handler.mail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * Large mails made on the fly, never stored: for the memory test and the benchmark. The
 * content is produced as it is read, so the generator itself holds a few KiB at most.
 *
 * <pre>{@code
 * try (InputStream mail = GeneratedMail.withAttachment(29_000_000, 76)) {
 *     ParsedMail parsed = new MimeMailParser().parse(mail);
 * }
 * }</pre>
 */
public final class GeneratedMail {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final String TEXT = "The attached report is for your records.\r\n";

    private GeneratedMail() {}

    /**
     * A multipart/mixed mail: a short text/plain part and a base64 attachment of
     * {@code attachmentBytes} decoded bytes, in lines of {@code lineLength} characters
     * ({@code Integer.MAX_VALUE}: the whole attachment on one line, as some senders do).
     */
    public static InputStream withAttachment(long attachmentBytes, int lineLength) {
        String head = headers("multipart/mixed; boundary=\"b1\"")
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + TEXT
                + "--b1\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Disposition: attachment; filename=\"report.bin\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n";
        return new ChunkedStream(head, new Base64Lines(attachmentBytes, lineLength), "\r\n--b1--\r\n");
    }

    /**
     * A mail whose readable part is about {@code htmlBytes} bytes of HTML paragraphs with
     * links, followed by a small attachment, so a parser has to read through all the HTML.
     */
    public static InputStream withLargeHtml(long htmlBytes) {
        String head = headers("multipart/mixed; boundary=\"b1\"")
                + "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>\r\n";
        byte[] paragraph = "<p>Your usage report, <a href=\"https://example.com/r\">details</a>.</p>\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        String tail = "</body></html>\r\n--b1\r\nContent-Type: application/pdf\r\n"
                + "Content-Disposition: attachment; filename=\"terms.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b1--\r\n";
        return new ChunkedStream(head, new Repeated(paragraph, htmlBytes / paragraph.length), tail);
    }

    /** A mail whose first header is one line of {@code lineBytes} bytes, as no honest mailer writes. */
    public static InputStream longHeaderLine(long lineBytes) {
        byte[] junk = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        return new ChunkedStream("X-Junk: ", new Repeated(junk, lineBytes / junk.length),
                "\r\n" + headers("text/plain") + "body\r\n");
    }

    private static String headers(String contentType) {
        return "From: Generator <generator@example.com>\r\n"
                + "To: recipient@example.com\r\n"
                + "Subject: Generated large mail\r\n"
                + "Message-ID: <generated@example.com>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
    }

    /** Produces the next piece of content, or null at the end. */
    private interface Chunks {
        byte[] next();
    }

    /** Pseudo-random bytes, base64 encoded, in lines. Seeded: every run is the same mail. */
    private static final class Base64Lines implements Chunks {
        // 57 bytes encode to 76 characters without padding, so blocks can be concatenated.
        private static final int GROUP = 57;
        private static final int GROUPS_PER_CHUNK = 64;

        private final Random random = new Random(42);
        private final Base64.Encoder encoder = Base64.getEncoder();
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        private final int lineLength;
        private long remaining;
        private long column;

        Base64Lines(long bytes, int lineLength) {
            this.remaining = bytes;
            this.lineLength = lineLength;
        }

        @Override
        public byte[] next() {
            if (remaining == 0) {
                return null;
            }
            chunk.reset();
            for (int i = 0; i < GROUPS_PER_CHUNK && remaining > 0; i++) {
                byte[] raw = new byte[(int) Math.min(GROUP, remaining)];
                random.nextBytes(raw);
                remaining -= raw.length;
                chunk.writeBytes(encoder.encode(raw));
                column += 4L * GROUP / 3;
                if (column >= lineLength && remaining > 0) {
                    chunk.writeBytes(CRLF);
                    column = 0;
                }
            }
            return chunk.toByteArray();
        }
    }

    private static final class Repeated implements Chunks {
        private final byte[] unit;
        private long remaining;

        Repeated(byte[] unit, long count) {
            this.unit = unit;
            this.remaining = count;
        }

        @Override
        public byte[] next() {
            if (remaining == 0) {
                return null;
            }
            remaining--;
            return unit;
        }
    }

    private static final class ChunkedStream extends InputStream {
        private final Chunks body;
        private final byte[] tail;
        private byte[] current;
        private int position;
        private boolean bodyDone;
        private boolean tailDone;

        ChunkedStream(String head, Chunks body, String tail) {
            this.current = head.getBytes(StandardCharsets.US_ASCII);
            this.body = body;
            this.tail = tail.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (current == null || position == current.length) {
                if (!advance()) {
                    return -1;
                }
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean advance() {
            position = 0;
            if (!bodyDone) {
                current = body.next();
                if (current != null) {
                    return true;
                }
                bodyDone = true;
            }
            if (!tailDone) {
                tailDone = true;
                current = tail;
                return true;
            }
            return false;
        }
    }
}
