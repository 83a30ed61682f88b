package com.rootmail.handler.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.handler.notification.MailObject;
import com.rootmail.handler.testing.LocalS3;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 edge against s3proxy on loopback: what a read gives, and how each failure reads. */
class S3MailSourceTest {

    private final S3Client s3 = LocalS3.client();
    private final S3MailSource source = new S3MailSource(s3);

    @AfterEach
    void close() {
        s3.close();
    }

    @Test
    void storedMailIsStreamedAsWritten() throws IOException {
        LocalS3.put("s3-source-test", "inbound/m-1", "Subject: hi\r\n\r\nhello\r\n".getBytes(StandardCharsets.UTF_8));

        try (InputStream raw = source.open(new MailObject("s3-source-test", "inbound/m-1"))) {
            assertThat(new String(raw.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Subject: hi\r\n\r\nhello\r\n");
        }
    }

    @Test
    void missingKeyIsFileNotFoundNamingTheObject() {
        LocalS3.bucket("s3-source-test");

        assertThatThrownBy(() -> source.open(new MailObject("s3-source-test", "inbound/absent")))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessage("no mail at s3://s3-source-test/inbound/absent");
    }

    @Test
    void anyOtherS3FailureIsAnIoExceptionNamingTheObjectAndKeepingTheCause() {
        assertThatThrownBy(() -> source.open(new MailObject("no-such-bucket", "inbound/m-1")))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(FileNotFoundException.class)
                .hasMessageStartingWith("cannot read s3://no-such-bucket/inbound/m-1: ")
                .hasCauseInstanceOf(SdkException.class);
    }
}
