package com.rootmail.handler.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The first bytes of a part's decoded content, at most a limit; whether there was more.
 * The rest stays unread: mime4j skips to the next boundary by itself.
 */
record PartBytes(byte[] bytes, int length, boolean truncated) {

    static PartBytes read(InputStream content, int limit) throws IOException {
        byte[] buffer = new byte[Math.min(limit, 64 * 1024)];
        int length = 0;
        while (length < limit) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit, 2L * buffer.length));
            }
            int read = content.read(buffer, length, buffer.length - length);
            if (read < 0) {
                return new PartBytes(buffer, length, false);
            }
            length += read;
        }
        return new PartBytes(buffer, length, content.read() >= 0);
    }
}
