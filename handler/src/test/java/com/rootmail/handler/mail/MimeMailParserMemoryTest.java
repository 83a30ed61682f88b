package com.rootmail.handler.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SES accepts mails up to 40 MB; the handler must parse them in a small heap. Each mail is
 * generated while it is read and parsed in a separate JVM with a limited heap.
 */
class MimeMailParserMemoryTest {

    private static final String ATTACHMENT_PARSED = "attachments=[report.bin:"
            + LargeMailProbe.ATTACHMENT_BYTES + "] source=PLAIN chars=40 truncated=false";

    @Test
    void fortyMegabyteMailsParseInASixtyFourMegabyteHeap() throws Exception {
        List<String> lines = runProbe("-Xmx64m", "attachment", "html", "long-header-line");

        assertThat(lines).containsExactly(
                "attachment 40 MB " + ATTACHMENT_PARSED,
                "html 40 MB attachments=[terms.pdf:5] source=HTML chars=" + MailLimits.DEFAULT.maxTextChars()
                        + " truncated=true",
                // The parse stops at the over-long line, so it reads a little of the mail only.
                "long-header-line 0 MB attachments=[] source=NONE chars=0 truncated=true");
    }

    @Test
    void attachmentBytesAreNeverKeptInMemory() throws Exception {
        // A parser that kept the 29 MB attachment even once could not finish in 16 MB. On one
        // line, as some senders write base64, it must still stream.
        List<String> lines = runProbe("-Xmx16m", "one-line-attachment");

        assertThat(lines).containsExactly("one-line-attachment 39 MB " + ATTACHMENT_PARSED);
    }

    private static List<String> runProbe(String heap, String... kinds) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), heap,
                "-cp", System.getProperty("java.class.path"), LargeMailProbe.class.getName()));
        command.addAll(List.of(kinds));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        assertThat(process.exitValue()).as("probe exit code; output:%n%s", output).isZero();
        return output.lines().toList();
    }
}
