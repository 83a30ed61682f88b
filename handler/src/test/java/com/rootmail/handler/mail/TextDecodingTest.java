package com.rootmail.handler.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static String decode(byte[] bytes, String charset, boolean truncated) {
        return TextDecoding.decode(bytes, bytes.length, charset, truncated);
    }

    @Test
    void utf8CutInsideACharacterIsStillRecognisedAsUtf8() {
        byte[] whole = "café ✓".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);

        assertThat(decode(cut, null, true)).startsWith("café ");
    }

    @Test
    void invalidUtf8WithoutACharsetIsReadAsWindows1252() {
        assertThat(decode(new byte[] {'a', (byte) 0x93, 'b', (byte) 0x94}, null, false)).isEqualTo("a“b”");
    }

    @Test
    void quotedCharsetNamesAndOddCaseAreAccepted() {
        assertThat(TextDecoding.known("\"UTF-8\"")).contains(StandardCharsets.UTF_8);
        assertThat(TextDecoding.known(" Shift_JIS ")).contains(Charset.forName("Shift_JIS"));
    }

    @Test
    void latin1IsReadAsWindows1252LikeBrowsersDo() {
        assertThat(decode(new byte[] {(byte) 0x80, ' ', (byte) 0xe9}, "iso-8859-1", false)).isEqualTo("€ é");
    }

    @Test
    void malformedBytesInADeclaredCharsetBecomeReplacementCharacters() {
        assertThat(decode(new byte[] {'o', 'k', (byte) 0xff}, "utf-8", false)).isEqualTo("ok\ufffd");
    }

    @Test
    void illegalCharsetNamesNeverThrow() {
        assertThat(TextDecoding.known("utf-8?!")).isEmpty();
        assertThat(TextDecoding.known("")).isEmpty();
        assertThat(decode("plain".getBytes(StandardCharsets.US_ASCII), "\u0000bad", false)).isEqualTo("plain");
    }
}
