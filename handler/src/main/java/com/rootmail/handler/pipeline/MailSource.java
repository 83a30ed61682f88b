package com.rootmail.handler.pipeline;

import com.rootmail.handler.notification.MailObject;
import java.io.IOException;
import java.io.InputStream;

/** Where raw mails are read from: S3 in the Lambda. */
@FunctionalInterface
public interface MailSource {

    /**
     * A stream of the raw mail; the caller closes it.
     *
     * @throws IOException when the mail cannot be read (missing object, network, throttling)
     */
    InputStream open(MailObject object) throws IOException;
}
