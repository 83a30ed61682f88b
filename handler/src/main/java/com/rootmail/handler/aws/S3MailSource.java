package com.rootmail.handler.aws;

import com.rootmail.handler.notification.MailObject;
import com.rootmail.handler.pipeline.MailSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Reads raw mails from S3 as a stream (GetObject), never buffering a whole mail.
 *
 * <pre>{@code
 * try (InputStream raw = new S3MailSource(s3).open(new MailObject("bucket", "inbound/abc"))) { ... }
 * }</pre>
 */
public final class S3MailSource implements MailSource {

    private final S3Client s3;

    public S3MailSource(S3Client s3) {
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    @Override
    public InputStream open(MailObject object) throws IOException {
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(object.bucket()).key(object.key()).build());
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException("no mail at " + object.uri());
        } catch (SdkException e) {
            throw new IOException("cannot read " + object.uri() + ": " + e.getMessage(), e);
        }
    }
}
